import { describe, expect, it } from 'vitest';
import { demoCurrentYear, demoPlanUnderWay } from './demo-year.js';

describe('the year of the demo plan under way', () => {
  it.each([
    ['midday in Vietnam', '2026-12-06T05:00:00Z', 2026],
    ['New Year in Vietnam, still 31 December in UTC', '2026-12-31T17:30:00Z', 2027],
    ['the last minute of the year in Vietnam', '2026-12-31T16:59:00Z', 2026],
  ])('%s: %s is in %i', (_name, now, year) => {
    expect(demoCurrentYear(new Date(now))).toBe(year);
  });
});

describe('the demo plan under way', () => {
  const lines = [
    ['HKL-CL', 11, 20],
    ['HKL-TD', 12, 7],
    ['CCTL', 12, 17],
    ['VPDKDD', 10, 15],
  ];
  it.each([
    ['in 2026: the plan the demo has always had', '2026-12-06', 2026, '2026-02-20', '2026-02-25'],
    ['on New Year: decided and issued today', '2027-01-01', 2027, '2027-01-01', '2027-01-01'],
    ['between the decision and the plan', '2027-02-22', 2027, '2027-02-20', '2027-02-22'],
    ['on the day of the plan', '2027-02-25', 2027, '2027-02-20', '2027-02-25'],
    ['later in the year', '2027-06-15', 2027, '2027-02-20', '2027-02-25'],
  ])('%s (%s)', (_name, today, year, decisionDate, documentDate) => {
    expect(demoPlanUnderWay(today)).toEqual({ year, decisionDate, documentDate, lines });
  });
});
