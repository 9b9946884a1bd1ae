/**
 * The years the product keeps records for: plans, visits, registers, the roll-up and the annual
 * report. One rule for the server's checks and the screens' year selects.
 */
export const REPORT_YEAR_MIN = 2000;
export const REPORT_YEAR_MAX = 2100;

/** The first year the screens offer: the product holds records from 2015 (the SIPAS series). */
export const FIRST_RECORD_YEAR = 2015;

export function isReportYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= REPORT_YEAR_MIN && year <= REPORT_YEAR_MAX;
}

/** `Năm phải trong khoảng 2000–2100.` and the like: the range as the messages write it. */
export const REPORT_YEAR_RANGE = `${REPORT_YEAR_MIN}–${REPORT_YEAR_MAX}`;

/**
 * The years a year select offers, newest first: from the current year (or the next one, where the
 * screen plans ahead) back to the first year with records.
 */
export function selectableYears(current: number, options: { ahead?: boolean } = {}): number[] {
  const years: number[] = [];
  for (let year = current + (options.ahead ? 1 : 0); year >= FIRST_RECORD_YEAR; year--) years.push(year);
  return years;
}
