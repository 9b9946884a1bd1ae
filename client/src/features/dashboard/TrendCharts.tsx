import { lazy, Suspense, useMemo, useState } from 'react';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TableWrap } from '../../ui/TableWrap';
import type { Rollup } from './DashboardParts';
import type { ChartLine } from './TrendChart';
import { type SeriesKey, trendCharts } from './trend-series';

// The chart library is a chunk of its own, fetched when the section is opened (and precached for offline).
const TrendChart = lazy(() => import('./TrendChart'));

const STYLE: Record<SeriesKey, { color: string; dash?: number[] }> = {
  COVERAGE: { color: '#0b4f8a' },
  COMPLIANCE: { color: '#17602f', dash: [8, 4] },
  FIXED_ON_TIME: { color: '#a61b1b', dash: [2, 4] },
  SIPAS: { color: '#0b4f8a' },
  PAR_INDEX: { color: '#7a4b00', dash: [8, 4] },
};

/** Xu hướng: the shares and the indices over five years as line charts, with their numbers as a table. */
export function TrendCharts({ rollup, open }: { rollup: Rollup; open: boolean }) {
  const { t } = useI18n();
  const [table, setTable] = useState(false);
  const charts = useMemo(() => trendCharts(rollup.trend, rollup.indexTrend), [rollup.trend, rollup.indexTrend]);
  const name = (key: SeriesKey) => t(`dashboard.summaryKey.${key}`);
  // Memoised so the charts are drawn again only when their data or language changes.
  const [shares, indices] = useMemo(() => {
    const lines = (series: typeof charts.shares): ChartLine[] =>
      series.map((s) => ({ label: t(`dashboard.summaryKey.${s.key}`), values: s.values, ...STYLE[s.key] }));
    return [lines(charts.shares), lines(charts.indices)];
  }, [charts, t]);
  const from = charts.years[0] ?? rollup.year;
  const alt = t('dashboard.trendChartAlt', { from, to: rollup.year });
  return (
    <div className="stack" data-testid="trend-charts">
      {open && (
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <Legend lines={shares} />
          <TrendChart years={charts.years} lines={shares} alt={alt} unit="%" max={100} />
          <Legend lines={indices} />
          <TrendChart
            years={charts.years}
            lines={indices}
            alt={`${name('SIPAS')}, ${name('PAR_INDEX')} ${from}–${rollup.year}`}
            unit=""
            max={100}
          />
        </Suspense>
      )}
      <Button
        variant="secondary"
        aria-expanded={table}
        onClick={() => setTable(!table)}
        data-testid="trend-table-toggle"
      >
        {t(table ? 'dashboard.hideTable' : 'dashboard.showTable')}
      </Button>
      {table && (
        <TableWrap label={t('dashboard.trendChart', { from, to: rollup.year })}>
          <table className="data-table" data-testid="trend-table">
            <caption className="visually-hidden">{t('dashboard.trendChart', { from, to: rollup.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.summaryFigure')}</th>
                {charts.years.map((year) => (
                  <th key={year} scope="col">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...charts.shares, ...charts.indices].map((series) => (
                <tr key={series.key}>
                  <th scope="row">{name(series.key)}</th>
                  {series.values.map((value, n) => (
                    <td key={charts.years[n]}>
                      {value === null
                        ? '—'
                        : `${formatNumber(value, series.key === 'SIPAS' || series.key === 'PAR_INDEX' ? 2 : 1)}${
                            series.key === 'SIPAS' || series.key === 'PAR_INDEX' ? '' : '%'
                          }`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}

function Legend({ lines }: { lines: ChartLine[] }) {
  return (
    <ul className="dash-legend" aria-hidden="true">
      {lines.map((line) => (
        <li key={line.label}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="28"
              y2="5"
              stroke={line.color}
              strokeWidth="2"
              strokeDasharray={line.dash?.join(' ')}
            />
          </svg>
          {line.label}
        </li>
      ))}
    </ul>
  );
}
