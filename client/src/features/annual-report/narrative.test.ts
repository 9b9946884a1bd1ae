import { describe, expect, it } from 'vitest';
import { EMPTY_NARRATIVE, isEmptyNarrative, narrativeOf, sameNarrative } from './narrative';

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
