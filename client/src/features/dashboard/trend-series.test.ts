import { describe, expect, it } from 'vitest';
import { trendCharts } from './trend-series';

const year = (y: number, hasData: boolean, ratio = 0) => ({
  year: y,
  hasData,
  coverageRatio: ratio,
  compliance: { ratio: hasData ? ratio : null },
  fixedOnTimeRatio: hasData ? ratio / 2 : null,
});

describe('trendCharts', () => {
  it('a year without data is null, never 0; shares in percent to one decimal', () => {
    const charts = trendCharts(
      [year(2018, false), year(2019, false), year(2020, false), year(2021, true, 1), year(2022, true, 20 / 23)],
      [
        { index: 'SIPAS', year: 2020, totalScore: 80.42 },
        { index: 'PAR_INDEX', year: 2022, totalScore: 89.05 },
        { index: 'SIPAS', year: 2016, totalScore: 70 },
      ],
    );
    expect(charts.years).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(charts.shares.map((s) => [s.key, s.values])).toEqual([
      ['COVERAGE', [null, null, null, 100, 87]],
      ['COMPLIANCE', [null, null, null, 100, 87]],
      ['FIXED_ON_TIME', [null, null, null, 50, 43.5]],
    ]);
    expect(charts.indices.map((s) => [s.key, s.values])).toEqual([
      ['SIPAS', [null, null, 80.42, null, null]],
      ['PAR_INDEX', [null, null, null, null, 89.05]],
    ]);
  });
});
