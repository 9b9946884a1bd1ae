import { describe, expect, it } from 'vitest';
import { assessmentComparison, type ComparedScore, type ComparedYear } from './assessment-comparison.js';
import type { TotalsCriterion } from './assessment-totals.js';

const c = (id: string, parentId: string | null, maxPoints: number, isLeaf = true): TotalsCriterion => ({
  id,
  code: id,
  text: `Tiêu chí ${id}`,
  parentId,
  maxPoints,
  isLeaf,
});

/** Area 1 (3 points: 1.1 and 1.2) and area 2 (7 points: 2.1); last year also had area 3. */
const NOW = [c('1', null, 3, false), c('1.1', '1', 1), c('1.2', '1', 2), c('2', null, 7, false), c('2.1', '2', 7)];
const BEFORE = [...NOW, c('3', null, 2, false), c('3.1', '3', 2)];

const s = (points: number | null, extra: Partial<ComparedScore> = {}): ComparedScore => ({
  points,
  notApplicable: false,
  appraisalPoints1: null,
  appraisalPoints2: null,
  explanation: 'Giải trình',
  evidenceCount: 1,
  ...extra,
});

const year = (y: number, criteria: TotalsCriterion[], scores: Record<string, ComparedScore>, final = false) =>
  ({ year: y, final, criteria, scores: new Map(Object.entries(scores)) }) satisfies ComparedYear;

const THIS_YEAR = year(2026, NOW, {
  '1.1': s(0.5, { evidenceCount: 0 }),
  '1.2': s(2),
  '2.1': s(3.5, { explanation: ' ' }),
});

describe('against last year', () => {
  it.each<[string, ComparedYear | null, object]>([
    [
      'no assessment last year: nothing to compare',
      null,
      {
        previousYear: null,
        previousIsAppraisal: false,
        overall: { selfPoints: 6, maxPoints: 10, comparable: false, previousPoints: null, difference: null },
        areas: [
          { code: '1', selfPoints: 2.5, comparable: false, difference: null },
          { code: '2', selfPoints: 3.5, comparable: false, difference: null },
        ],
        droppedAreaCodes: [],
      },
    ],
    [
      'last year in draft: its self-score, area 3 dropped',
      year(2025, BEFORE, { '1.1': s(1, { appraisalPoints1: 0.2 }), '1.2': s(1.25), '2.1': s(5), '3.1': s(2) }),
      {
        previousYear: 2025,
        previousIsAppraisal: false,
        overall: { selfPoints: 6, previousMaxPoints: 12, previousPoints: 9.25, difference: -3.25, comparable: true },
        areas: [
          { code: '1', selfPoints: 2.5, previousPoints: 2.25, difference: 0.25, comparable: true },
          { code: '2', selfPoints: 3.5, previousPoints: 5, difference: -1.5, comparable: true },
        ],
        droppedAreaCodes: ['3'],
      },
    ],
    [
      'last year final: its appraisal (round 2 over round 1); a new area cannot be compared',
      year(
        2025,
        [c('1', null, 3, false), c('1.1', '1', 1), c('1.2', '1', 2)],
        { '1.1': s(1, { appraisalPoints1: 0.5 }), '1.2': s(2, { appraisalPoints1: 1, appraisalPoints2: 1.75 }) },
        true,
      ),
      {
        previousYear: 2025,
        previousIsAppraisal: true,
        overall: { previousPoints: 2.25, difference: 3.75 },
        areas: [
          { code: '1', previousMaxPoints: 3, previousPoints: 2.25, difference: 0.25, comparable: true },
          { code: '2', previousMaxPoints: null, previousPoints: null, difference: null, comparable: false },
        ],
        droppedAreaCodes: [],
      },
    ],
  ])('%s', (_name, previous, expected) => {
    expect(assessmentComparison(THIS_YEAR, previous)).toMatchObject(expected);
  });
});

describe('appraisal gaps and the weakest criteria', () => {
  it('lists appraised criteria by the size of their gap, round 2 over round 1', () => {
    const y = year(2026, NOW, {
      '1.1': s(1, { appraisalPoints1: 1 }),
      '1.2': s(2, { appraisalPoints1: 0.5, appraisalPoints2: 1.5 }),
      '2.1': s(4, { appraisalPoints1: 6 }),
    });
    expect(assessmentComparison(y, null).appraisalGaps.map((g) => [g.code, g.gap])).toEqual([
      ['2.1', 2],
      ['1.2', -0.5],
      ['1.1', 0],
    ]);
  });

  it.each<[string, Record<string, ComparedScore>, [string, number, boolean][]]>([
    [
      'lowest share first; at the maximum, unscored or not applicable are left out',
      { '1.1': s(0.5, { evidenceCount: 0 }), '1.2': s(2, { evidenceCount: 0 }), '2.1': s(3.5, { explanation: ' ' }) },
      [
        // 1.1: 0,5/1 without evidence; 2.1: 3,5/7 with a blank explanation; 1.2 at the maximum needs nothing.
        ['2.1', 0.5, true],
        ['1.1', 0.5, true],
      ],
    ],
    [
      'below the maximum with evidence and an explanation is no gap',
      { '1.1': s(0), '1.2': s(null), '2.1': s(null, { notApplicable: true }) },
      [['1.1', 0, false]],
    ],
  ])('the weakest: %s', (_name, scores, expected) => {
    const weakest = assessmentComparison(year(2026, NOW, scores), null).weakest;
    expect(weakest.map((w) => [w.code, w.ratio, w.evidenceGap])).toEqual(expected);
  });

  it('keeps only as many as asked', () => {
    const y = year(2026, NOW, { '1.1': s(0), '1.2': s(0), '2.1': s(0) });
    expect(assessmentComparison(y, null, 2).weakest.map((w) => w.code)).toEqual(['2.1', '1.2']);
  });
});
