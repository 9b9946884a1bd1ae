import { describe, expect, it } from 'vitest';
import { bandsProblems, type ScoreBand, scoreByBands } from './score-bands.js';

/** The guidance the issue quotes: "100%: 1 điểm; 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0". */
const ISSUE: ScoreBand[] = [
  { minPercent: 100, points: 1 },
  { minPercent: 80, points: 0.5 },
  { minPercent: 0, points: 0 },
];
/** Bands that do not start at 0, with decimal edges and points (3 points at most). */
const STEPS: ScoreBand[] = [
  { minPercent: 95.5, points: 3 },
  { minPercent: 87.91, points: 2.25 },
  { minPercent: 50, points: 0.75 },
];

describe('scoreByBands', () => {
  it.each([
    // [numerator, denominator, bands, max, points, text]
    [23, 23, ISSUE, 1, 1, '100% -> 1/1 điểm'],
    [20, 25, ISSUE, 1, 0.5, '80% -> 0,5/1 điểm'],
    // 0.8 is not exactly representable: 20/25 and 4/5 must still reach the 80% edge.
    [4, 5, ISSUE, 1, 0.5, '80% -> 0,5/1 điểm'],
    [8, 10, ISSUE, 1, 0.5, '80% -> 0,5/1 điểm'],
    [56, 70, ISSUE, 1, 0.5, '80% -> 0,5/1 điểm'],
    [22, 23, ISSUE, 1, 0.5, '95,65% -> 0,5/1 điểm'],
    [19, 25, ISSUE, 1, 0, '76% -> 0/1 điểm'],
    [0, 7, ISSUE, 1, 0, '0% -> 0/1 điểm'],
    // Printed as 80% (rounded), but below the edge: the exact fraction decides.
    [19_999, 25_000, ISSUE, 1, 0, '80% -> 0/1 điểm'],
    [80, 91, STEPS, 3, 2.25, '87,91% -> 2,25/3 điểm'],
    // 87,9120...% reaches 87,91; 87,9099...% does not.
    [8_791, 10_000, STEPS, 3, 2.25, '87,91% -> 2,25/3 điểm'],
    [87_909, 100_000, STEPS, 3, 0.75, '87,91% -> 0,75/3 điểm'],
    [191, 200, STEPS, 3, 3, '95,5% -> 3/3 điểm'],
    [1, 2, STEPS, 3, 0.75, '50% -> 0,75/3 điểm'],
    // Below the lowest band of bands that do not start at 0: nothing.
    [49, 100, STEPS, 3, 0, '49% -> 0/3 điểm'],
  ])('%i/%i -> %s', (numerator, denominator, bands, max, points, text) => {
    expect(scoreByBands(numerator, denominator, bands, max)).toMatchObject({ points, text });
  });

  it('reads the bands highest edge first, whatever their order', () => {
    expect(scoreByBands(20, 25, [...ISSUE].reverse(), 1)?.points).toBe(0.5);
  });

  it('gives no score when nothing was due', () => {
    expect(scoreByBands(0, 0, ISSUE, 1)).toBeNull();
  });

  it('keeps the parts of the text apart for the computation', () => {
    expect(scoreByBands(89, 91, ISSUE, 1)).toEqual({
      points: 0.5,
      percentText: '97,8%',
      pointsText: '0,5/1 điểm',
      text: '97,8% -> 0,5/1 điểm',
    });
  });
});

describe('bandsProblems', () => {
  it('finds nothing wrong with good bands', () => {
    expect(bandsProblems(ISSUE, 1)).toEqual([]);
    expect(bandsProblems(STEPS, 3)).toEqual([]);
    expect(bandsProblems([{ minPercent: 100, points: 0.25 }], 0.25)).toEqual([]);
  });

  it.each<[string, ScoreBand[], number, string[]]>([
    ['no band', [], 1, ['Chưa có mức điểm nào.']],
    [
      'a maximum of 0',
      [{ minPercent: 0, points: 0 }],
      0,
      ['Điểm tối đa của tiêu chí phải lớn hơn 0, tối đa 2 chữ số thập phân.'],
    ],
    [
      'points above the maximum',
      [
        { minPercent: 100, points: 1.5 },
        { minPercent: 0, points: 0 },
      ],
      1,
      ['Mức 1: điểm phải từ 0 đến 1, tối đa 2 chữ số thập phân.'],
    ],
    [
      'negative points and three decimals',
      [
        { minPercent: 100, points: 0.125 },
        { minPercent: 0, points: -1 },
      ],
      1,
      [
        'Mức 1: điểm phải từ 0 đến 1, tối đa 2 chữ số thập phân.',
        'Mức 2: điểm phải từ 0 đến 1, tối đa 2 chữ số thập phân.',
      ],
    ],
    [
      'an edge used twice',
      [
        { minPercent: 100, points: 1 },
        { minPercent: 80, points: 0.5 },
        { minPercent: 80, points: 0.25 },
      ],
      1,
      ['Mức 3: trùng tỷ lệ 80% với mức 2.'],
    ],
    [
      'edges going up',
      [
        { minPercent: 80, points: 0.5 },
        { minPercent: 100, points: 0.5 },
      ],
      1,
      ['Mức 2: các mức phải xếp từ tỷ lệ cao xuống thấp (mức trên là 80%).'],
    ],
    [
      'more points for a lower ratio',
      [
        { minPercent: 100, points: 0.5 },
        { minPercent: 80, points: 1 },
      ],
      1,
      ['Mức 2: điểm không được cao hơn mức trên có tỷ lệ cao hơn.'],
    ],
    [
      'an edge outside 0 to 100%',
      [
        { minPercent: 120, points: 1 },
        { minPercent: 0.001, points: 0 },
      ],
      1,
      [
        'Mức 1: tỷ lệ phải từ 0% đến 100%, tối đa 2 chữ số thập phân.',
        'Mức 2: tỷ lệ phải từ 0% đến 100%, tối đa 2 chữ số thập phân.',
      ],
    ],
    [
      'an edge that is not a number',
      [{ minPercent: Number.NaN, points: 1 }],
      1,
      ['Mức 1: tỷ lệ phải từ 0% đến 100%, tối đa 2 chữ số thập phân.'],
    ],
  ])('names %s', (_name, bands, max, problems) => {
    expect(bandsProblems(bands, max)).toEqual(problems);
  });
});
