import { describe, expect, it } from 'vitest';
import { localTimeOfDay, todayLocalDate } from './department-time.js';

describe('department time (Vietnam, UTC+7, no daylight saving)', () => {
  it.each([
    ['2026-12-06T16:59:59Z', '2026-12-06', '23:59'],
    ['2026-12-06T17:00:00Z', '2026-12-07', '00:00'],
    ['2026-12-06T17:49:00Z', '2026-12-07', '00:49'],
    ['2026-12-31T17:00:00Z', '2027-01-01', '00:00'],
    ['2026-06-15T03:05:00Z', '2026-06-15', '10:05'],
  ])('%s is %s %s in Lạng Sơn', (instant, day, time) => {
    expect(todayLocalDate(new Date(instant))).toBe(day);
    expect(localTimeOfDay(new Date(instant))).toBe(time);
  });
});
