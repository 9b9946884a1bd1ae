/** The department works on Vietnam time: "today" and the year of a date are taken there. */
export const DEPARTMENT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Today's date as YYYY-MM-DD in the department's time zone. */
export function todayLocalDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: DEPARTMENT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
