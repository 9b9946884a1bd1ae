import { describe, expect, it } from 'vitest';
import { EMPTY_NARRATIVE, isEmptyNarrative, narrativeOf, parseVietnameseDate, sameNarrative } from './narrative';

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

describe('narratives', () => {
  it('reads null parts as empty text and compares as the server stores them', () => {
    const draft = narrativeOf({ strengths: 'Ưu điểm', basis: null });
    expect(draft.basis).toBe('');
    expect(sameNarrative(draft, { ...draft, strengths: ' Ưu điểm\r\n' })).toBe(true);
    expect(sameNarrative(draft, { ...draft, strengths: 'Ưu điểm khác' })).toBe(false);
    expect(isEmptyNarrative(narrativeOf(null))).toBe(true);
    expect(isEmptyNarrative({ ...EMPTY_NARRATIVE, directions: '  ' })).toBe(true);
  });
});
