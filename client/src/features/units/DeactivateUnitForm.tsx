import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import type { UnitFieldsFragment } from '../../apollo/generated/graphql';
import { todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { deactivateUnitMutation, UNIT_LISTS } from './operations';
import { UnitFormSection, useUnitChange } from './UnitFormSection';

/** Ends a unit's activity on a day, after a confirmation; its records are kept. */
export function DeactivateUnitForm({ unit }: { unit: UnitFieldsFragment }) {
  const { t } = useI18n();
  const activeTo = useField(todayLocalDate);
  const { outcome, fields, attempt } = useUnitChange();
  const [deactivate, { loading }] = useMutation(deactivateUnitMutation, { refetchQueries: UNIT_LISTS });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!window.confirm(t('units.deactivateConfirm', { name: unit.name }))) return;
    await attempt(async () => {
      await deactivate({ variables: { input: { id: unit.id, activeTo: activeTo.value || null } } });
      return t('units.deactivated');
    });
  }

  return (
    <UnitFormSection title={t('units.deactivate')} testId="unit-deactivate" outcome={outcome} onSubmit={submit}>
      <TextField label={t('units.deactivateDate')} type="date" {...activeTo} error={fields.activeTo} />
      <Button type="submit" variant="danger" disabled={loading}>
        {t('units.deactivateSubmit')}
      </Button>
    </UnitFormSection>
  );
}
