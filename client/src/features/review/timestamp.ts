import { formatDate, todayLocalDate } from '../../i18n/format';

/**
 * An instant from the API (`DateTimeISO`) as the phone's local day `dd/MM/yyyy`, or with the time
 * `dd/MM/yyyy HH:mm`. Instants, unlike `LocalDate`s, are converted so an evening entry keeps its day.
 */
export function formatInstant(value: unknown, { withTime = false } = {}): string {
  if (typeof value !== 'string' || !value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const day = formatDate(todayLocalDate(date));
  if (!withTime) return day;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
