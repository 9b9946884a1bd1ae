import { describe, expect, it } from 'vitest';
import { comparisonYear, isYearComplete, lastCompleteYear } from './year-status';

describe('year completeness', () => {
  it.each([
    [2025, '2026-12-07', true],
    [2026, '2026-12-07', false],
    [2026, '2026-12-31', false],
    [2026, '2027-01-01', true],
    [2027, '2026-12-07', false],
    [2020, '2026-12-07', true],
  ])('%i on %s is complete: %s', (year, today, complete) => {
    expect(isYearComplete(year, today)).toBe(complete);
  });

  it.each([
    ['2026-12-07', 2025],
    ['2026-01-01', 2025],
    ['2026-12-31', 2025],
    ['2027-01-01', 2026],
  ])('on %s the last complete year is %i', (today, year) => {
    expect(lastCompleteYear(today)).toBe(year);
    expect(isYearComplete(year, today)).toBe(true);
    expect(isYearComplete(year + 1, today)).toBe(false);
  });

  it.each([
    // A past year against the year before it.
    [2021, '2026-12-07', 2020],
    [2025, '2026-12-07', 2024],
    // The unfinished current year against the last complete one.
    [2026, '2026-12-07', 2025],
    // A year ahead (a plan) against the last complete year, never an unfinished one.
    [2027, '2026-12-07', 2025],
  ])('%i on %s is compared with %i', (year, today, previous) => {
    expect(comparisonYear(year, today)).toBe(previous);
    expect(isYearComplete(comparisonYear(year, today), today)).toBe(true);
  });
});
