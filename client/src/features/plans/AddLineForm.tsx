import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { useField } from '../../ui/useField';
import { addPlanLineMutation, inspectionPlanQuery, plansUnitChoicesQuery } from './operations';
import { PlannedDayField, plannedDayInput } from './PlannedDayField';
import { byName, type Plan, useMonthOptions, useTeamOptions } from './plan-choices';

/** Adds a unit to the plan, for a month (and a day, if known) and a team. */
export function AddLineForm({ plan }: { plan: Plan }) {
  const { t, language } = useI18n();
  const unit = useField();
  const unitId = unit.value;
  const [month, setMonth] = useState(String(new Date().getMonth() + 1));
  const [day, setDay] = useState('');
  const [teamId, setTeamId] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const units = useQuery(plansUnitChoicesQuery);
  const teams = useTeamOptions(plan.year);
  const months = useMonthOptions();
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
    const plannedDate = plannedDayInput(day);
    if (plannedDate === 'invalid') {
      setMessage({ tone: 'error', text: t('plans.plannedDateInvalid') });
      return;
    }
    setMessage(null);
    try {
      const input = { planId: plan.id, unitId, plannedMonth: Number(month), plannedDate, teamId: chosenTeam };
      await add({ variables: { input } });
      const name = unitOptions.find((option) => option.value === unitId)?.label ?? '';
      unit.onChange('');
      setDay('');
      setMessage({ tone: 'success', text: t('plans.lineAdded', { unit: name }) });
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error, language).message ?? t('common.networkError') });
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="add-line-form">
      <h3>{t('plans.addLine')}</h3>
      {teams.length === 0 && <Banner tone="warning">{t('plans.noTeamsForLine')}</Banner>}
      {message && <Banner tone={message.tone}>{message.text}</Banner>}
      <div className="editor-grid">
        <div className="editor-grid-wide">
          <Select label={t('plans.unit')} {...unit} placeholder={t('plans.chooseUnit')} options={unitOptions} />
        </div>
        <Select label={t('plans.month')} value={month} onChange={setMonth} options={months} />
        <PlannedDayField value={day} onChange={setDay} onMonth={setMonth} />
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
