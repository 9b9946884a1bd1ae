import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { PlansTeamFieldsFragment, TeamRole } from '../../apollo/generated/graphql';
import { linkClick, navigate } from '../../app/router';
import { recordPath } from '../../app/routes';
import { useYearParam } from '../../app/year-param';
import { formatDate, todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { YearSelect } from '../../ui/YearSelect';
import '../../ui/data.css';
import { canManageInspections } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import {
  createInspectionPlanMutation,
  inspectionPlansQuery,
  inspectionTeamsQuery,
  plansInspectorsQuery,
  plansPublishedTemplatesQuery,
  saveInspectionTeamMutation,
} from './operations';

const TEAM_ROLES: TeamRole[] = ['LEAD', 'MEMBER', 'SECRETARY'];

export function PlansScreen() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const canManage = canManageInspections(user.role);
  const [year, setYear] = useYearParam(new Date().getFullYear());
  return (
    <>
      <PageHeader title={t('plans.title')} />
      <div className="stack">
        {!canManage && <Banner>{t('plans.readOnly')}</Banner>}
        <div className="filters">
          <YearSelect label={t('plans.year')} value={year} onChange={setYear} ahead />
        </div>
        <PlansSection year={year} canManage={canManage} />
        <TeamsSection year={year} canManage={canManage} />
      </div>
    </>
  );
}

function PlansSection({ year, canManage }: { year: number; canManage: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(inspectionPlansQuery, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const plans = data?.inspectionPlans ?? [];
  return (
    <section className="stack" aria-labelledby="plans-title">
      <h2 id="plans-title" className="section-title">
        {t('plans.plans', { year })}
      </h2>
      {error && <Banner tone="error">{describeError(error).message ?? t('common.networkError')}</Banner>}
      {loading && plans.length === 0 && <Spinner label={t('common.loading')} />}
      {!loading && !error && plans.length === 0 && <p className="muted">{t('plans.noPlans')}</p>}
      <ul className="record-list">
        {plans.map((plan) => {
          const href = recordPath('plans', plan.id);
          return (
            <li key={plan.id}>
              <a className="record" href={href} onClick={linkClick(href)} data-testid="plan-row">
                <p className="record-title">{plan.title}</p>
                <div className="record-meta">
                  <span>
                    {t('plans.document', { number: plan.documentNumber, date: formatDate(plan.documentDate) })}
                  </span>
                  <span>{plan.template.name}</span>
                  <span>{t('plans.lineCount', { count: plan.lines.length })}</span>
                </div>
              </a>
            </li>
          );
        })}
      </ul>
      {canManage && <CreatePlanForm year={year} />}
    </section>
  );
}

function CreatePlanForm({ year }: { year: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [documentDate, setDocumentDate] = useState(todayLocalDate());
  const [templateId, setTemplateId] = useState('');
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const templates = useQuery(plansPublishedTemplatesQuery, { skip: !open });
  const published = (templates.data?.checklistTemplates ?? []).filter((template) => template.latestPublished);
  const [create, { loading }] = useMutation(createInspectionPlanMutation, {
    refetchQueries: [{ query: inspectionPlansQuery, variables: { year } }],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = templateId || published[0]?.id || '';
    if (!title.trim() || !documentNumber.trim() || !documentDate || !chosen) {
      setProblem({ message: t('plans.required'), fields: {} });
      return;
    }
    setProblem(null);
    try {
      const { data } = await create({
        variables: {
          input: { year, title: title.trim(), documentNumber: documentNumber.trim(), documentDate, templateId: chosen },
        },
      });
      if (data) navigate(recordPath('plans', data.createInspectionPlan.id));
    } catch (error) {
      const described = describeError(error);
      setProblem({ message: described.message ?? t('common.networkError'), fields: described.fields });
    }
  }

  if (!open) {
    return (
      <div>
        <Button onClick={() => setOpen(true)}>{t('plans.createPlan')}</Button>
      </div>
    );
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate>
      <h3>{t('plans.createPlan')}</h3>
      {problem && <Banner tone="error">{problem.message}</Banner>}
      <TextField label={t('plans.planTitle')} value={title} onChange={setTitle} error={problem?.fields.title} />
      <div className="editor-grid">
        <TextField
          label={t('plans.documentNumber')}
          hint={t('plans.documentNumberHint')}
          value={documentNumber}
          onChange={setDocumentNumber}
          error={problem?.fields.documentNumber}
        />
        <TextField label={t('plans.documentDate')} type="date" value={documentDate} onChange={setDocumentDate} />
      </div>
      <Select
        label={t('plans.template')}
        value={templateId || published[0]?.id || ''}
        onChange={setTemplateId}
        placeholder={published.length === 0 ? t('plans.chooseTemplate') : undefined}
        options={published.map((template) => ({
          value: template.id,
          label: `${template.name} (${t('checklists.version', { number: template.latestPublished?.number ?? 0 })})`,
        }))}
      />
      <div className="row">
        <Button type="submit" disabled={loading}>
          {t('plans.createPlan')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function TeamsSection({ year, canManage }: { year: number; canManage: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(inspectionTeamsQuery, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<string | null>(null);
  const teams = data?.inspectionTeams ?? [];
  return (
    <section className="stack" aria-labelledby="teams-title">
      <h2 id="teams-title" className="section-title">
        {t('plans.teams', { year })}
      </h2>
      {error && <Banner tone="error">{describeError(error).message ?? t('common.networkError')}</Banner>}
      {loading && teams.length === 0 && <Spinner label={t('common.loading')} />}
      {!loading && !error && teams.length === 0 && <p className="muted">{t('plans.noTeams')}</p>}
      <ul className="record-list">
        {teams.map((team) =>
          editing === team.id ? (
            <li key={team.id}>
              <TeamForm year={year} team={team} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={team.id} className="record" data-testid="team-row">
              <p className="record-title">{team.name}</p>
              <div className="record-meta">
                <span>{t('plans.decision', { number: team.decisionNumber, date: formatDate(team.decisionDate) })}</span>
              </div>
              <ul className="record-meta" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {sortMembers(team.members).map((member) => (
                  <li key={member.id}>
                    {member.user.fullName} <span className="badge">{t(`plans.teamRole.${member.role}`)}</span>
                  </li>
                ))}
              </ul>
              {canManage && (
                <div>
                  <Button variant="secondary" onClick={() => setEditing(team.id)}>
                    {t('plans.editTeam')}
                  </Button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {canManage &&
        (editing === 'new' ? (
          <TeamForm year={year} team={null} onDone={() => setEditing(null)} />
        ) : (
          <div>
            <Button onClick={() => setEditing('new')}>{t('plans.createTeam')}</Button>
          </div>
        ))}
    </section>
  );
}

const roleOrder: Record<TeamRole, number> = { LEAD: 0, MEMBER: 1, SECRETARY: 2 };
function sortMembers<T extends { role: TeamRole }>(members: readonly T[]): T[] {
  return [...members].sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
}

interface MemberDraft {
  key: number;
  userId: string;
  role: TeamRole;
}

let memberKey = 0;

function TeamForm({ year, team, onDone }: { year: number; team: PlansTeamFieldsFragment | null; onDone: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(team?.name ?? '');
  const [decisionNumber, setDecisionNumber] = useState(team?.decisionNumber ?? '');
  const [decisionDate, setDecisionDate] = useState(team?.decisionDate ?? todayLocalDate());
  const [members, setMembers] = useState<MemberDraft[]>(
    team
      ? sortMembers(team.members).map((m) => ({ key: ++memberKey, userId: m.user.id, role: m.role }))
      : [{ key: ++memberKey, userId: '', role: 'LEAD' }],
  );
  const [problem, setProblem] = useState<string | null>(null);
  const inspectors = useQuery(plansInspectorsQuery);
  const [save, { loading }] = useMutation(saveInspectionTeamMutation, {
    refetchQueries: [{ query: inspectionTeamsQuery, variables: { year } }],
  });
  // Former members who are no longer active inspectors stay selectable for this team.
  const people = new Map((inspectors.data?.inspectors ?? []).map((user) => [user.id, user.fullName]));
  for (const member of team?.members ?? [])
    if (!people.has(member.user.id)) people.set(member.user.id, member.user.fullName);
  const personOptions = [...people].map(([value, label]) => ({ value, label }));

  const setMember = (index: number, patch: Partial<MemberDraft>) =>
    setMembers(members.map((member, i) => (i === index ? { ...member, ...patch } : member)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = members.filter((member) => member.userId).map(({ userId, role }) => ({ userId, role }));
    if (!name.trim() || !decisionNumber.trim() || !decisionDate || chosen.length === 0) {
      setProblem(t('plans.required'));
      return;
    }
    if (chosen.filter((member) => member.role === 'LEAD').length !== 1) {
      setProblem(t('plans.oneLead'));
      return;
    }
    setProblem(null);
    try {
      await save({
        variables: {
          input: {
            id: team?.id,
            year,
            name: name.trim(),
            decisionNumber: decisionNumber.trim(),
            decisionDate,
            members: chosen,
          },
        },
      });
      onDone();
    } catch (error) {
      setProblem(describeError(error).message ?? t('common.networkError'));
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="team-form">
      <h3>{team ? t('plans.editTeam') : t('plans.createTeam')}</h3>
      {problem && <Banner tone="error">{problem}</Banner>}
      <TextField label={t('plans.teamName')} value={name} onChange={setName} />
      <div className="editor-grid">
        <TextField
          label={t('plans.decisionNumber')}
          hint={t('plans.decisionNumberHint')}
          value={decisionNumber}
          onChange={setDecisionNumber}
        />
        <TextField label={t('plans.decisionDate')} type="date" value={decisionDate} onChange={setDecisionDate} />
      </div>
      <fieldset className="stack form-section">
        <legend className="field-label">{t('plans.members')}</legend>
        {inspectors.error && (
          <Banner tone="error">{describeError(inspectors.error).message ?? t('common.networkError')}</Banner>
        )}
        {inspectors.data && inspectors.data.inspectors.length === 0 && (
          <Banner tone="warning">{t('plans.noInspectors')}</Banner>
        )}
        {members.map((member, index) => (
          <div key={member.key} className="editor-grid" data-testid="team-member">
            <Select
              label={t('plans.member')}
              value={member.userId}
              onChange={(userId) => setMember(index, { userId })}
              placeholder={t('plans.chooseInspector')}
              options={personOptions}
            />
            <Select
              label={t('plans.memberRole')}
              value={member.role}
              onChange={(role) => setMember(index, { role: role as TeamRole })}
              options={TEAM_ROLES.map((role) => ({ value: role, label: t(`plans.teamRole.${role}`) }))}
            />
            <Button variant="danger" onClick={() => setMembers(members.filter((_, i) => i !== index))}>
              {t('plans.removeMember')}
            </Button>
          </div>
        ))}
        <div>
          <Button
            variant="secondary"
            onClick={() => setMembers([...members, { key: ++memberKey, userId: '', role: 'MEMBER' }])}
          >
            + {t('plans.addMember')}
          </Button>
        </div>
      </fieldset>
      <div className="row">
        <Button type="submit" disabled={loading}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
