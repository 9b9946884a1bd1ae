import { describe, expect, it } from 'vitest';
import { areasOf, criterionAnchor, leafState } from './assessment-tree';

const c = (id: string, parentId: string | null, position: number) => ({ id, parentId, position });

describe('the criteria laid out by area', () => {
  it('puts each criterion and component under its area, in the set’s order, with its depth', () => {
    const criteria = [
      c('2', null, 5),
      c('1.1.1', '1.1', 3),
      c('1', null, 1),
      c('1.1', '1', 2),
      c('1.2', '1', 4),
      c('2.1', '2', 6),
    ];
    const areas = areasOf(criteria);
    expect(areas.map((a) => a.area.id)).toEqual(['1', '2']);
    expect(areas[0]?.items.map((i) => [i.criterion.id, i.depth])).toEqual([
      ['1.1', 1],
      ['1.1.1', 2],
      ['1.2', 1],
    ]);
    expect(areas[1]?.items.map((i) => i.criterion.id)).toEqual(['2.1']);
  });

  it('says where a scored criterion stands', () => {
    expect(leafState(undefined)).toBe('UNSCORED');
    expect(leafState({ points: null, notApplicable: false, needsReview: false })).toBe('UNSCORED');
    expect(leafState({ points: 0, notApplicable: false, needsReview: false })).toBe('SCORED');
    expect(leafState({ points: null, notApplicable: true, needsReview: false })).toBe('NOT_APPLICABLE');
    expect(leafState({ points: 1, notApplicable: false, needsReview: true })).toBe('NEEDS_REVIEW');
  });

  it('names the anchor of a criterion by its code', () => {
    expect(criterionAnchor('1.1.2')).toBe('tieu-chi-1-1-2');
  });
});
