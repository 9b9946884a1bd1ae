import { describe, expect, it } from 'vitest';
import { assessmentTotals, type TotalsCriterion, type TotalsScore } from './assessment-totals.js';
import { planCarryOver } from './carry-over.js';

const c = (id: string, parentId: string | null, maxPoints: number, isLeaf = true): TotalsCriterion => ({
  id,
  code: id,
  text: `Tiêu chí ${id}`,
  parentId,
  maxPoints,
  isLeaf,
});

/** Area 1 (3 points: 1.1 with 0,1 + 0,2; 1.2 with 2,7) and area 2 (7 points, one leaf). */
const CRITERIA = [
  c('1', null, 3, false),
  c('1.1', '1', 0.3, false),
  c('1.1.1', '1.1', 0.1),
  c('1.1.2', '1.1', 0.2),
  c('1.2', '1', 2.7),
  c('2', null, 7, false),
  c('2.1', '2', 7),
];

const s = (points: number | null, extra: Partial<TotalsScore> = {}): TotalsScore => ({
  points,
  notApplicable: false,
  appraisalPoints1: null,
  appraisalPoints2: null,
  ...extra,
});

describe('assessment totals', () => {
  it.each<[string, Record<string, TotalsScore>, { overall: object; areas: object[] }]>([
    [
      'nothing scored',
      {},
      {
        overall: {
          statedMaxPoints: 10,
          maxPoints: 10,
          selfPoints: 0,
          appraisalPoints: null,
          leaves: 4,
          scoredLeaves: 0,
        },
        areas: [
          { code: '1', maxPoints: 3, selfPoints: 0, leaves: 3 },
          { code: '2', maxPoints: 7, selfPoints: 0, leaves: 1 },
        ],
      },
    ],
    [
      'tenths that add up exactly',
      { '1.1.1': s(0.1), '1.1.2': s(0.2), '1.2': s(2.7), '2.1': s(6.5) },
      {
        overall: { maxPoints: 10, selfPoints: 9.5, scoredLeaves: 4 },
        areas: [
          { code: '1', selfPoints: 3, scoredLeaves: 3 },
          { code: '2', selfPoints: 6.5, scoredLeaves: 1 },
        ],
      },
    ],
    [
      'a criterion not applicable takes its maximum out',
      { '1.2': s(null, { notApplicable: true }), '1.1.1': s(0.1) },
      {
        overall: { statedMaxPoints: 10, maxPoints: 7.3, selfPoints: 0.1, notApplicableLeaves: 1 },
        areas: [
          { code: '1', statedMaxPoints: 3, maxPoints: 0.3, selfPoints: 0.1, notApplicableLeaves: 1 },
          { code: '2', maxPoints: 7, notApplicableLeaves: 0 },
        ],
      },
    ],
    [
      "the appraisal takes the second round's points where there are some",
      {
        '1.2': s(2.7, { appraisalPoints1: 2 }),
        '2.1': s(7, { appraisalPoints1: 6, appraisalPoints2: 6.75 }),
      },
      {
        overall: { selfPoints: 9.7, appraisalPoints: 8.75, appraisedLeaves: 2 },
        areas: [
          { code: '1', appraisalPoints: 2 },
          { code: '2', appraisalPoints: 6.75 },
        ],
      },
    ],
  ])('%s', (_name, scores, expected) => {
    const totals = assessmentTotals(CRITERIA, new Map(Object.entries(scores)));
    expect(totals.overall).toMatchObject(expected.overall);
    expect(totals.areas).toHaveLength(expected.areas.length);
    for (const [i, area] of expected.areas.entries()) expect(totals.areas[i]).toMatchObject(area);
  });
});

describe('carry-over of scores to a re-issued set', () => {
  const old = (code: string, text: string, maxPoints: number, points: number | null) => ({
    scoreId: `s-${code}`,
    code,
    text,
    maxPoints,
    points,
    notApplicable: false,
  });
  const leaf = (code: string, text: string, maxPoints: number, extra: object = {}) => ({
    code,
    text,
    maxPoints,
    bands: null,
    scoreStep: null,
    ...extra,
  });

  it.each([
    [
      'same code, text and maximum',
      old('1.1', 'Ban hành kế hoạch', 1, 1),
      leaf('1.1', 'Ban hành  kế hoạch', 1),
      'KEPT',
    ],
    ['the text changed', old('1.1', 'Ban hành kế hoạch', 1, 1), leaf('1.1', 'Ban hành kế hoạch CCHC', 1), 'CHANGED'],
    ['the maximum changed', old('1.1', 'Ban hành kế hoạch', 1, 1), leaf('1.1', 'Ban hành kế hoạch', 0.5), 'CHANGED'],
    [
      'the points no longer fit the new step',
      old('1.1', 'Ban hành kế hoạch', 1, 0.75),
      leaf('1.1', 'Ban hành kế hoạch', 1, { scoreStep: 0.5 }),
      'CHANGED',
    ],
    ['the criterion is gone', old('1.1', 'Ban hành kế hoạch', 1, 1), leaf('1.2', 'Khác', 1), 'RETIRED'],
  ])('%s', (_name, scored, newLeaf, outcome) => {
    expect(planCarryOver([scored], [newLeaf])[0]?.outcome).toBe(outcome);
  });

  it('says what changed', () => {
    const [moved] = planCarryOver([old('1.1', 'A', 1, 1)], [leaf('1.1', 'B', 1.5)]);
    expect(moved).toEqual({
      scoreId: 's-1.1',
      outcome: 'CHANGED',
      code: '1.1',
      note: 'Nội dung tiêu chí đã thay đổi; điểm tối đa đổi từ 1 thành 1,5: cần chấm lại.',
    });
  });
});
