import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Select, type SelectOption } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { NewUnitFields } from './NewUnitFields';
import type { UnitChangeDraft } from './unit-change-draft';

interface MergeFieldsProps {
  unitName: string;
  draft: UnitChangeDraft;
  onChange: (changes: Partial<UnitChangeDraft>) => void;
  /** Units that may be merged with this one, and units that may take them over. */
  sources: SelectOption[];
  targets: SelectOption[];
  parents: SelectOption[];
  errors: Record<string, string | undefined>;
}

/**
 * Hợp nhất: this unit and any others, into a unit that exists (which may take a new name from the same
 * day) or into a new one with its attributes. Each unit merged ends the day before; its open records go
 * to the unit that takes it over.
 */
export function MergeFields({ unitName, draft, onChange, sources, targets, parents, errors }: MergeFieldsProps) {
  const { t } = useI18n();
  const chosen = new Set(draft.otherSourceIds);
  const label = (id: string) => sources.find((s) => s.value === id)?.label ?? id;
  return (
    <>
      <div className="stack" data-testid="merge-sources">
        <p className="field-label">{t('units.mergeSources')}</p>
        <ul className="chip-list">
          <li className="chip">{unitName}</li>
          {draft.otherSourceIds.map((id) => (
            <li key={id} className="chip">
              {label(id)}
              <Button
                variant="ghost"
                aria-label={t('units.mergeRemoveSource', { name: label(id) })}
                onClick={() => onChange({ otherSourceIds: draft.otherSourceIds.filter((s) => s !== id) })}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
        <Select
          label={t('units.mergeAddSource')}
          value=""
          onChange={(id) => id && onChange({ otherSourceIds: [...draft.otherSourceIds, id] })}
          options={sources.filter((s) => !chosen.has(s.value))}
          placeholder={t('units.mergeChooseSource')}
        />
      </div>
      <Select
        label={t('units.mergeInto')}
        value={draft.mergeInto}
        onChange={(value) => onChange({ mergeInto: value as UnitChangeDraft['mergeInto'] })}
        options={[
          { value: 'EXISTING', label: t('units.mergeIntoExisting') },
          { value: 'NEW', label: t('units.mergeIntoNew') },
        ]}
      />
      {draft.mergeInto === 'EXISTING' ? (
        <>
          <Select
            label={t('units.mergeTarget')}
            value={draft.targetId}
            onChange={(targetId) => onChange({ targetId })}
            options={targets.filter((u) => !chosen.has(u.value))}
            placeholder={t('units.chooseTarget')}
            error={errors.targetId}
          />
          <TextField
            label={t('units.mergeTargetName')}
            hint={t('units.mergeTargetNameHint')}
            value={draft.targetName}
            onChange={(targetName) => onChange({ targetName })}
            error={errors.targetName}
          />
          <TextField
            label={t('units.mergeTargetShortName')}
            hint={t('units.mergeTargetNameHint')}
            value={draft.targetShortName}
            onChange={(targetShortName) => onChange({ targetShortName })}
            error={errors.targetShortName}
          />
        </>
      ) : (
        draft.newUnits[0] && (
          <NewUnitFields
            title={t('units.mergeNewUnit')}
            value={draft.newUnits[0]}
            onChange={(unit) => onChange({ newUnits: [unit] })}
            parents={parents}
            testId="new-unit-1"
          />
        )
      )}
    </>
  );
}
