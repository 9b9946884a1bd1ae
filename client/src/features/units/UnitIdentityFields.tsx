import { useState } from 'react';
import type { UnitKind } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { type FieldBinding, useField } from '../../ui/useField';
import { UNIT_KINDS } from './labels';

/** A unit's name, code and kind as a form holds them. */
export interface UnitIdentity {
  name: FieldBinding;
  code: FieldBinding;
  kind: UnitKind;
  setKind: (kind: UnitKind) => void;
}

export function useUnitIdentity(initial?: { name: string; code: string; kind: UnitKind }): UnitIdentity {
  const name = useField(initial?.name ?? '');
  const code = useField(initial?.code ?? '');
  const [kind, setKind] = useState<UnitKind>(initial?.kind ?? 'DIVISION');
  return { name, code, kind, setKind };
}

/** The trimmed name, code and kind to send, or null while the name or the code is empty. */
export function identityInput({ name, code, kind }: UnitIdentity) {
  const input = { name: name.value.trim(), code: code.value.trim(), kind };
  return input.name && input.code ? input : null;
}

/** A unit's name, code and kind, as both the edit and the add form ask them; `errors` are the server's by field. */
export function UnitIdentityFields({ identity, errors }: { identity: UnitIdentity; errors: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <>
      <TextField label={t('units.name')} {...identity.name} error={errors.name} required />
      <TextField label={t('units.code')} {...identity.code} error={errors.code} autoCapitalize="characters" required />
      <Select
        label={t('units.kind')}
        value={identity.kind}
        onChange={(value) => identity.setKind(value as UnitKind)}
        options={UNIT_KINDS.map((option) => ({ value: option, label: t(`unitKind.${option}`) }))}
      />
    </>
  );
}
