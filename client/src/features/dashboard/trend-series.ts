/** The trend charts' series: one value per year of the roll-up's trend, null where a year has no data. */

export interface TrendYearFigures {
  year: number;
  hasData: boolean;
  coverageRatio: number;
  compliance: { ratio?: number | null };
  fixedOnTimeRatio?: number | null;
}

export interface IndexPoint {
  index: string;
  year: number;
  totalScore: number;
}

export type SeriesKey = 'COVERAGE' | 'COMPLIANCE' | 'FIXED_ON_TIME' | 'SIPAS' | 'PAR_INDEX';

export interface TrendSeries {
  key: SeriesKey;
  /** Shares in percent (0–100, as drawn), index scores in points. */
  values: (number | null)[];
}

export interface TrendCharts {
  years: number[];
  shares: TrendSeries[];
  indices: TrendSeries[];
}

const percent = (ratio: number | null | undefined) => (ratio == null ? null : Math.round(ratio * 1000) / 10);

/** The shares over the trend's years and the index scores of the same years (null: not published). */
export function trendCharts(trend: readonly TrendYearFigures[], indexTrend: readonly IndexPoint[]): TrendCharts {
  const years = trend.map((y) => y.year);
  const share = (key: SeriesKey, ratio: (y: TrendYearFigures) => number | null | undefined): TrendSeries => ({
    key,
    values: trend.map((y) => (y.hasData ? percent(ratio(y)) : null)),
  });
  const index = (key: 'SIPAS' | 'PAR_INDEX'): TrendSeries => ({
    key,
    values: years.map((year) => indexTrend.find((p) => p.index === key && p.year === year)?.totalScore ?? null),
  });
  return {
    years,
    shares: [
      share('COVERAGE', (y) => y.coverageRatio),
      share('COMPLIANCE', (y) => y.compliance.ratio),
      share('FIXED_ON_TIME', (y) => y.fixedOnTimeRatio),
    ],
    indices: [index('SIPAS'), index('PAR_INDEX')],
  };
}
