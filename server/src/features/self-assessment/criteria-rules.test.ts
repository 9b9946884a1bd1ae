import { describe, expect, it } from 'vitest';
import {
  type CriterionDraft,
  criteriaTreeProblems,
  impliedParentCode,
  needsOverrideExplanation,
  type ScoringGuide,
  scoreProblem,
} from './criteria-rules.js';

const node = (code: string, maxPoints: number, extra: Partial<CriterionDraft> = {}): CriterionDraft => ({
  code,
  parentCode: impliedParentCode(code),
  text: `Tiêu chí ${code}`,
  maxPoints,
  bands: null,
  scoreStep: null,
  measure: null,
  measureParams: null,
  ...extra,
});

/** A small good set: two areas, 3 + 7 = 10 points, decimals that binary floats get wrong (0,1 + 0,2). */
const GOOD: CriterionDraft[] = [
  node('1', 3),
  node('1.1', 0.3),
  node('1.1.1', 0.1),
  node('1.1.2', 0.2),
  node('1.2', 2.7, {
    bands: [
      { minPercent: 100, points: 2.7 },
      { minPercent: 0, points: 0 },
    ],
  }),
  node('2', 7, { text: 'Lĩnh vực 2' }),
  node('2.1', 7, { scoreStep: 0.25, measure: 'PLAN_INSPECTED' }),
];

const codesOf = (nodes: CriterionDraft[], total = 10) =>
  criteriaTreeProblems(nodes, total).map((p) => [p.code, p.error.code]);

describe('criteria tree rules', () => {
  it.each<[string, CriterionDraft[], number, (string | null)[][]]>([
    ['a good set', GOOD, 10, []],
    ['a duplicate code', [...GOOD, node('1.1.2', 0)], 10, [['1.1.2', 'CRITERIA_DUPLICATE_CODE']]],
    [
      'a parent that is not in the set',
      [...GOOD.filter((n) => n.code !== '1.1'), node('1.3', 0.3)],
      10,
      [
        ['1.1.1', 'CRITERIA_PARENT_MISSING'],
        ['1.1.2', 'CRITERIA_PARENT_MISSING'],
      ],
    ],
    [
      "a child whose code does not start with its parent's",
      GOOD.map((n) => (n.code === '2.1' ? { ...n, code: '3.1', parentCode: '2' } : n)),
      10,
      [['3.1', 'CRITERIA_CODE_NOT_UNDER_PARENT']],
    ],
    [
      "components that do not add up to their criterion's maximum",
      GOOD.map((n) => (n.code === '1.1.2' ? { ...n, maxPoints: 0.25 } : n)),
      10,
      [['1.1', 'CRITERIA_POINTS_MISMATCH']],
    ],
    ['areas that do not add up to the total', GOOD, 100, [[null, 'CRITERIA_TOTAL_MISMATCH']]],
    ['a fourth level', [...GOOD, node('1.1.1.1', 0.1)], 10, [['1.1.1.1', 'CRITERIA_TOO_DEEP']]],
    [
      'a measure on a criterion with components',
      GOOD.map((n) => (n.code === '1.1' ? { ...n, measure: 'TTHC_ONLINE' as const } : n)),
      10,
      [['1.1', 'CRITERIA_MEASURE_ON_PARENT']],
    ],
    [
      'a step that does not divide the maximum',
      GOOD.map((n) => (n.code === '2.1' ? { ...n, scoreStep: 0.3 } : n)),
      10,
      [['2.1', 'CRITERIA_STEP_INVALID']],
    ],
    [
      'a band above the maximum',
      GOOD.map((n) => (n.code === '1.2' ? { ...n, bands: [{ minPercent: 100, points: 3 }] } : n)),
      10,
      [['1.2', 'CRITERIA_BANDS_INVALID']],
    ],
    [
      'a lower band with more points',
      GOOD.map((n) =>
        n.code === '1.2'
          ? {
              ...n,
              bands: [
                { minPercent: 100, points: 1 },
                { minPercent: 50, points: 2 },
              ],
            }
          : n,
      ),
      10,
      [['1.2', 'CRITERIA_BANDS_INVALID']],
    ],
    [
      'a directive-document measure without its document type and deadline',
      GOOD.map((n) => (n.code === '2.1' ? { ...n, measure: 'DIRECTIVE_ISSUED_ON_TIME' as const } : n)),
      10,
      [['2.1', 'CRITERIA_MEASURE_PARAMS_INVALID']],
    ],
    [
      // The measures' own rule (measures/measure-params.ts): the import accepts only what they can count.
      'a deadline on 29 February',
      GOOD.map((n) =>
        n.code === '2.1'
          ? {
              ...n,
              measure: 'DIRECTIVE_ISSUED_ON_TIME' as const,
              measureParams: { documentType: 'KE_HOACH', deadline: '02-29' },
            }
          : n,
      ),
      10,
      [['2.1', 'CRITERIA_MEASURE_PARAMS_INVALID']],
    ],
    [
      'a deadline in the year before without the words of the document',
      GOOD.map((n) =>
        n.code === '2.1'
          ? {
              ...n,
              measure: 'DIRECTIVE_ISSUED_ON_TIME' as const,
              measureParams: { documentType: 'KE_HOACH', deadline: '-12-15' },
            }
          : n,
      ),
      10,
      [['2.1', 'CRITERIA_MEASURE_PARAMS_INVALID']],
    ],
    [
      'bands listed lowest first (accepted: they are read highest first)',
      GOOD.map((n) =>
        n.code === '1.2'
          ? {
              ...n,
              bands: [
                { minPercent: 0, points: 0 },
                { minPercent: 100, points: 2.7 },
              ],
            }
          : n,
      ),
      10,
      [],
    ],
  ])('%s', (_name, nodes, total, expected) => {
    expect(codesOf(nodes, total)).toEqual(expected);
  });

  it('accepts a deadline in the year before with the words of the document', () => {
    const params = { documentType: 'KE_HOACH', deadline: '-12-15', titleContains: 'cải cách hành chính' };
    const nodes = GOOD.map((n) =>
      n.code === '2.1' ? { ...n, measure: 'DIRECTIVE_ISSUED_ON_TIME' as const, measureParams: params } : n,
    );
    expect(codesOf(nodes)).toEqual([]);
  });

  it('accepts a directive-document measure with a type and a deadline', () => {
    const nodes = GOOD.map((n) =>
      n.code === '2.1'
        ? {
            ...n,
            measure: 'DIRECTIVE_ISSUED_ON_TIME' as const,
            measureParams: { documentType: 'KE_HOACH', deadline: '01-31' },
          }
        : n,
    );
    expect(codesOf(nodes)).toEqual([]);
  });
});

describe('score rules', () => {
  const stepped: ScoringGuide = { code: '2.1', maxPoints: 1.5, bands: null, scoreStep: 0.25 };
  const banded: ScoringGuide = {
    code: '1.4.1',
    maxPoints: 1,
    bands: [
      { minPercent: 100, points: 1 },
      { minPercent: 80, points: 0.5 },
    ],
    scoreStep: null,
  };
  const free: ScoringGuide = { code: '3.2', maxPoints: 2, bands: null, scoreStep: null };

  it.each<[string, ScoringGuide, number, string | null]>([
    ['the maximum', stepped, 1.5, null],
    ['zero', stepped, 0, null],
    ['on a step', stepped, 0.75, null],
    ['above the maximum', stepped, 1.75, 'SCORE_ABOVE_MAX'],
    ['between steps', stepped, 0.3, 'SCORE_BETWEEN_STEPS'],
    ['negative', stepped, -0.25, 'SCORE_NEGATIVE'],
    ['a band value', banded, 0.5, null],
    ['zero with bands', banded, 0, null],
    ['not a band value, though a multiple of 0,25', banded, 0.25, 'SCORE_NOT_A_BAND'],
    ['above the maximum with bands', banded, 2, 'SCORE_ABOVE_MAX'],
    ['hundredths without a step', free, 1.37, null],
    ['thousandths without a step', free, 1.375, 'SCORE_BETWEEN_STEPS'],
  ])('%s', (_name, guide, points, code) => {
    expect(scoreProblem(guide, points)?.code ?? null).toBe(code);
  });

  it.each<[number | null, number | null, boolean]>([
    [1, null, false],
    [0.5, 0.5, false],
    [0.5, 1, true],
    [null, 1, false],
  ])('score %s against an accepted suggestion %s needs an explanation: %s', (points, suggested, needed) => {
    expect(needsOverrideExplanation(points, suggested)).toBe(needed);
  });
});
