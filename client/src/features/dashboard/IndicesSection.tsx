import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { rankText } from '../registers/index-rank';
import { Bar, type Rollup, Section } from './DashboardParts';
import { barPercent, trendByIndex } from './figures';

/** SIPAS and PAR INDEX: the year's score and rank, and the scores of the years before. */
export function IndicesSection({ rollup }: { rollup: Rollup }) {
  const { t } = useI18n();
  const trend = trendByIndex(rollup.indexTrend);
  const indices = ['SIPAS', 'PAR_INDEX'] as const;
  return (
    <Section title={t('dashboard.indices')} testId="section-indices">
      {indices.map((index) => {
        const name = t(`registers.index.${index}`);
        const score = rollup.indexScores.find((s) => s.index === index);
        const series = trend.get(index) ?? [];
        return (
          <div key={index} className="stack dash-index" data-testid={`index-${index}`}>
            <p className="dash-index-score">
              {score
                ? `${t('dashboard.indexScore', { index: name, year: score.year, score: formatNumber(score.totalScore) })}${
                    score.rank ? `, ${rankText(t, score.rank, score.rankOf)}` : ''
                  }`
                : t('dashboard.indexMissing', { index: name, year: rollup.year })}
            </p>
            {series.length > 0 && (
              <ol className="dash-trend" aria-label={`${name} · ${t('dashboard.trend')}`}>
                {series.map((point) => (
                  <li key={point.year} className={point.year === rollup.year ? 'dash-trend-current' : undefined}>
                    <span className="dash-trend-year">{point.year}</span>
                    <Bar percent={barPercent(point.totalScore, 100)} />
                    <span className="dash-trend-score">{formatNumber(point.totalScore)}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </Section>
  );
}
