import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from './vietnamese-format.js';

describe('formatPercent', () => {
  it.each([
    [45, 46, '97,83%'],
    [489, 500, '97,8%'],
    [80, 91, '87,91%'],
    [1, 6, '16,67%'],
    [1, 8, '12,5%'],
    [2, 3, '66,67%'],
    [1, 200, '0,5%'],
    [1, 30_000, '0%'],
    [46, 46, '100%'],
    [0, 5, '0%'],
  ])('%i of %i is %s', (part, whole, expected) => {
    expect(formatPercent(part, whole)).toBe(expected);
  });

  it.each([
    [0, 0],
    [1, -2],
    [1.5, 3],
  ])('%s of %s has no percentage', (part, whole) => {
    expect(formatPercent(part, whole)).toBeNull();
  });
});

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [3, '3'],
    [2.5, '2,5'],
    [1234.567, '1.234,57'],
    [-0.001, '0'],
    [-12.1, '-12,1'],
  ])('%s is %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2021-04-05', '05/04/2021'],
    ['2026-12-31', '31/12/2026'],
    ['2024-02-29T10:00:00Z', '29/02/2024'],
  ])('%s is %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
});
