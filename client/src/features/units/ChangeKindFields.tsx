import type { UnitFieldsFragment } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Select } from '../../ui/Select';
import { MergeFields } from './MergeFields';
import { NewUnitFields } from './NewUnitFields';
import { RenameFields } from './RenameFields';
import { SplitFields } from './SplitFields';
import type { UnitChangeDraft } from './unit-change-draft';
import { subtreeIds } from './unit-tree';

interface ChangeKindFieldsProps {
  unit: UnitFieldsFragment;
  units: UnitFieldsFragment[];
  draft: UnitChangeDraft;
  onChange: (changes: Partial<UnitChangeDraft>) => void;
  errors: Record<string, string | undefined>;
}

/** The fields of the chosen kind of change, for the unit the wizard was opened on. */
export function ChangeKindFields({ unit, units, draft, onChange, errors }: ChangeKindFieldsProps) {
  const { t } = useI18n();
  const below = subtreeIds(units, unit.id);
  const option = (u: UnitFieldsFragment) => ({ value: u.id, label: `${u.name} (${u.code})` });
  const active = units.filter((u) => u.active);
  // A unit cannot go under itself or one of its own sub-units.
  const outside = active.filter((u) => !below.has(u.id));
  const parents = draft.kind === 'CREATE' ? active.map(option) : outside.map(option);

  switch (draft.kind) {
    case 'CREATE':
      return draft.newUnits[0] ? (
        <NewUnitFields
          title={t('units.createNewUnit')}
          value={draft.newUnits[0]}
          onChange={(value) => onChange({ newUnits: [value] })}
          parents={parents}
          testId="new-unit-1"
        />
      ) : null;
    case 'RENAME':
      return <RenameFields value={draft.rename} onChange={(rename) => onChange({ rename })} errors={errors} />;
    case 'MOVE':
      return (
        <Select
          label={t('units.moveTo')}
          value={draft.parentId}
          onChange={(parentId) => onChange({ parentId })}
          options={outside.filter((u) => u.id !== unit.parentId).map(option)}
          placeholder={t('units.chooseParent')}
          error={errors.parentId}
        />
      );
    case 'MERGE': {
      const candidates = outside.filter((u) => u.parentId).map(option);
      return (
        <MergeFields
          unitName={`${unit.name} (${unit.code})`}
          draft={draft}
          onChange={onChange}
          sources={candidates}
          targets={candidates}
          parents={parents}
          errors={errors}
        />
      );
    }
    case 'SPLIT':
      return <SplitFields units={draft.newUnits} onChange={(newUnits) => onChange({ newUnits })} parents={parents} />;
    case 'DISSOLVE': {
      const parent = units.find((u) => u.id === unit.parentId);
      return (
        <>
          <p className="muted">{t('units.dissolveHint', { name: unit.name })}</p>
          <Select
            label={t('units.dissolveReceiver')}
            value={draft.receiverId}
            onChange={(receiverId) => onChange({ receiverId })}
            options={outside.filter((u) => u.id !== unit.parentId).map(option)}
            placeholder={t('units.dissolveReceiverParent', { name: parent ? option(parent).label : '' })}
            error={errors.receiverId}
          />
        </>
      );
    }
  }
}
