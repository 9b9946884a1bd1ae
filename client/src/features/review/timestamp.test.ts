import { describe, expect, it } from 'vitest';
import { formatInstant } from './timestamp';

describe('formatInstant', () => {
  const local = (y: number, m: number, d: number, h: number, min: number) =>
    new Date(y, m - 1, d, h, min).toISOString();
  it.each([
    [local(2021, 3, 5, 8, 7), {}, '05/03/2021'],
    [local(2021, 3, 5, 8, 7), { withTime: true }, '05/03/2021 08:07'],
    [local(2021, 12, 31, 23, 59), { withTime: true }, '31/12/2021 23:59'],
    [null, {}, ''],
    ['', {}, ''],
    ['not a date', {}, 'not a date'],
  ])('%s %j → %s', (value, options, expected) => {
    expect(formatInstant(value, options)).toBe(expected);
  });
});
