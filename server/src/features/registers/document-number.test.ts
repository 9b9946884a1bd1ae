import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber } from './document-number.js';

describe('normaliseDocumentNumber', () => {
  it.each([
    ['80/KH-SNN', '80/KH-SNN'],
    ['2187/SNN-VP', '2187/SNN-VP'],
    ['45/QĐ-SNN', '45/QĐ-SNN'],
    ['490/KL-TH', '490/KL-TH'],
    ['167/KH-UBND', '167/KH-UBND'],
    [' 12 / BC - SNN ', '12/BC-SNN'],
    // decomposed Đ and marks (NFD) are stored composed
    ['45/QĐ-SNN'.normalize('NFD'), '45/QĐ-SNN'],
    ['7/TB', '7/TB'],
  ])('%j is %j', (raw, expected) => {
    expect(normaliseDocumentNumber(raw)).toBe(expected);
  });

  it.each([
    '',
    '80',
    '/KH-SNN',
    '80/',
    '80/kh-snn',
    '80-KH/SNN',
    '80/KH--SNN',
    '80/KH-SNN-',
    'A1/KH-SNN',
    '80/KH-SNN1',
    '80/KH_SNN',
    '123/2021/NĐ-CP',
  ])('%j is refused', (raw) => {
    expect(normaliseDocumentNumber(raw)).toBeNull();
  });
});
