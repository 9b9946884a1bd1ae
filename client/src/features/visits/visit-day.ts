import { todayLocalDate } from '@kycuong/rules';

/**
 * The inspector's day: where a visit stands against its planned day (ngày dự kiến), as the address
 * names the groups (`?ky=hom-nay`). Days are `YYYY-MM-DD` in Vietnam time, compared as text.
 * - qua-han: the planned day has passed and the visit is not yet submitted or approved;
 * - hom-nay: planned for today; tuan-nay: later this week (Monday to Sunday); sap-toi: after this week.
 * A visit is in one group at most: done visits are in none. A line planned by month only (before days
 * existed) counts from its month: overdue once the month has ended, otherwise upcoming.
 */
export const DAY_PERIODS = ['hom-nay', 'tuan-nay', 'qua-han', 'sap-toi'] as const;
export type DayPeriod = (typeof DAY_PERIODS)[number];

export interface DatedVisit {
  status: string;
  plannedDate?: string | null;
  plannedMonth?: number | null;
  /** The plan's year. */
  year: number;
}

const DONE = new Set(['SUBMITTED', 'APPROVED']);

/** Today in Vietnam time, by the phone's clock (display only: a wrong clock is warned about in the header). */
export function vietnamToday(now: Date = new Date()): string {
  return todayLocalDate(now);
}

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);
const text = (date: Date) => date.toISOString().slice(0, 10);

/** The Sunday that ends the week (Monday to Sunday) of `today`. */
export function weekEnd(today: string): string {
  const date = dayOf(today);
  const fromMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() + 6 - fromMonday);
  return text(date);
}

/** The last day of a plan month. */
function monthEnd(year: number, month: number): string {
  return text(new Date(Date.UTC(year, month, 0)));
}

/** The day a visit is planned for: its line's day, or the first of its month; null without a plan line. */
export function plannedDay(visit: DatedVisit): string | null {
  if (visit.plannedDate) return visit.plannedDate;
  if (visit.plannedMonth == null) return null;
  return `${visit.year}-${String(visit.plannedMonth).padStart(2, '0')}-01`;
}

/** The group of a visit on `today`, or null (done, or not planned). */
export function dayPeriod(visit: DatedVisit, today: string): DayPeriod | null {
  if (DONE.has(visit.status)) return null;
  if (!visit.plannedDate) {
    if (visit.plannedMonth == null) return null;
    return monthEnd(visit.year, visit.plannedMonth) < today ? 'qua-han' : 'sap-toi';
  }
  if (visit.plannedDate < today) return 'qua-han';
  if (visit.plannedDate === today) return 'hom-nay';
  return visit.plannedDate <= weekEnd(today) ? 'tuan-nay' : 'sap-toi';
}

/** How many of the visits are in each group on `today`. */
export function countByPeriod(visits: readonly DatedVisit[], today: string): Record<DayPeriod, number> {
  const counts: Record<DayPeriod, number> = { 'hom-nay': 0, 'tuan-nay': 0, 'qua-han': 0, 'sap-toi': 0 };
  for (const visit of visits) {
    const period = dayPeriod(visit, today);
    if (period) counts[period] += 1;
  }
  return counts;
}

/** The order of the inspector's list: by planned day, the earliest first; unplanned visits last. */
export function byPlannedDay(a: DatedVisit, b: DatedVisit): number {
  const dayA = plannedDay(a) ?? '9999';
  const dayB = plannedDay(b) ?? '9999';
  return dayA < dayB ? -1 : dayA > dayB ? 1 : 0;
}

/** A `ky` address value as a group, or null for any other text. */
export function periodParam(raw: string): DayPeriod | null {
  return (DAY_PERIODS as readonly string[]).includes(raw) ? (raw as DayPeriod) : null;
}
