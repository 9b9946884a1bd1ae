import { describe, expect, it } from 'vitest';
import { byPlannedDay, countByPeriod, type DatedVisit, dayPeriod, vietnamToday, weekEnd } from './visit-day';

// Wednesday 10 June 2026: its week runs from Monday 8 to Sunday 14 June.
const TODAY = '2026-06-10';
const visit = (plannedDate: string | null, status = 'PLANNED', plannedMonth: number | null = null): DatedVisit => ({
  status,
  plannedDate,
  plannedMonth: plannedMonth ?? (plannedDate ? Number(plannedDate.slice(5, 7)) : null),
  year: 2026,
});

describe('dayPeriod', () => {
  it.each([
    ['planned today', visit('2026-06-10'), 'hom-nay'],
    ['planned today, started', visit('2026-06-10', 'IN_PROGRESS'), 'hom-nay'],
    ['later this week', visit('2026-06-12'), 'tuan-nay'],
    ['on Sunday, the end of the week', visit('2026-06-14'), 'tuan-nay'],
    ['next Monday', visit('2026-06-15'), 'sap-toi'],
    ['earlier this week, not started', visit('2026-06-08'), 'qua-han'],
    ['yesterday, in progress', visit('2026-06-09', 'IN_PROGRESS'), 'qua-han'],
    ['passed, returned for changes', visit('2026-05-02', 'RETURNED'), 'qua-han'],
    ['passed but submitted', visit('2026-05-02', 'SUBMITTED'), null],
    ['passed but approved', visit('2026-05-02', 'APPROVED'), null],
    ['today but already submitted', visit('2026-06-10', 'SUBMITTED'), null],
    ['a month only, ended', visit(null, 'PLANNED', 5), 'qua-han'],
    ['a month only, this month', visit(null, 'PLANNED', 6), 'sap-toi'],
    ['a month only, later', visit(null, 'PLANNED', 11), 'sap-toi'],
    ['no plan line', visit(null, 'IN_PROGRESS', null), null],
  ] as const)('%s -> %s', (_name, v, want) => {
    expect(dayPeriod(v, TODAY)).toBe(want);
  });

  it('counts each visit once', () => {
    const visits = [
      visit('2026-06-10'),
      visit('2026-06-11'),
      visit('2026-06-01'),
      visit('2026-07-01'),
      visit('2026-06-01', 'APPROVED'),
    ];
    expect(countByPeriod(visits, TODAY)).toEqual({ 'hom-nay': 1, 'tuan-nay': 1, 'qua-han': 1, 'sap-toi': 1 });
  });
});

describe('weekEnd (Monday to Sunday)', () => {
  it.each([
    ['2026-06-08', '2026-06-14'], // Monday
    ['2026-06-14', '2026-06-14'], // Sunday ends its own week
    ['2026-12-31', '2027-01-03'], // across the new year
    ['2024-02-27', '2024-03-03'], // across a leap February
  ])('%s -> %s', (today, end) => {
    expect(weekEnd(today)).toBe(end);
  });
});

describe('vietnamToday', () => {
  it.each([
    ['evening in UTC is already tomorrow in Vietnam', '2026-06-09T18:00:00Z', '2026-06-10'],
    ['just before midnight in Vietnam', '2026-06-10T16:59:00Z', '2026-06-10'],
  ])('%s', (_name, now, today) => {
    expect(vietnamToday(new Date(now))).toBe(today);
  });
});

describe('byPlannedDay', () => {
  it('puts the earliest planned day first, month-only lines at their month, unplanned last', () => {
    const list = [
      visit('2026-12-07'),
      visit(null, 'IN_PROGRESS', null),
      visit(null, 'PLANNED', 3),
      visit('2026-10-15'),
    ];
    expect([...list].sort(byPlannedDay).map((v) => v.plannedDate ?? v.plannedMonth)).toEqual([
      3,
      '2026-10-15',
      '2026-12-07',
      null,
    ]);
  });
});
