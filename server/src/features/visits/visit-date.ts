/**
 * Whether the date a visit is given (the day it was started on the phone, in the department's time zone)
 * can be true. The phone's clock is not trusted: a phone a year behind dated a 2026 visit 2025-12-06.
 * What the server can check, it checks: the date lies in the year of the visit's plan and not after the
 * server's today. Pure, so that each case is a row in a table test.
 */
export type VisitDateCode = 'VISIT_DATE_OUTSIDE_PLAN_YEAR' | 'VISIT_DATE_IN_FUTURE';

export interface VisitDateProblem {
  code: VisitDateCode;
  message: string;
}

/** 2026-12-06 -> 06/12/2026, as dates are written in Vietnamese documents. */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

const CHECK_CLOCK = 'Hãy kiểm tra ngày giờ của điện thoại (đặt tự động theo mạng) rồi bắt đầu lại.';

/** `visitDate` and `serverToday` are YYYY-MM-DD in the department's time zone. */
export function visitDateProblem(visitDate: string, planYear: number, serverToday: string): VisitDateProblem | null {
  if (visitDate > serverToday) {
    return {
      code: 'VISIT_DATE_IN_FUTURE',
      message: `Ngày kiểm tra ${vietnameseDate(visitDate)} sau ngày hôm nay (${vietnameseDate(serverToday)}). ${CHECK_CLOCK}`,
    };
  }
  if (Number(visitDate.slice(0, 4)) !== planYear) {
    return {
      code: 'VISIT_DATE_OUTSIDE_PLAN_YEAR',
      message: `Ngày kiểm tra ${vietnameseDate(visitDate)} không thuộc năm ${planYear} của kế hoạch. ${CHECK_CLOCK}`,
    };
  }
  return null;
}
