import type { UnitKind } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { UNIT_KINDS } from './labels';
import type { UnitChangeDraft } from './unit-change-draft';

type Rename = UnitChangeDraft['rename'];

/** Đổi tên: the unit's name, short name, code, kind and address from the change's day. */
export function RenameFields({
  value,
  onChange,
  errors,
}: {
  value: Rename;
  onChange: (value: Rename) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  const set = (field: keyof Rename) => (text: string) => onChange({ ...value, [field]: text });
  return (
    <>
      <TextField label={t('units.newName')} value={value.name} onChange={set('name')} error={errors.name} />
      <TextField
        label={t('units.shortName')}
        hint={t('units.shortNameHint')}
        value={value.shortName}
        onChange={set('shortName')}
        error={errors.shortName}
      />
      <TextField
        label={t('units.code')}
        value={value.code}
        onChange={set('code')}
        error={errors.code}
        autoCapitalize="characters"
      />
      <Select
        label={t('units.kind')}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as UnitKind })}
        options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
      />
      <TextField label={t('units.address')} value={value.address} onChange={set('address')} error={errors.address} />
    </>
  );
}
