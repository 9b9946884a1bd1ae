import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatPlaceDate, issuingAgencies } from './vietnamese-format.js';

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

describe('dates', () => {
  it('writes dd/MM/yyyy and the place line', () => {
    expect(formatDate('2021-04-05')).toBe('05/04/2021');
    expect(formatPlaceDate('Lạng Sơn', '2021-11-09', 2021)).toBe('Lạng Sơn, ngày 09 tháng 11 năm 2021');
    expect(formatPlaceDate('Lạng Sơn', null, 2021)).toMatch(/^Lạng Sơn, ngày\s+tháng\s+năm 2021$/);
    expect(formatPlaceDate('Lạng Sơn', null, 2021, 11)).toBe('Lạng Sơn, ngày      tháng 11 năm 2021');
    expect(formatPlaceDate('Lạng Sơn', '2021-11-09', 2021, 12)).toBe('Lạng Sơn, ngày 09 tháng 11 năm 2021');
  });
});

describe('issuingAgencies', () => {
  it('splits the province off the department name', () => {
    expect(issuingAgencies('Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn')).toEqual({
      parent: 'UBND TỈNH LẠNG SƠN',
      issuer: 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      issuerName: 'Sở Nông nghiệp và Phát triển nông thôn',
      place: 'Lạng Sơn',
    });
  });

  it('keeps a name without a province whole', () => {
    expect(issuingAgencies(' Sở Tư pháp ')).toEqual({
      parent: null,
      issuer: 'SỞ TƯ PHÁP',
      issuerName: 'Sở Tư pháp',
      place: null,
    });
  });
});
