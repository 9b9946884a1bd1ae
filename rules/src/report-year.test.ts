import { describe, expect, it } from 'vitest';
import { isReportYear, selectableYears } from './report-year.js';

describe('report year', () => {
  it.each([
    [2000, true],
    [2021, true],
    [2100, true],
    [1999, false],
    [2101, false],
    [2021.5, false],
    [Number.NaN, false],
    ['2021', false],
    [null, false],
  ])('%s is a report year: %s', (year, expected) => {
    expect(isReportYear(year)).toBe(expected);
  });

  it.each([
    [2026, {}, 2026, 12],
    [2026, { ahead: true }, 2027, 13],
    [2015, {}, 2015, 1],
  ])('from %s with %o: first %s, %s years down to 2015', (current, options, first, count) => {
    const years = selectableYears(current, options);
    expect(years[0]).toBe(first);
    expect(years).toHaveLength(count);
    expect(years.at(-1)).toBe(2015);
  });
});
