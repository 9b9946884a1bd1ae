import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import type { UnitFieldsFragment } from '../../apollo/generated/graphql';
import { formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { correctUnitDetailsMutation } from './operations';
import { UnitFormSection, useUnitChange } from './UnitFormSection';

function coordinateText(value: number | null | undefined): string {
  return value == null ? '' : formatNumber(value, 6).replace(/\./g, '');
}

/**
 * Sửa thông tin (không phải thay đổi tổ chức): a mistyped address, the place on the map. No new period
 * and no event, but in the audit trail; the name, code, kind and parent change only through the change
 * wizard, from a day and on a basis.
 */
export function CorrectUnitForm({ unit }: { unit: UnitFieldsFragment }) {
  const { t } = useI18n();
  const address = useField(unit.address ?? '');
  const latitude = useField(coordinateText(unit.latitude));
  const longitude = useField(coordinateText(unit.longitude));
  const { outcome, fields, attempt } = useUnitChange();
  const [correct, { loading }] = useMutation(correctUnitDetailsMutation);

  const lat = parseDecimal(latitude.value);
  const lng = parseDecimal(longitude.value);
  const latError = Number.isNaN(lat) ? t('units.invalidNumber') : undefined;
  const lngError = Number.isNaN(lng) ? t('units.invalidNumber') : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (latError || lngError) return;
    await attempt(async () => {
      await correct({
        variables: {
          input: {
            id: unit.id,
            version: Math.trunc(unit.version),
            address: address.value.trim(),
            latitude: lat ?? null,
            longitude: lng ?? null,
          },
        },
      });
      return t('units.corrected');
    });
  }

  return (
    <UnitFormSection title={t('units.correct')} testId="unit-correct" outcome={outcome} onSubmit={submit}>
      <p className="muted">{t('units.correctHint')}</p>
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
      <Button type="submit" disabled={loading}>
        {t('units.correctSubmit')}
      </Button>
    </UnitFormSection>
  );
}
