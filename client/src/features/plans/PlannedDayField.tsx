import { parseVietnameseDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DateField } from '../../ui/DateField';

interface PlannedDayFieldProps {
  value: string;
  onChange: (text: string) => void;
  /** Called with the month of a complete day typed, so the line's month follows its day. */
  onMonth: (month: string) => void;
  error?: string;
}

/** Ngày dự kiến of a plan line, typed dd/mm/yyyy; optional (a line may keep only its month). */
export function PlannedDayField({ value, onChange, onMonth, error }: PlannedDayFieldProps) {
  const { t } = useI18n();
  return (
    <DateField
      label={t('plans.plannedDate')}
      hint={t('plans.plannedDateHint')}
      value={value}
      error={error}
      data-testid="planned-date"
      onChange={(text) => {
        onChange(text);
        const day = parseVietnameseDate(text);
        if (day) onMonth(String(Number(day.slice(5, 7))));
      }}
    />
  );
}

/** The typed day as `YYYY-MM-DD`, null when left empty, or 'invalid'. */
export function plannedDayInput(text: string): string | null | 'invalid' {
  if (!text.trim()) return null;
  return parseVietnameseDate(text) ?? 'invalid';
}
