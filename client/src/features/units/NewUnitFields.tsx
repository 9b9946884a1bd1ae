import type { UnitKind } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import type { SelectOption } from '../../ui/Select';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { UNIT_KINDS } from './labels';
import type { NewUnitDraft } from './unit-change-draft';

interface NewUnitFieldsProps {
  title: string;
  value: NewUnitDraft;
  onChange: (value: NewUnitDraft) => void;
  parents: SelectOption[];
  onRemove?: () => void;
  testId?: string;
}

/** A unit the change creates: its name, short name, code, kind, parent and address. */
export function NewUnitFields({ title, value, onChange, parents, onRemove, testId }: NewUnitFieldsProps) {
  const { t } = useI18n();
  const set = (field: keyof NewUnitDraft) => (text: string) => onChange({ ...value, [field]: text });
  return (
    <fieldset className="stack new-unit" data-testid={testId}>
      <legend>{title}</legend>
      <TextField label={t('units.name')} value={value.name} onChange={set('name')} required />
      <TextField label={t('units.shortName')} value={value.shortName} onChange={set('shortName')} />
      <TextField
        label={t('units.code')}
        value={value.code}
        onChange={set('code')}
        autoCapitalize="characters"
        required
      />
      <Select
        label={t('units.kind')}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as UnitKind })}
        options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
      />
      <Select
        label={t('units.parent')}
        value={value.parentId}
        onChange={set('parentId')}
        options={parents}
        placeholder={t('units.chooseParent')}
      />
      <TextField label={t('units.address')} value={value.address} onChange={set('address')} />
      {onRemove && (
        <Button variant="secondary" onClick={onRemove}>
          {t('units.removeNewUnit')}
        </Button>
      )}
    </fieldset>
  );
}
