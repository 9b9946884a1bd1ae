import { describe, expect, it } from 'vitest';
import { compareFigure, figureChange, type SummaryRollup, summaryFigures, summaryRows } from './summary';

const rollup = (over: Partial<SummaryRollup> = {}): SummaryRollup => ({
  coverage: { inspected: 20, ratio: 20 / 23 },
  compliance: { total: { ratio: 0.95 } },
  findings: { total: { total: 14, fixedOnTime: 5, overdue: 3 } },
  tthc: { onlineShare: 80 / 91, publicPostalShare: 89 / 91 },
  indexScores: [
    { index: 'SIPAS', totalScore: 83.3, rank: 5 },
    { index: 'PAR_INDEX', totalScore: 85.85, rank: 6 },
  ],
  ...over,
});

describe('figureChange: the change as shown', () => {
  it.each([
    ['SHARE', 0.978, 0.95, 2.8],
    ['SHARE', 0.95, 0.978, -2.8],
    ['SHARE', 0.9501, 0.95, 0],
    ['COUNT', 3, 5, -2],
    ['COUNT', 0, 0, 0],
    ['SCORE', 85.85, 80.11, 5.74],
    ['SHARE', null, 0.95, null],
    ['COUNT', 3, null, null],
  ] as const)('%s %s against %s → %s', (kind, value, previous, change) => {
    expect(figureChange(kind, value, previous)).toBe(change);
  });
});

describe('compareFigure: direction and whether it is good', () => {
  it.each([
    // [better, value, previous, direction, good]
    ['UP', 0.9, 0.8, 'UP', true],
    ['UP', 0.8, 0.9, 'DOWN', false],
    ['DOWN', 5, 3, 'UP', false],
    ['DOWN', 3, 5, 'DOWN', true],
    ['UP', 0.8, 0.8, 'SAME', null],
    ['UP', 0.8, null, null, null],
    ['DOWN', null, 3, null, null],
  ] as const)('better %s: %s after %s → %s, good %s', (better, value, previous, moved, good) => {
    const kind = better === 'DOWN' ? 'COUNT' : 'SHARE';
    const row = compareFigure(
      { key: 'COVERAGE', kind, better, value },
      { key: 'COVERAGE', kind, better, value: previous },
    );
    expect([row.direction, row.good]).toEqual([moved, good]);
  });
});

describe('summaryFigures: one reading of a roll-up', () => {
  it('reads every figure', () => {
    const figures = summaryFigures(rollup(), 78.5);
    expect(Object.fromEntries(figures.map((f) => [f.key, f.value]))).toEqual({
      COVERAGE: 20 / 23,
      COMPLIANCE: 0.95,
      FIXED_ON_TIME: 5 / 14,
      OVERDUE: 3,
      TTHC_ONLINE: 80 / 91,
      TTHC_POSTAL: 89 / 91,
      SIPAS: 83.3,
      PAR_INDEX: 85.85,
      SELF_ASSESSMENT: 78.5,
    });
    expect(figures.find((f) => f.key === 'SIPAS')?.rank).toBe(5);
  });

  it('a year without an approved visit, register or index has no data, not zero', () => {
    const empty = rollup({
      coverage: { inspected: 0, ratio: 0 },
      compliance: { total: { ratio: null } },
      findings: { total: { total: 0, fixedOnTime: 0, overdue: 0 } },
      tthc: { onlineShare: null, publicPostalShare: null },
      indexScores: [],
    });
    expect(summaryFigures(empty).every((f) => f.value === null)).toBe(true);
  });

  it('compares two years; the self-assessment only when the year has one', () => {
    const rows = summaryRows(summaryFigures(rollup()), summaryFigures(rollup({ indexScores: [] })));
    expect(rows.map((r) => r.key)).not.toContain('SELF_ASSESSMENT');
    expect(rows.find((r) => r.key === 'OVERDUE')).toMatchObject({ previous: 3, change: 0, direction: 'SAME' });
    expect(rows.find((r) => r.key === 'SIPAS')).toMatchObject({ previous: null, change: null, direction: null });
    const withSelf = summaryRows(summaryFigures(rollup(), 70), summaryFigures(rollup(), 65.5));
    expect(withSelf.find((r) => r.key === 'SELF_ASSESSMENT')).toMatchObject({ change: 4.5, good: true });
  });
});
