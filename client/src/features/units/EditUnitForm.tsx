import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { UnitFieldsFragment, UnitKind } from '../../apollo/generated/graphql';
import { formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { updateUnitMutation } from './operations';
import { OutcomeBanner, UnitFormSection, useUnitChange } from './UnitFormSection';
import { UnitIdentityFields } from './UnitIdentityFields';

function coordinateText(value: number | null | undefined): string {
  return value == null ? '' : formatNumber(value, 6).replace(/\./g, '');
}

/** A unit's name, code, kind, address and place on the map. */
export function EditUnitForm({ unit }: { unit: UnitFieldsFragment }) {
  const { t } = useI18n();
  const [name, setName] = useState(unit.name);
  const [code, setCode] = useState(unit.code);
  const [kind, setKind] = useState<UnitKind>(unit.kind);
  const [address, setAddress] = useState(unit.address ?? '');
  const [latitude, setLatitude] = useState(coordinateText(unit.latitude));
  const [longitude, setLongitude] = useState(coordinateText(unit.longitude));
  const { outcome, fields, attempt } = useUnitChange();
  const [update, { loading }] = useMutation(updateUnitMutation);

  const lat = parseDecimal(latitude);
  const lng = parseDecimal(longitude);
  const latError = Number.isNaN(lat) ? t('units.invalidNumber') : undefined;
  const lngError = Number.isNaN(lng) ? t('units.invalidNumber') : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (latError || lngError) return;
    await attempt(async () => {
      await update({
        variables: {
          input: {
            id: unit.id,
            version: Math.trunc(unit.version),
            name: name.trim(),
            code: code.trim(),
            kind,
            address: address.trim(),
            ...(lat != null ? { latitude: lat } : {}),
            ...(lng != null ? { longitude: lng } : {}),
          },
        },
      });
      return t('common.saved');
    });
  }

  return (
    <UnitFormSection title={t('units.edit')} testId="unit-edit">
      <form className="stack" onSubmit={submit} noValidate>
        <OutcomeBanner outcome={outcome} />
        <UnitIdentityFields
          name={name}
          onName={setName}
          code={code}
          onCode={setCode}
          kind={kind}
          onKind={setKind}
          errors={fields}
        />
        <TextField label={t('units.address')} value={address} onChange={setAddress} error={fields.address} />
        <div className="two-columns">
          <TextField
            label={t('units.latitude')}
            value={latitude}
            onChange={setLatitude}
            inputMode="decimal"
            error={latError ?? fields.latitude}
          />
          <TextField
            label={t('units.longitude')}
            value={longitude}
            onChange={setLongitude}
            inputMode="decimal"
            error={lngError ?? fields.longitude}
          />
        </div>
        <Button type="submit" disabled={loading || !name.trim() || !code.trim()}>
          {t('common.save')}
        </Button>
      </form>
    </UnitFormSection>
  );
}
