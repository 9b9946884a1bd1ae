import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { PlansPlanDetailQuery } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatDate, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { TableWrap } from '../../ui/TableWrap';
import '../../ui/data.css';
import { VisitStatusBadge } from '../../ui/StatusBadges';
import { canManageInspections } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import {
  addPlanLineMutation,
  inspectionPlanQuery,
  inspectionTeamsQuery,
  plansUnitChoicesQuery,
  removePlanLineMutation,
  updatePlanLineMutation,
} from './operations';
import { activeMonths, lineNotStarted, progressTotals } from './progress';

type Plan = PlansPlanDetailQuery['inspectionPlan'];
type Line = Plan['lines'][number];

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const byName = new Intl.Collator('vi', { sensitivity: 'base' });

export function PlanScreen({ planId }: { planId: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const canManage = canManageInspections(user.role);
  const { data, loading, error } = useQuery(inspectionPlanQuery, {
    variables: { id: planId },
    fetchPolicy: 'cache-and-network',
  });
  const plan = data?.inspectionPlan;
  if (!plan) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error).message ?? t('plans.notFound')) : t('plans.notFound')}
      </Banner>
    );
  }
  const lines = [...plan.lines].sort(
    (a, b) => a.plannedMonth - b.plannedMonth || byName.compare(a.unit.name, b.unit.name),
  );
  return (
    <>
      <PageHeader title={plan.title}>
        <span className="muted">
          {t('plans.document', { number: plan.documentNumber, date: formatDate(plan.documentDate) })}
        </span>
      </PageHeader>
      <div className="stack">
        <p className="muted">
          {t('plans.template')}: {plan.template.name}
        </p>
        <ProgressTable plan={plan} />
        <section className="stack" aria-labelledby="lines-title">
          <h2 id="lines-title" className="section-title">
            {t('plans.lines')} ({lines.length})
          </h2>
          {lines.length === 0 ? (
            <p className="muted">{t('plans.noLines')}</p>
          ) : (
            <TableWrap label={t('plans.lines')}>
              <table className="data-table data-table-cards">
                <thead>
                  <tr>
                    <th>{t('plans.unit')}</th>
                    <th>{t('plans.month')}</th>
                    <th>{t('plans.team')}</th>
                    <th>{t('plans.visit')}</th>
                    {canManage && <th aria-label={t('plans.changeLine')} />}
                  </tr>
                </thead>
                <tbody>
                  {lines.map((line) => (
                    <PlanLineRow key={line.id} line={line} plan={plan} canManage={canManage} />
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          {canManage && <AddLineForm plan={plan} />}
        </section>
      </div>
    </>
  );
}

function ProgressTable({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const months = activeMonths(plan.progress);
  const totals = progressTotals(plan.progress);
  return (
    <section className="stack" aria-labelledby="progress-title">
      <h2 id="progress-title" className="section-title">
        {t('plans.progress')}
      </h2>
      <p>
        <strong>{t('plans.doneShare', { share: formatNumber(totals.doneShare) })}</strong>
      </p>
      <TableWrap label={t('plans.progress')}>
        <table className="data-table data-table-fit" data-testid="plan-progress">
          <thead>
            <tr>
              <th>{t('plans.month')}</th>
              <th className="num">{t('plans.planned')}</th>
              <th className="num">{t('plans.done')}</th>
              <th className="num">{t('plans.inProgress')}</th>
              <th className="num">{t('plans.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <td>{t('plans.monthValue', { month: month.month })}</td>
                <td className="num">{month.planned}</td>
                <td className="num">{month.done}</td>
                <td className="num">{month.inProgress}</td>
                <td className={month.overdue > 0 ? 'num text-danger' : 'num'}>{month.overdue}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t('plans.total')}</td>
              <td className="num">{totals.planned}</td>
              <td className="num">{totals.done}</td>
              <td className="num">{totals.inProgress}</td>
              <td className={totals.overdue > 0 ? 'num text-danger' : 'num'}>{totals.overdue}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </section>
  );
}

function useTeamOptions(year: number) {
  const { data } = useQuery(inspectionTeamsQuery, { variables: { year } });
  return (data?.inspectionTeams ?? []).map((team) => ({ value: team.id, label: team.name }));
}

function PlanLineRow({ line, plan, canManage }: { line: Line; plan: Plan; canManage: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [month, setMonth] = useState(String(line.plannedMonth));
  const [teamId, setTeamId] = useState(line.team.id);
  const [problem, setProblem] = useState<string | null>(null);
  const teams = useTeamOptions(plan.year);
  const refetchQueries = [{ query: inspectionPlanQuery, variables: { id: plan.id } }];
  const [update, updateState] = useMutation(updatePlanLineMutation, { refetchQueries });
  const [remove, removeState] = useMutation(removePlanLineMutation, { refetchQueries });
  const busy = updateState.loading || removeState.loading;
  const notStarted = lineNotStarted(line.visit?.status);

  async function save() {
    setProblem(null);
    try {
      await update({ variables: { input: { lineId: line.id, plannedMonth: Number(month), teamId } } });
      setEditing(false);
    } catch (error) {
      setProblem(describeError(error).message ?? t('common.networkError'));
    }
  }

  async function removeLine() {
    if (!window.confirm(t('plans.removeConfirm', { unit: line.unit.name }))) return;
    setProblem(null);
    try {
      await remove({ variables: { lineId: line.id } });
    } catch (error) {
      setProblem(describeError(error).message ?? t('common.networkError'));
    }
  }

  const visitHref = line.visit ? recordPath('review', line.visit.id) : null;
  const canChange = editing || line.visit?.status !== 'APPROVED' || notStarted || problem != null;
  return (
    <tr data-testid="plan-line">
      <th scope="row">{line.unit.name}</th>
      <td data-label={editing ? undefined : t('plans.month')}>
        {editing ? (
          <Select
            label={t('plans.month')}
            value={month}
            onChange={setMonth}
            options={MONTHS.map((m) => ({ value: String(m), label: t('plans.monthValue', { month: m }) }))}
          />
        ) : (
          line.plannedMonth
        )}
      </td>
      <td data-label={editing ? undefined : t('plans.team')}>
        {editing ? (
          <Select label={t('plans.team')} value={teamId} onChange={setTeamId} options={teams} />
        ) : (
          line.team.name
        )}
      </td>
      <td data-label={t('plans.visit')}>
        {line.visit && visitHref ? (
          canManage ? (
            <a className="tap-link" href={visitHref} onClick={linkClick(visitHref)}>
              <VisitStatusBadge status={line.visit.status} />
            </a>
          ) : (
            <VisitStatusBadge status={line.visit.status} />
          )
        ) : (
          '—'
        )}
      </td>
      {canManage && !canChange && <td />}
      {canManage && canChange && (
        <td className="data-table-actions">
          <div className="row">
            {editing ? (
              <>
                <Button onClick={save} disabled={busy}>
                  {t('common.save')}
                </Button>
                <Button variant="secondary" onClick={() => setEditing(false)}>
                  {t('common.cancel')}
                </Button>
              </>
            ) : (
              line.visit?.status !== 'APPROVED' && (
                <Button variant="secondary" onClick={() => setEditing(true)} disabled={busy}>
                  {t('plans.changeLine')}
                </Button>
              )
            )}
            {notStarted && !editing && (
              <Button variant="danger" onClick={removeLine} disabled={busy}>
                {t('plans.removeLine')}
              </Button>
            )}
          </div>
          {problem && <Banner tone="error">{problem}</Banner>}
        </td>
      )}
    </tr>
  );
}

function AddLineForm({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const [unitId, setUnitId] = useState('');
  const [month, setMonth] = useState(String(new Date().getMonth() + 1));
  const [teamId, setTeamId] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const units = useQuery(plansUnitChoicesQuery);
  const teams = useTeamOptions(plan.year);
  const [add, { loading }] = useMutation(addPlanLineMutation, {
    refetchQueries: [{ query: inspectionPlanQuery, variables: { id: plan.id } }],
  });
  const inPlan = new Set(plan.lines.map((line) => line.unit.id));
  const unitOptions = (units.data?.units ?? [])
    .filter((unit) => unit.active && unit.kind !== 'DEPARTMENT')
    .sort((a, b) => byName.compare(a.name, b.name))
    .map((unit) => ({ value: unit.id, label: unit.name, disabled: inPlan.has(unit.id) }));
  const chosenTeam = teamId || teams[0]?.value || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!unitId || !chosenTeam) {
      setMessage({ tone: 'error', text: t('plans.required') });
      return;
    }
    setMessage(null);
    try {
      await add({ variables: { input: { planId: plan.id, unitId, plannedMonth: Number(month), teamId: chosenTeam } } });
      const name = unitOptions.find((option) => option.value === unitId)?.label ?? '';
      setUnitId('');
      setMessage({ tone: 'success', text: t('plans.lineAdded', { unit: name }) });
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error).message ?? t('common.networkError') });
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="add-line-form">
      <h3>{t('plans.addLine')}</h3>
      {teams.length === 0 && <Banner tone="warning">{t('plans.noTeamsForLine')}</Banner>}
      {message && <Banner tone={message.tone}>{message.text}</Banner>}
      <div className="editor-grid">
        <div className="editor-grid-wide">
          <Select
            label={t('plans.unit')}
            value={unitId}
            onChange={setUnitId}
            placeholder={t('plans.chooseUnit')}
            options={unitOptions}
          />
        </div>
        <Select
          label={t('plans.month')}
          value={month}
          onChange={setMonth}
          options={MONTHS.map((m) => ({ value: String(m), label: t('plans.monthValue', { month: m }) }))}
        />
        <div className="editor-grid-wide">
          <Select label={t('plans.team')} value={chosenTeam} onChange={setTeamId} options={teams} />
        </div>
      </div>
      <div>
        <Button type="submit" disabled={loading || teams.length === 0}>
          {t('plans.addLineSubmit')}
        </Button>
      </div>
    </form>
  );
}
