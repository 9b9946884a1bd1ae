import { useQuery } from '@apollo/client/react';
import type { RollupStructure } from '../../apollo/generated/graphql';
import { formatDate, formatNumber, todayLocalDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { rankText } from '../registers/index-rank';
import type { Rollup } from './DashboardParts';
import { formatShare } from './figures';
import { summaryRollupQuery, summarySelfAssessmentQuery } from './operations';
import { type SummaryKind, type SummaryRow, summaryFigures, summaryRows } from './summary';
import { comparisonYear, isYearComplete } from './year-status';

type Translate = ReturnType<typeof useI18n>['t'];

/**
 * Tóm tắt trong một phút: each headline figure of the year against the last complete year before it, with
 * the direction and whether it is an improvement (docs/leadership-summary.md).
 */
export function LeadershipSummary({ rollup, structure }: { rollup: Rollup; structure: RollupStructure }) {
  const { t } = useI18n();
  const today = todayLocalDate();
  const { year } = rollup;
  const previousYear = comparisonYear(year, today);
  const previous = useQuery(summaryRollupQuery, {
    variables: { year: previousYear, rootUnitId: rollup.rootUnitId ?? null, structure },
  });
  const self = useQuery(summarySelfAssessmentQuery, { variables: { year, previous: previousYear } });
  const before = previous.data?.rollup;
  const rows = before
    ? summaryRows(
        summaryFigures(rollup, self.data?.current?.totals.overall.selfPoints ?? null),
        summaryFigures(before, self.data?.previous?.totals.overall.selfPoints ?? null),
      )
    : [];
  return (
    <section
      className="dash-section dash-summary"
      data-testid="leadership-summary"
      aria-labelledby="dash-summary-title"
    >
      <h2 className="dash-section-title" id="dash-summary-title">
        {t('dashboard.summary')}: {t('dashboard.summaryVs', { year, previous: previousYear })}
      </h2>
      <p className="dash-summary-status" data-testid="summary-year-status">
        {isYearComplete(year, today)
          ? t('dashboard.yearComplete', { year })
          : t('dashboard.yearIncomplete', { year, date: formatDate(rollup.asOf) })}{' '}
        {t('dashboard.compareWith', { previous: previousYear, year })}
      </p>
      {!before && previous.loading && <p className="muted">{t('common.loading')}</p>}
      {previous.error && <p className="muted">{t('dashboard.loadError')}</p>}
      {rows.length > 0 && (
        <ul className="dash-summary-rows">
          {rows.map((row) => (
            <SummaryLine key={row.key} row={row} previousYear={previousYear} t={t} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SummaryLine({ row, previousYear, t }: { row: SummaryRow; previousYear: number; t: Translate }) {
  const tone = row.good === null ? '' : row.good ? ' dash-good' : ' dash-bad';
  const rank = (value: number | null | undefined, of: number | null | undefined) =>
    value ? ` · ${rankText(t, value, of)}` : '';
  return (
    <li className="dash-summary-row" data-testid={`summary-${row.key}`}>
      <span className="dash-summary-label">
        {t(`dashboard.summaryKey.${row.key}`)}
        {row.better === 'DOWN' && <span className="dash-summary-hint"> ({t('dashboard.downIsGood')})</span>}
        {row.value !== null && <span className="dash-summary-hint">{rank(row.rank, row.rankOf)}</span>}
      </span>
      <span className="dash-summary-value" data-testid={`summary-${row.key}-value`}>
        {row.value === null ? t('dashboard.noData') : formatValue(row.kind, row.value)}
      </span>
      <span className={`dash-summary-change${tone}`} data-testid={`summary-${row.key}-change`}>
        {changeText(row, t)}
      </span>
      <span className="dash-summary-previous" data-testid={`summary-${row.key}-previous`}>
        {previousYear}: {row.previous === null ? t('dashboard.noData') : formatValue(row.kind, row.previous)}
        {row.previous !== null && rank(row.previousRank, row.previousRankOf)}
      </span>
    </li>
  );
}

/** A share as 97,8%, a count as is, a score to 2 decimals. */
export function formatValue(kind: SummaryKind, value: number): string {
  if (kind === 'SHARE') return formatShare(value);
  return formatNumber(value, kind === 'SCORE' ? 2 : 0);
}

function changeText(row: SummaryRow, t: Translate): string {
  if (row.change === null || row.direction === null) return '—';
  if (row.direction === 'SAME') return `= ${t('dashboard.unchanged')}`;
  const size = Math.abs(row.change);
  const amount =
    row.kind === 'SHARE'
      ? t('dashboard.changePoints', { value: formatNumber(size, 1) })
      : row.kind === 'SCORE'
        ? t('dashboard.changeScore', { value: formatNumber(size, 2) })
        : formatNumber(size, 0);
  return `${row.direction === 'UP' ? '▲' : '▼'} ${amount} · ${t(row.good ? 'dashboard.better' : 'dashboard.worse')}`;
}
