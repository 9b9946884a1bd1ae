import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { PlansTeamFieldsFragment, TeamRole } from '../../apollo/generated/graphql';
import { todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { inspectionTeamsQuery, plansInspectorsQuery, saveInspectionTeamMutation } from './operations';
import { sortMembers } from './team-members';

const TEAM_ROLES: TeamRole[] = ['LEAD', 'MEMBER', 'SECRETARY'];

interface MemberDraft {
  key: number;
  userId: string;
  role: TeamRole;
}

let memberKey = 0;

/** A team's name, the decision that formed it and its members, exactly one of them the lead. */
export function TeamForm({
  year,
  team,
  onDone,
}: {
  year: number;
  team: PlansTeamFieldsFragment | null;
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const name = useField(team?.name ?? '');
  const decisionNumber = useField(team?.decisionNumber ?? '');
  const decisionDate = useField(team?.decisionDate ?? todayLocalDate());
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
    if (!name.value.trim() || !decisionNumber.value.trim() || !decisionDate.value || chosen.length === 0) {
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
            name: name.value.trim(),
            decisionNumber: decisionNumber.value.trim(),
            decisionDate: decisionDate.value,
            members: chosen,
          },
        },
      });
      onDone();
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="team-form">
      <h3>{team ? t('plans.editTeam') : t('plans.createTeam')}</h3>
      {problem && <Banner tone="error">{problem}</Banner>}
      <TextField label={t('plans.teamName')} {...name} />
      <div className="editor-grid">
        <TextField label={t('plans.decisionNumber')} hint={t('plans.decisionNumberHint')} {...decisionNumber} />
        <TextField label={t('plans.decisionDate')} type="date" {...decisionDate} />
      </div>
      <fieldset className="stack form-section">
        <legend className="field-label">{t('plans.members')}</legend>
        {inspectors.error && (
          <Banner tone="error">{describeError(inspectors.error, language).message ?? t('common.networkError')}</Banner>
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
      <FormActions submitLabel={t('common.save')} busy={loading} onCancel={onDone} />
    </form>
  );
}
