import { useI18n } from '../../i18n/I18nProvider';
import { type UnitAsOfShown, unitTodayHint } from './unit-as-of';

interface UnitAsOfNameProps {
  /** The record's unit as of its day; null or absent on a record kept from before the field existed. */
  asOf: UnitAsOfShown | null | undefined;
  /** The record's unit as it is today, shown when `asOf` is absent. */
  unit: { name: string };
  /** Add "nay là …" when the unit is called otherwise today (off where the screen already says it). */
  today?: boolean;
}

/**
 * A past record's unit by its name on the record's day, as the minutes and the roll-up name it, with a
 * short "nay là …" for office staff who know it by today's name.
 */
export function UnitAsOfName({ asOf, unit, today = true }: UnitAsOfNameProps) {
  const { t } = useI18n();
  if (!asOf) return <>{unit.name}</>;
  const hint = today ? unitTodayHint(asOf) : null;
  return (
    <>
      {asOf.name}
      {hint && (
        <span className="unit-today" data-testid="unit-today">
          {' '}
          ({hint === 'gone' ? t('unitAsOf.gone') : t('unitAsOf.today', { names: hint.names })})
        </span>
      )}
    </>
  );
}
