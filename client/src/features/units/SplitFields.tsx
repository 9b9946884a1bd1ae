import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import type { SelectOption } from '../../ui/Select';
import { NewUnitFields } from './NewUnitFields';
import { blankNewUnit, type NewUnitDraft } from './unit-change-draft';

const MAX_NEW_UNITS = 20;

/**
 * Chia tách: the unit into two or more new units. The first takes over its open records (plan lines
 * not yet inspected, users), so the form says so.
 */
export function SplitFields({
  units,
  onChange,
  parents,
}: {
  units: NewUnitDraft[];
  onChange: (units: NewUnitDraft[]) => void;
  parents: SelectOption[];
}) {
  const { t } = useI18n();
  const replace = (index: number, unit: NewUnitDraft) => onChange(units.map((u, i) => (i === index ? unit : u)));
  const last = units.at(-1);
  return (
    <>
      <p className="muted">{t('units.splitHint')}</p>
      {units.map((unit, index) => (
        <NewUnitFields
          // The rows have no id of their own until recorded; their place is their identity here.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          title={index === 0 ? t('units.splitFirst') : t('units.splitOther', { n: index + 1 })}
          value={unit}
          onChange={(value) => replace(index, value)}
          parents={parents}
          onRemove={units.length > 2 ? () => onChange(units.filter((_, i) => i !== index)) : undefined}
          testId={`new-unit-${index + 1}`}
        />
      ))}
      {units.length < MAX_NEW_UNITS && (
        <Button
          variant="secondary"
          onClick={() => onChange([...units, blankNewUnit(last?.parentId ?? '', last?.kind ?? 'OTHER')])}
        >
          {t('units.splitAdd')}
        </Button>
      )}
    </>
  );
}
