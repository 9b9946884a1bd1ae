import { describe, expect, it } from 'vitest';
import { activeMonths, lineNotStarted, progressTotals } from './progress';

const month = (m: number, planned: number, done = 0, inProgress = 0, overdue = 0) => ({
  month: m,
  planned,
  done,
  inProgress,
  overdue,
});

describe('progressTotals', () => {
  it.each([
    ['empty plan', [], { planned: 0, done: 0, inProgress: 0, overdue: 0, doneShare: 0 }],
    ['one month', [month(3, 2, 1, 1)], { planned: 2, done: 1, inProgress: 1, overdue: 0, doneShare: 50 }],
    [
      'several months',
      [month(3, 2, 2), month(5, 3, 0, 1, 2), month(6, 0)],
      { planned: 5, done: 2, inProgress: 1, overdue: 2, doneShare: 40 },
    ],
  ])('%s', (_name, months, expected) => {
    expect(progressTotals(months)).toEqual(expected);
  });
});

describe('activeMonths', () => {
  it('keeps months with lines, sorted', () => {
    expect(activeMonths([month(9, 1), month(2, 0), month(4, 3)]).map((m) => m.month)).toEqual([4, 9]);
  });
});

describe('lineNotStarted', () => {
  it.each([
    [null, true],
    ['PLANNED', true],
    ['IN_PROGRESS', false],
    ['SUBMITTED', false],
    ['APPROVED', false],
  ])('%s → %s', (status, expected) => {
    expect(lineNotStarted(status)).toBe(expected);
  });
});
