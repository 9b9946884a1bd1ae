import type { CSSProperties } from 'react';
import type { RollupFigure } from '../../apollo/generated/graphql';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { type OpenDrill, type Rollup, Section } from './DashboardParts';
import { formatShare, groupTrends, pointsChange } from './figures';

type TrendYear = Rollup['trend'][number];
type Translate = ReturnType<typeof useI18n>['t'];

interface Cell {
  year: number;
  ratio: number | null;
  /** The counts behind the share, e.g. 20/23. */
  detail?: string;
}

/**
 * Year over year on a phone: each measure is a row of small columns, one per year (the trend's five, so
 * they fit 390 px), the selected year last and marked, a year without data as —; each column opens that
 * year's records. The year before is the one compared with (as in the one-minute summary).
 */
export function TrendSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
  const { t } = useI18n();
  const years = rollup.trend;
  const current = years.find((y) => y.year === rollup.year);
  const previous = years.filter((y) => y.year < rollup.year).at(-1);
  const groups = groupTrends(years);
  const cells = (
    ratio: (y: TrendYear) => number | null,
    detail?: (y: TrendYear, n: number) => string | undefined,
  ): Cell[] => years.map((y, n) => ({ year: y.year, ratio: ratio(y), detail: detail?.(y, n) }));
  // Compliance moves by a few points a year, too little to see on a 0-100 % column: the change is written.
  const complianceChange = (y: TrendYear, n: number) => {
    const change = pointsChange(y.compliance.ratio, years[n - 1]?.compliance.ratio);
    return change === null
      ? undefined
      : `${change > 0 ? '▲' : change < 0 ? '▼' : '='} ${formatNumber(Math.abs(change), 1)}`;
  };
  if (!previous || !current) {
    return (
      <Section title={t('dashboard.yoy')} testId="section-trend">
        <p className="muted">{t('dashboard.yoyNone')}</p>
      </Section>
    );
  }
  return (
    <Section title={t('dashboard.yoy')} testId="section-trend">
      <p className="dash-yoy-summary" data-testid="trend-summary">
        {summary(current, previous, t)}
      </p>
      <TrendColumns
        title={t('dashboard.yoyCompliance')}
        testId="trend-compliance"
        selected={rollup.year}
        cells={cells((y) => y.compliance.ratio ?? null, complianceChange)}
        onOpen={(cell) =>
          onDrill({
            figure: 'COMPLIANCE_GROUP',
            key: null,
            year: cell.year,
            title: `${t('dashboard.compliance')} ${cell.year}`,
          })
        }
      />
      <TrendColumns
        title={t('dashboard.yoyCoverage')}
        testId="trend-coverage"
        selected={rollup.year}
        cells={cells(
          (y) => (y.hasData ? y.coverageRatio : null),
          (y) => (y.hasData ? `${y.unitsInspected}/${y.unitsInScope}` : undefined),
        )}
        onOpen={(cell) => onDrill(yearDrill('UNITS_IN_SCOPE', cell.year, t('dashboard.coverage')))}
      />
      <TrendColumns
        title={t('dashboard.yoyOnTime')}
        testId="trend-on-time"
        selected={rollup.year}
        cells={cells(
          (y) => y.fixedOnTimeRatio ?? null,
          (y) => (y.findings > 0 ? `${y.findingsFixedOnTime}/${y.findings}` : undefined),
        )}
        onOpen={(cell) => onDrill(yearDrill('FINDINGS', cell.year, t('dashboard.remediation')))}
      />
      {groups.length > 0 && (
        <>
          <h3 className="dash-sub">{t('dashboard.complianceByGroup')}</h3>
          <div className="dash-yoy-table" style={columns(years.length)} data-testid="trend-groups">
            <div className="dash-yoy-row dash-yoy-head" aria-hidden="true">
              {years.map((y) => (
                <span key={y.year} className={y.year === rollup.year ? 'dash-yoy-selected' : undefined}>
                  {y.year}
                </span>
              ))}
            </div>
            {groups.map((group) => (
              <div key={group.key} className="dash-yoy-group" data-testid={`trend-group-${group.key}`}>
                <p className="dash-yoy-label">{group.label}</p>
                <div className="dash-yoy-row">
                  {group.ratios.map((ratio, n) => {
                    const year = years[n]?.year ?? rollup.year;
                    return (
                      <button
                        key={year}
                        type="button"
                        className={`dash-yoy-value${year === rollup.year ? ' dash-yoy-selected' : ''}`}
                        aria-label={`${group.label} ${year}: ${formatShare(ratio)}`}
                        onClick={() =>
                          onDrill({ figure: 'COMPLIANCE_GROUP', key: group.key, year, title: `${group.label} ${year}` })
                        }
                      >
                        {formatShare(ratio)}
                      </button>
                    );
                  })}
                </div>
              </div>
            ))}
          </div>
        </>
      )}
    </Section>
  );
}

/** The selected year's compliance in words, against the latest earlier year with data. */
function summary(current: TrendYear, previous: TrendYear, t: Translate): string {
  const share = formatShare(current.compliance.ratio);
  if (current.compliance.ratio == null) {
    return t('dashboard.yoyCurrentNone', {
      year: current.year,
      previous: previous.year,
      share: formatShare(previous.compliance.ratio),
    });
  }
  const change = pointsChange(current.compliance.ratio, previous.compliance.ratio);
  const words =
    change === null
      ? t('dashboard.yoyNoChange', { previous: previous.year })
      : change === 0
        ? t('dashboard.yoySame', { previous: previous.year })
        : t(change > 0 ? 'dashboard.yoyUp' : 'dashboard.yoyDown', {
            points: formatNumber(Math.abs(change), 1),
            previous: previous.year,
          });
  return t('dashboard.yoySummary', { year: current.year, share, change: words });
}

const yearDrill = (figure: RollupFigure, year: number, name: string) => ({
  figure,
  key: null,
  year,
  title: `${name} ${year}`,
});

const columns = (count: number) => ({ '--years': count }) as CSSProperties;

/** One measure over the years as a small column chart; the columns are buttons. */
function TrendColumns({
  title,
  testId,
  selected,
  cells,
  onOpen,
}: {
  title: string;
  testId: string;
  selected: number;
  cells: Cell[];
  onOpen: (cell: Cell) => void;
}) {
  return (
    <div className="dash-yoy" data-testid={testId}>
      <h3 className="dash-sub">{title}</h3>
      <ol className="dash-yoy-columns" style={columns(cells.length)}>
        {cells.map((cell) => (
          <li key={cell.year}>
            <button
              type="button"
              className={`dash-yoy-cell${cell.year === selected ? ' dash-yoy-selected' : ''}`}
              data-testid={`${testId}-${cell.year}`}
              onClick={() => onOpen(cell)}
            >
              {/* Named by its visible text after the title, so voice control finds it by what it shows. */}
              <span className="visually-hidden">{title}: </span>
              <span className="dash-yoy-share">{formatShare(cell.ratio)}</span>
              <span className="dash-yoy-track" aria-hidden="true">
                <span className="dash-yoy-fill" style={{ height: `${Math.round((cell.ratio ?? 0) * 100)}%` }} />
              </span>
              <span className="dash-yoy-year">{cell.year}</span>
              {cell.detail && <span className="dash-yoy-detail">{cell.detail}</span>}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
