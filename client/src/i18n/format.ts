import { formatDate as formatLocalDate, localTimeOfDay, todayLocalDate } from '@kycuong/rules';

/**
 * Formats used in Vietnamese administration: dates as dd/MM/yyyy (the server's documents use the same
 * rule, from @kycuong/rules) and numbers with a decimal comma.
 * Dates are kept in the form the API sends (`YYYY-MM-DD`, no time zone) and are not turned into `Date`
 * so that a day never shifts with the phone's time zone.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? formatLocalDate(value) : value;
}

/**
 * A day typed as dd/MM/yyyy (also d/M/yyyy, with "." or "-") as `YYYY-MM-DD`; null when it is not a
 * real day.
 */
export function parseVietnameseDate(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Today (or an instant's day) as `YYYY-MM-DD` on Vietnam time, as the server dates it (@kycuong/rules). */
export { todayLocalDate };

/**
 * An instant from the API (`DateTimeISO`) as its day `dd/MM/yyyy` on Vietnam time, or with the time
 * `dd/MM/yyyy HH:mm`. Instants, unlike `LocalDate`s, are converted so an evening entry keeps its day;
 * the department's time zone is used whatever the phone is set to, as for the visit's date.
 */
export function formatInstant(value: unknown, { withTime = false } = {}): string {
  if (typeof value !== 'string' || !value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const day = formatDate(todayLocalDate(date));
  return withTime ? `${day} ${localTimeOfDay(date)}` : day;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `97.8` → `97,8`; thousands are grouped with a dot (`1.234,5`). */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  let format = numberFormats.get(String(maximumFractionDigits));
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits });
    numberFormats.set(String(maximumFractionDigits), format);
  }
  return format.format(value);
}

/** Reads a number typed with a decimal comma or point (`21,85` or `21.85`); null when empty, NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}
