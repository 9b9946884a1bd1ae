/**
 * Ngày dự kiến of a plan line. A line always has a month; a day, when office sets one, lies in the
 * plan's year and in that month (the month is kept rather than derived so that lines planned before days
 * existed, the month-based progress and the reports keep working unchanged).
 */
export type PlannedDayProblem = 'OUT_OF_YEAR' | 'MONTH_MISMATCH';

/** What is wrong with `date` (yyyy-MM-dd) for a line of a plan of `year` in `month`, or null. */
export function plannedDayProblem(year: number, month: number, date: string): PlannedDayProblem | null {
  if (Number(date.slice(0, 4)) !== year) return 'OUT_OF_YEAR';
  if (Number(date.slice(5, 7)) !== month) return 'MONTH_MISMATCH';
  return null;
}

/**
 * The day a line keeps after an edit. `asked`: the day sent (undefined: not sent, as by a client that
 * predates days). Not sent, the line keeps its day while its month stays, and loses it when the month
 * changes, since the day would then contradict the month.
 */
export function keptPlannedDay(
  current: { plannedMonth: number; plannedDate: string | null },
  month: number,
  asked: string | null | undefined,
): string | null {
  if (asked !== undefined) return asked;
  return current.plannedMonth === month ? current.plannedDate : null;
}
