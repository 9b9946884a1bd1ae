import { describe, expect, it } from 'vitest';
import { type LineState, planProgress } from './plan-progress.js';

const line = (plannedMonth: number, status: LineState['status']): LineState => ({ plannedMonth, status });

describe('planProgress', () => {
  it.each([
    // [case, plan year, lines, today, month to check, expected]
    [
      'approved in a past month is done, not overdue',
      2026,
      [line(3, 'APPROVED')],
      '2026-11-26',
      3,
      { planned: 1, done: 1, inProgress: 0, overdue: 0 },
    ],
    [
      'not started in a past month is overdue',
      2026,
      [line(3, 'PLANNED')],
      '2026-11-26',
      3,
      { planned: 1, done: 0, inProgress: 0, overdue: 1 },
    ],
    [
      'submitted in a past month is in progress and overdue',
      2026,
      [line(10, 'SUBMITTED')],
      '2026-11-26',
      10,
      { planned: 1, done: 0, inProgress: 1, overdue: 1 },
    ],
    [
      'the current month is not overdue yet',
      2026,
      [line(11, 'PLANNED')],
      '2026-11-26',
      11,
      { planned: 1, done: 0, inProgress: 0, overdue: 0 },
    ],
    [
      'a future month is not overdue',
      2026,
      [line(12, 'RETURNED')],
      '2026-11-26',
      12,
      { planned: 1, done: 0, inProgress: 1, overdue: 0 },
    ],
    [
      'every month of a past year has ended',
      2021,
      [line(12, 'IN_PROGRESS')],
      '2026-01-02',
      12,
      { planned: 1, done: 0, inProgress: 1, overdue: 1 },
    ],
    [
      'a future year has nothing overdue',
      2027,
      [line(1, 'PLANNED')],
      '2026-11-26',
      1,
      { planned: 1, done: 0, inProgress: 0, overdue: 0 },
    ],
    ['an empty month', 2026, [line(1, 'PLANNED')], '2026-11-26', 2, { planned: 0, done: 0, inProgress: 0, overdue: 0 }],
  ] as const)('%s', (_case, year, lines, today, month, expected) => {
    const progress = planProgress(year, [...lines], today);
    expect(progress).toHaveLength(12);
    expect(progress[month - 1]).toEqual({ month, ...expected });
  });
});
