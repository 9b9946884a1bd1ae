import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatPlaceDate,
  issuingAgencies,
  labelOf,
  procedureLevelName,
  SEVERITY_LABELS,
} from './vietnamese.js';

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

describe('labels', () => {
  it('names a procedure level in a row as the register names it in a cell', () => {
    expect(['TINH', 'HUYEN', 'XA'].map((l) => procedureLevelName(l as 'TINH'))).toEqual([
      'Cấp tỉnh',
      'Cấp huyện',
      'Cấp xã',
    ]);
  });

  it.each([
    ['HIGH', 'Nghiêm trọng'],
    ['UNKNOWN', 'UNKNOWN'],
    ['toString', 'toString'],
  ])('labels %s read as text as %s', (value, label) => {
    expect(labelOf(SEVERITY_LABELS, value)).toBe(label);
  });
});
