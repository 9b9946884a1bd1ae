import { describe, expect, it } from 'vitest';
import { addDays, failedItemDeadline, failedItemDescription, storedText } from './failed-item-finding.js';

describe('failed-item finding rules', () => {
  it.each([
    ['2026-12-06', 30, '2027-01-05'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', 0, '2026-03-01'],
  ])('%s plus %s days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('a failed item is due 30 days after the visit', () => {
    expect(failedItemDeadline('2026-11-20')).toBe('2026-12-20');
  });

  it.each([
    ['Có sổ theo dõi', null, 'Có sổ theo dõi'],
    ['Có sổ theo dõi', '', 'Có sổ theo dõi'],
    ['Có sổ theo dõi', 'Chưa cập nhật', 'Có sổ theo dõi Chưa cập nhật'],
  ])('item %j with note %j: %j', (item, note, expected) => {
    expect(failedItemDescription(item, note)).toBe(expected);
  });

  it.each([
    ['  Đạt  ', 'Đạt'],
    ['\n\t', null],
    ['', null],
    [null, null],
    [undefined, null],
    // Decomposed "ạ" (a + combining dot below) is stored composed.
    ['Đa\u0323t', 'Đạt'],
  ])('stores %j as %j', (value, expected) => {
    expect(storedText(value)).toBe(expected);
  });
});
