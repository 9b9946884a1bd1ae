import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import type { UnitFieldsFragment } from '../../apollo/generated/graphql';
import { formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { updateUnitMutation } from './operations';
import { UnitFormSection, useUnitChange } from './UnitFormSection';
import { identityInput, UnitIdentityFields, useUnitIdentity } from './UnitIdentityFields';

function coordinateText(value: number | null | undefined): string {
  return value == null ? '' : formatNumber(value, 6).replace(/\./g, '');
}

/** A unit's name, code, kind, address and place on the map. */
export function EditUnitForm({ unit }: { unit: UnitFieldsFragment }) {
  const { t } = useI18n();
  const identity = useUnitIdentity(unit);
  const address = useField(unit.address ?? '');
  const latitude = useField(coordinateText(unit.latitude));
  const longitude = useField(coordinateText(unit.longitude));
  const { outcome, fields, attempt } = useUnitChange();
  const [update, { loading }] = useMutation(updateUnitMutation);
  const named = identityInput(identity);

  const lat = parseDecimal(latitude.value);
  const lng = parseDecimal(longitude.value);
  const latError = Number.isNaN(lat) ? t('units.invalidNumber') : undefined;
  const lngError = Number.isNaN(lng) ? t('units.invalidNumber') : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (latError || lngError || !named) return;
    await attempt(async () => {
      await update({
        variables: {
          input: {
            id: unit.id,
            version: Math.trunc(unit.version),
            ...named,
            address: address.value.trim(),
            ...(lat != null ? { latitude: lat } : {}),
            ...(lng != null ? { longitude: lng } : {}),
          },
        },
      });
      return t('common.saved');
    });
  }

  return (
    <UnitFormSection title={t('units.edit')} testId="unit-edit" outcome={outcome} onSubmit={submit}>
      <UnitIdentityFields identity={identity} errors={fields} />
      <TextField label={t('units.address')} {...address} error={fields.address} />
      <div className="two-columns">
        <TextField label={t('units.latitude')} {...latitude} inputMode="decimal" error={latError ?? fields.latitude} />
        <TextField
          label={t('units.longitude')}
          {...longitude}
          inputMode="decimal"
          error={lngError ?? fields.longitude}
        />
      </div>
      <Button type="submit" disabled={loading || !named}>
        {t('common.save')}
      </Button>
    </UnitFormSection>
  );
}
