import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import type { UnitFieldsFragment } from '../../apollo/generated/graphql';
import { todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { createUnitMutation, UNIT_LISTS } from './operations';
import { UnitFormSection, useUnitChange } from './UnitFormSection';
import { identityInput, UnitIdentityFields, useUnitIdentity } from './UnitIdentityFields';

/** Adds a unit under this one, active from a day. */
export function AddChildUnitForm({ parent }: { parent: UnitFieldsFragment }) {
  const { t } = useI18n();
  const identity = useUnitIdentity();
  const activeFrom = useField(todayLocalDate);
  const { outcome, fields, attempt } = useUnitChange();
  const [create, { loading }] = useMutation(createUnitMutation, { refetchQueries: UNIT_LISTS });
  const named = identityInput(identity);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!named) return;
    await attempt(async () => {
      const input = { parentId: parent.id, ...named, activeFrom: activeFrom.value || null };
      const result = await create({ variables: { input } });
      identity.name.onChange('');
      identity.code.onChange('');
      return t('units.added', { name: result.data?.createUnit.name ?? '' });
    });
  }

  return (
    <UnitFormSection title={t('units.addChild')} testId="unit-add-child" outcome={outcome} onSubmit={submit}>
      <UnitIdentityFields identity={identity} errors={fields} />
      <TextField label={t('units.activeFromLabel')} type="date" {...activeFrom} error={fields.activeFrom} />
      <Button type="submit" disabled={loading || !named}>
        {t('units.addChildSubmit')}
      </Button>
    </UnitFormSection>
  );
}
