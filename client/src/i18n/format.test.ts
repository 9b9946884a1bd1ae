import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatNumber, parseDecimal, parseVietnameseDate, todayLocalDate } from './format';

describe('formatDate', () => {
  it.each([
    ['2015-01-01', '01/01/2015'],
    ['2026-12-31', '31/12/2026'],
    ['2024-02-29T10:00:00Z', '29/02/2024'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    ['not a date', 'not a date'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    [97.8, undefined, '97,8'],
    [100, undefined, '100'],
    [0.125, 2, '0,13'],
    [1234.5, undefined, '1.234,5'],
    [-3.25, 1, '-3,3'],
  ])('%s (max %s digits) → %s', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });
});

describe('parseDecimal', () => {
  it.each([
    ['21,8537', 21.8537],
    ['106.76', 106.76],
    ['  -5 ', -5],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it('gives NaN for text that is not a number', () => {
    expect(parseDecimal('abc')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
  });
});

describe('todayLocalDate', () => {
  it('is the calendar day in Vietnam, whatever the phone is set to', () => {
    expect(todayLocalDate(new Date('2026-01-05T16:59:00Z'))).toBe('2026-01-05');
    expect(todayLocalDate(new Date('2026-01-05T17:00:00Z'))).toBe('2026-01-06');
  });
});

describe('formatInstant', () => {
  it.each([
    ['2021-03-05T01:07:00Z', {}, '05/03/2021'],
    ['2021-03-05T01:07:00Z', { withTime: true }, '05/03/2021 08:07'],
    ['2021-12-31T16:59:00Z', { withTime: true }, '31/12/2021 23:59'],
    ['2021-12-31T17:00:00Z', { withTime: true }, '01/01/2022 00:00'],
    [null, {}, ''],
    ['', {}, ''],
    ['not a date', {}, 'not a date'],
  ])('%s %j → %s', (value, options, expected) => {
    expect(formatInstant(value, options)).toBe(expected);
  });
});

describe('parseVietnameseDate', () => {
  it.each([
    ['25/11/2021', '2021-11-25'],
    ['5/1/2022', '2022-01-05'],
    [' 05.01.2022 ', '2022-01-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['31/04/2021', null],
    ['2021-11-25', null],
    ['', null],
  ])('%s → %s', (text, iso) => {
    expect(parseVietnameseDate(text)).toBe(iso);
  });
});
