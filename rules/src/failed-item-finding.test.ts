import { describe, expect, it } from 'vitest';
import { addDays, answerWording, failedItemDeadline, followAnswerWording, storedText } from './failed-item-finding.js';

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

  const found = (foundText: string | null, recommendation: string | null = null) => ({ foundText, recommendation });

  it.each([
    [
      'a Không đạt answer stores what was found, trimmed',
      'FAIL',
      { foundText: ' Sổ ghi đến 30/4 ' },
      null,
      found('Sổ ghi đến 30/4'),
    ],
    ['empty text is not written', 'FAIL', { foundText: '  ', recommendation: '' }, found('Cũ', 'Cũ'), found(null)],
    [
      'an old phone that leaves them out keeps the stored ones',
      'FAIL',
      {},
      found('Cũ', 'Bổ sung'),
      found('Cũ', 'Bổ sung'),
    ],
    ['nothing stored, nothing given: not written', 'FAIL', {}, null, found(null)],
    ['another answer has none', 'PASS', { foundText: 'Thấy' }, found('Cũ'), found(null)],
    ['no answer has none', null, { foundText: 'Thấy' }, null, found(null)],
  ] as const)('%s', (_label, passFail, given, stored, expected) => {
    expect(answerWording(passFail, given, stored)).toEqual(expected);
  });

  it.each([
    ['follows the answer', found('A', 'K'), found('A', 'K'), found('B', 'L'), found('B', 'L')],
    [
      'text edited on the finding stays',
      found('Sửa tay', 'K'),
      found('A', 'K'),
      found('B', 'L'),
      found('Sửa tay', 'L'),
    ],
    ['a finding not written yet takes the first text', found(null), null, found('B'), found('B')],
    ['a migrated finding (no text) follows the answer', found(null), found(null), found('B', 'L'), found('B', 'L')],
  ] as const)('finding wording: %s', (_label, finding, previous, next, expected) => {
    expect(followAnswerWording(finding, previous, next)).toEqual(expected);
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
