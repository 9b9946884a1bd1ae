/*
 * The periods of the issuing agency's identities (cơ quan ban hành theo thời kỳ): which one is in force on
 * a day, and how a new one is added from a day. Pure, so the rules are table-tested alone; the service
 * applies them under a lock and the table's exclusion constraint backs them up.
 */

/** A period of days, both ends included; `validTo` null: still in force. Dates are YYYY-MM-DD. */
export interface AgencyPeriod {
  validFrom: string;
  validTo: string | null;
}

/** Why a list of periods, or a new period from a day, is refused. */
export type PeriodProblem =
  /** Two periods share a day, or the new one starts on the current one's first day. */
  | 'OVERLAP'
  /** The new period starts before the current one does. */
  | 'BEFORE_CURRENT'
  /** Days between two periods belong to none. */
  | 'GAP'
  /** A period ends before it starts. */
  | 'ENDS_BEFORE_START';

/** The day before / after a YYYY-MM-DD day. */
export function dayBefore(date: string): string {
  return shiftDay(date, -1);
}
export function dayAfter(date: string): string {
  return shiftDay(date, 1);
}
function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const byStart = <T extends AgencyPeriod>(periods: readonly T[]) =>
  [...periods].sort((a, b) => a.validFrom.localeCompare(b.validFrom));

/** The period in force on a day (YYYY-MM-DD or a longer ISO text), or null when none covers it. */
export function periodOn<T extends AgencyPeriod>(periods: readonly T[], date: string): T | null {
  const day = date.slice(0, 10);
  return periods.find((p) => p.validFrom <= day && (p.validTo === null || day <= p.validTo)) ?? null;
}

/** What is wrong with a list of periods (in any order): none may overlap, and each follows the last. */
export function periodProblems(periods: readonly AgencyPeriod[]): PeriodProblem[] {
  const problems = new Set<PeriodProblem>();
  const sorted = byStart(periods);
  sorted.forEach((period, i) => {
    if (period.validTo !== null && period.validTo < period.validFrom) problems.add('ENDS_BEFORE_START');
    const previous = sorted[i - 1];
    if (!previous) return;
    if (previous.validTo === null || previous.validTo >= period.validFrom) problems.add('OVERLAP');
    else if (dayAfter(previous.validTo) !== period.validFrom) problems.add('GAP');
  });
  return [...problems];
}

/**
 * A new period from `validFrom`, still in force: the latest period is closed the day before it, so the
 * periods stay contiguous. Refused when it would start on or before the latest one's first day, inside
 * a closed latest period, or after a gap.
 */
export function addPeriodFrom(
  periods: readonly AgencyPeriod[],
  validFrom: string,
): { ok: true; closeLatestOn: string | null } | { ok: false; problem: PeriodProblem } {
  const latest = byStart(periods).at(-1);
  if (!latest) return { ok: true, closeLatestOn: null };
  if (validFrom < latest.validFrom) return { ok: false, problem: 'BEFORE_CURRENT' };
  if (validFrom === latest.validFrom) return { ok: false, problem: 'OVERLAP' };
  if (latest.validTo === null) return { ok: true, closeLatestOn: dayBefore(validFrom) };
  if (validFrom <= latest.validTo) return { ok: false, problem: 'OVERLAP' };
  if (validFrom !== dayAfter(latest.validTo)) return { ok: false, problem: 'GAP' };
  return { ok: true, closeLatestOn: null };
}
