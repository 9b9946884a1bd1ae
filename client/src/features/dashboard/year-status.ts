/**
 * Which year the one-minute summary shows and which year it is measured against (docs/leadership-summary.md).
 *
 * A year is complete once it has ended: its 31 December is before today. Inspections, remediation and the
 * province's indices for a year are only final then, so an unfinished year is never set against a whole
 * one without saying so, and the default is the last complete year, not the current one.
 */

/** `today` as `yyyy-MM-dd` (the office's local day). */
export function isYearComplete(year: number, today: string): boolean {
  return `${year}-12-31` < today;
}

/** The latest year that has ended on `today`: the year before today's. */
export function lastCompleteYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/**
 * The year `year` is compared with: the last complete year before it (for a past year, the year before;
 * for the current or a later year, the last complete year).
 */
export function comparisonYear(year: number, today: string): number {
  return Math.min(year - 1, lastCompleteYear(today));
}
