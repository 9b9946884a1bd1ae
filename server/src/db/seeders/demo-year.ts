import { todayLocalDate } from '../../common/local-date.js';

/**
 * The year of the demo's plan under way: the current year when the data is seeded, by the server's clock in
 * the department's time zone. A fixed year would turn into a past year's plan on 1 January, whose visits
 * can no longer be started (VISIT_DATE_OUTSIDE_PLAN_YEAR). Tests read the year from here too.
 */
export function demoCurrentYear(now: Date = new Date()): number {
  return Number(todayLocalDate(now).slice(0, 4));
}

export interface DemoPlanUnderWay {
  year: number;
  /** The team's founding decision and the plan's document: both already issued, so never after today. */
  decisionDate: string;
  documentDate: string;
  /** The planned month and day (day of the month) of each unit's visit; none of the visits has started. */
  lines: readonly (readonly [unitCode: string, plannedMonth: number, plannedDay: number])[];
}

/**
 * The plan under way for `today` (YYYY-MM-DD, department time): the team decided on 20 February and the plan
 * issued on 25 February, or today when the year is younger than that, and visits planned for October to
 * December, which may still lie ahead, as a plan's months do. Each has a planned day: seeded in
 * December 2026 (the demo's 7 December), two are overdue, one is today and one the week after. The units are those after the 2025 reform
 * (demo-reform.ts): two area ranger stations, a sub-department, and the land registration office that came
 * from the former Sở Tài nguyên và Môi trường.
 *
 * The years between 2022 and the current year get no plan but 2025, the year of the reform (demo-2025.ts):
 * the demo is seeded once, into an empty database, so a database seeded in 2026 keeps its 2026 plan and
 * one seeded in 2027 shows 2021, 2022 (the years of the annual report figures), 2025 and 2027.
 */
export function demoPlanUnderWay(today: string): DemoPlanUnderWay {
  const year = Number(today.slice(0, 4));
  const notAfterToday = (date: string) => (date < today ? date : today);
  return {
    year,
    decisionDate: notAfterToday(`${year}-02-20`),
    documentDate: notAfterToday(`${year}-02-25`),
    lines: [
      ['HKL-CL', 11, 20],
      ['HKL-TD', 12, 7],
      ['CCTL', 12, 17],
      ['VPDKDD', 10, 15],
    ],
  };
}
