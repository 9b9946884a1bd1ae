interface MonthProgress {
  month: number;
  planned: number;
  done: number;
  inProgress: number;
  overdue: number;
}

export interface ProgressTotals {
  planned: number;
  done: number;
  inProgress: number;
  overdue: number;
}

/** Sums the months; the share done is 0 for an empty plan rather than NaN. */
export function progressTotals(months: readonly MonthProgress[]): ProgressTotals & { doneShare: number } {
  const totals = months.reduce<ProgressTotals>(
    (sum, month) => ({
      planned: sum.planned + month.planned,
      done: sum.done + month.done,
      inProgress: sum.inProgress + month.inProgress,
      overdue: sum.overdue + month.overdue,
    }),
    { planned: 0, done: 0, inProgress: 0, overdue: 0 },
  );
  return { ...totals, doneShare: totals.planned === 0 ? 0 : (totals.done / totals.planned) * 100 };
}

/** Months with anything planned, in calendar order: the table hides empty months. */
export function activeMonths<T extends MonthProgress>(months: readonly T[]): T[] {
  return months.filter((month) => month.planned > 0).sort((a, b) => a.month - b.month);
}

/** A line may be removed or moved to another team only while its visit has not started. */
export function lineNotStarted(visitStatus: string | null | undefined): boolean {
  return visitStatus == null || visitStatus === 'PLANNED';
}
