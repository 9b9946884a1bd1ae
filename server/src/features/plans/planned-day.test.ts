import { describe, expect, it } from 'vitest';
import { keptPlannedDay, plannedDayProblem } from './planned-day.js';

describe('plannedDayProblem', () => {
  it.each([
    [2026, 3, '2026-03-15', null],
    [2026, 1, '2026-01-01', null],
    [2026, 12, '2026-12-31', null],
    [2026, 12, '2027-12-01', 'OUT_OF_YEAR'],
    [2026, 1, '2025-01-31', 'OUT_OF_YEAR'],
    [2026, 3, '2026-04-01', 'MONTH_MISMATCH'],
    [2026, 3, '2026-02-28', 'MONTH_MISMATCH'],
  ] as const)('plan %i, month %i, day %s -> %s', (year, month, date, want) => {
    expect(plannedDayProblem(year, month, date)).toBe(want);
  });
});

describe('keptPlannedDay', () => {
  const line = { plannedMonth: 3, plannedDate: '2026-03-15' };
  it.each([
    ['not sent, month kept: the day stays', 3, undefined, '2026-03-15'],
    ['not sent, month moved: the day goes', 4, undefined, null],
    ['sent: the new day', 4, '2026-04-02', '2026-04-02'],
    ['null: cleared', 3, null, null],
  ] as const)('%s', (_, month, asked, want) => {
    expect(keptPlannedDay(line, month, asked)).toBe(want);
  });
  it('a line without a day stays without one', () => {
    expect(keptPlannedDay({ plannedMonth: 3, plannedDate: null }, 3, undefined)).toBeNull();
  });
});
