import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { VisitStatusBadge } from '../../ui/StatusBadges';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { inspectionPlanQuery, removePlanLineMutation, updatePlanLineMutation } from './operations';
import { PlannedDayField, plannedDayInput } from './PlannedDayField';
import { type Plan, type PlanLine, useMonthOptions, useTeamOptions } from './plan-choices';
import { lineNotStarted } from './progress';

/** One unit of the plan: its month (and day), team and visit; the office can move or remove it before the visit. */
export function PlanLineRow({ line, plan, canManage }: { line: PlanLine; plan: Plan; canManage: boolean }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [month, setMonth] = useState(String(line.plannedMonth));
  const [day, setDay] = useState(formatDate(line.plannedDate));
  const [teamId, setTeamId] = useState(line.team.id);
  const [problem, setProblem] = useState<string | null>(null);
  const teams = useTeamOptions(plan.year);
  const months = useMonthOptions();
  const refetchQueries = [{ query: inspectionPlanQuery, variables: { id: plan.id } }];
  const [update, updateState] = useMutation(updatePlanLineMutation, { refetchQueries });
  const [remove, removeState] = useMutation(removePlanLineMutation, { refetchQueries });
  const busy = updateState.loading || removeState.loading;
  const notStarted = lineNotStarted(line.visit?.status);

  async function save() {
    const plannedDate = plannedDayInput(day);
    if (plannedDate === 'invalid') {
      setProblem(t('plans.plannedDateInvalid'));
      return;
    }
    setProblem(null);
    try {
      await update({ variables: { input: { lineId: line.id, plannedMonth: Number(month), plannedDate, teamId } } });
      setEditing(false);
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  async function removeLine() {
    if (!window.confirm(t('plans.removeConfirm', { unit: (line.unitAsOf ?? line.unit).name }))) return;
    setProblem(null);
    try {
      await remove({ variables: { lineId: line.id } });
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  const visitHref = line.visit ? recordPath('review', line.visit.id) : null;
  const canChange = editing || line.visit?.status !== 'APPROVED' || notStarted || problem != null;
  return (
    <tr data-testid="plan-line">
      <th scope="row">
        <UnitAsOfName asOf={line.unitAsOf} unit={line.unit} />
      </th>
      <td data-label={editing ? undefined : t('plans.when')} data-testid="plan-line-when">
        {editing ? (
          <div className="stack">
            <Select label={t('plans.month')} value={month} onChange={setMonth} options={months} />
            <PlannedDayField value={day} onChange={setDay} onMonth={setMonth} />
          </div>
        ) : line.plannedDate ? (
          formatDate(line.plannedDate)
        ) : (
          t('plans.monthOnly', { month: line.plannedMonth })
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
