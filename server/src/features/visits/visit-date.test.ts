import { describe, expect, it } from 'vitest';
import { visitDateProblem } from './visit-date.js';

describe('visitDateProblem', () => {
  it.each([
    { name: 'today, in the plan year', date: '2026-12-06', year: 2026, today: '2026-12-06', want: null },
    { name: 'earlier in the plan year', date: '2026-01-02', year: 2026, today: '2026-12-06', want: null },
    {
      name: 'a phone a year behind',
      date: '2025-12-06',
      year: 2026,
      today: '2026-12-06',
      want: {
        code: 'VISIT_DATE_OUTSIDE_PLAN_YEAR',
        message:
          'Ngày kiểm tra 06/12/2025 không thuộc năm 2026 của kế hoạch. Hãy kiểm tra ngày giờ của điện thoại (đặt tự động theo mạng) rồi bắt đầu lại.',
      },
    },
    {
      name: 'a phone a day ahead',
      date: '2026-12-07',
      year: 2026,
      today: '2026-12-06',
      want: {
        code: 'VISIT_DATE_IN_FUTURE',
        message:
          'Ngày kiểm tra 07/12/2026 sau ngày hôm nay (06/12/2026). Hãy kiểm tra ngày giờ của điện thoại (đặt tự động theo mạng) rồi bắt đầu lại.',
      },
    },
    {
      name: "last year's plan, visited late but in its year",
      date: '2025-12-31',
      year: 2025,
      today: '2026-01-05',
      want: null,
    },
    {
      name: "next year's plan, started this year",
      date: '2026-12-06',
      year: 2027,
      today: '2026-12-06',
      want: 'VISIT_DATE_OUTSIDE_PLAN_YEAR',
    },
  ])('$name', ({ date, year, today, want }) => {
    const problem = visitDateProblem(date, year, today);
    if (typeof want === 'string') expect(problem?.code).toBe(want);
    else expect(problem).toEqual(want);
  });
});
