import { describe, expect, it } from 'vitest';
import { describeSkew, offsetFromAnswer } from './server-clock';

const DAY = 24 * 3600 * 1000;

describe('offsetFromAnswer', () => {
  const sent = Date.parse('2025-12-06T03:00:00.000Z');
  it.each([
    { name: 'no header', header: null, want: null },
    { name: 'not a date', header: 'yesterday', want: null },
    // The phone a year behind: the server says 2026, the request took 200 ms.
    { name: 'a year behind', header: 'Sun, 06 Dec 2026 03:00:00 GMT', want: 365 * DAY + 500 - 100 },
    { name: 'in step', header: 'Sat, 06 Dec 2025 03:00:00 GMT', want: 400 },
    { name: 'two hours ahead', header: 'Sat, 06 Dec 2025 01:00:00 GMT', want: -2 * 3600 * 1000 + 400 },
  ])('$name', ({ header, want }) => {
    expect(offsetFromAnswer(header, sent, sent + 200)).toBe(want);
  });
});

describe('describeSkew', () => {
  it.each([
    { offset: null, want: null },
    { offset: 0, want: null },
    { offset: 4 * 60 * 1000, want: null },
    { offset: -4 * 60 * 1000, want: null },
    { offset: 7 * 60 * 1000, want: { direction: 'behind', unit: 'minutes', amount: 7 } },
    { offset: -3 * 3600 * 1000, want: { direction: 'ahead', unit: 'hours', amount: 3 } },
    { offset: 365 * DAY + 400, want: { direction: 'behind', unit: 'days', amount: 365 } },
  ])('$offset', ({ offset, want }) => {
    expect(describeSkew(offset)).toEqual(want);
  });
});
