/**
 * The department works on Vietnam time: "today", the day of an instant and the year of a date are taken
 * there, on the server and on the phone alike, whatever time zone the phone is set to. A visit started
 * at 00:30 on 07/12 in Lạng Sơn is dated 07/12 by both, even on a phone left on UTC.
 */
export const DEPARTMENT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

let dayFormat: Intl.DateTimeFormat | undefined;
let timeFormat: Intl.DateTimeFormat | undefined;

/** The day of an instant (today by default) as YYYY-MM-DD in the department's time zone. */
export function todayLocalDate(now: Date = new Date()): string {
  dayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: DEPARTMENT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return dayFormat.format(now);
}

/** The time of day of an instant as HH:mm (24 hours) in the department's time zone. */
export function localTimeOfDay(instant: Date): string {
  timeFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: DEPARTMENT_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return timeFormat.format(instant);
}
