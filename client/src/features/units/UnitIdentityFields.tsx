import type { UnitKind } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { UNIT_KINDS } from './labels';

interface UnitIdentityFieldsProps {
  name: string;
  onName: (name: string) => void;
  code: string;
  onCode: (code: string) => void;
  kind: UnitKind;
  onKind: (kind: UnitKind) => void;
  /** The server's messages by field. */
  errors: Record<string, string>;
}

/** A unit's name, code and kind, as both the edit and the add form ask them. */
export function UnitIdentityFields({ name, onName, code, onCode, kind, onKind, errors }: UnitIdentityFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField label={t('units.name')} value={name} onChange={onName} error={errors.name} required />
      <TextField
        label={t('units.code')}
        value={code}
        onChange={onCode}
        error={errors.code}
        autoCapitalize="characters"
        required
      />
      <Select
        label={t('units.kind')}
        value={kind}
        onChange={(value) => onKind(value as UnitKind)}
        options={UNIT_KINDS.map((option) => ({ value: option, label: t(`unitKind.${option}`) }))}
      />
    </>
  );
}
