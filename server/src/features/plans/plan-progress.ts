import { Field, Int, ObjectType } from 'type-graphql';
import { type Sql, sql } from '../../common/sql.js';

@ObjectType({ description: 'Tiến độ kế hoạch trong một tháng' })
export class PlanMonthProgress {
  @Field(() => Int)
  month!: number;

  @Field(() => Int, { description: 'Plan lines in the month' })
  planned!: number;

  @Field(() => Int, { description: 'Approved visits' })
  done!: number;

  @Field(() => Int, { description: 'Started, submitted or returned' })
  inProgress!: number;

  @Field(() => Int, { description: 'Not approved although the month has ended' })
  overdue!: number;
}

export interface LineState {
  plannedMonth: number;
  status: 'PLANNED' | 'IN_PROGRESS' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
}

/** Whether a planned month of `year` has ended by `today` (YYYY-MM-DD, the department's time zone). */
export function planMonthEnded(year: number, month: number, today: string): boolean {
  const [todayYear, todayMonth] = today.split('-').map(Number) as [number, number];
  return year < todayYear || (year === todayYear && month < todayMonth);
}

/**
 * Whether the visit `v` of a plan line of `year` carried the line out: approved and dated by 31 December
 * of the plan's year (what the roll-up's unfinished plans and the self-assessment's plan measure count).
 */
export const planVisitDoneSql = (year: number): Sql =>
  sql`(v.status = 'APPROVED' and v.visit_date <= make_date(${year}, 12, 31))`;

/**
 * Progress of a plan by month: a line is overdue when its month has ended (in the department's time
 * zone) and its visit is not approved. `today` is YYYY-MM-DD.
 */
export function planProgress(year: number, lines: LineState[], today: string): PlanMonthProgress[] {
  const ended = (month: number) => planMonthEnded(year, month, today);
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const inMonth = lines.filter((l) => l.plannedMonth === month);
    return {
      month,
      planned: inMonth.length,
      done: inMonth.filter((l) => l.status === 'APPROVED').length,
      inProgress: inMonth.filter((l) => ['IN_PROGRESS', 'SUBMITTED', 'RETURNED'].includes(l.status)).length,
      overdue: ended(month) ? inMonth.filter((l) => l.status !== 'APPROVED').length : 0,
    };
  });
}
