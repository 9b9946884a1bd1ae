import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { AttentionSection } from './AttentionSection';
import { ComplianceSection } from './ComplianceSection';
import { CoverageSection } from './CoverageSection';
import type { OpenDrill, Rollup } from './DashboardParts';
import { DocumentsSection } from './DocumentsSection';
import { IndicesSection } from './IndicesSection';
import { LeadershipSummary } from './LeadershipSummary';
import { RemediationSection } from './RemediationSection';
import { TrendCharts } from './TrendCharts';
import { TrendSection } from './TrendSection';
import { TthcSection } from './TthcSection';

/** Which of the folding parts are open; kept by the screen, so a change of year keeps them as they are. */
export interface Folds {
  trend: boolean;
  details: boolean;
}

/** Wide screens show everything at once; a phone shows the summary and opens the rest on demand. */
export const initialFolds = (): Folds => {
  const wide = window.matchMedia('(min-width: 900px)').matches;
  return { trend: wide, details: wide };
};

/** The year's rollup for the chosen scope: the one-minute summary, its warnings, the trend, then the details. */
export function RollupView({
  rollup,
  scopeName,
  onDrill,
  folds,
  onFold,
}: {
  rollup: Rollup;
  scopeName: string;
  onDrill: OpenDrill;
  folds: Folds;
  onFold: (folds: Folds) => void;
}) {
  const { t } = useI18n();
  const from = rollup.trend[0]?.year ?? rollup.year;
  return (
    <>
      <p className="muted dash-scope" data-testid="dashboard-scope-line">
        {scopeName} · {rollup.year} · {t('dashboard.asOf', { date: formatDate(rollup.asOf) })}
        {rollup.structure === 'TODAY' && ` · ${t('dashboard.structureTodayNote')}`}
      </p>
      <LeadershipSummary rollup={rollup} structure={rollup.structure} />
      {rollup.warnings.length > 0 && (
        <section className="banner banner-warning dash-warnings" data-testid="dashboard-warnings">
          <h2 className="dash-section-title">{t('dashboard.warnings')}</h2>
          <ul>
            {rollup.warnings.map((warning) => (
              <li key={`${warning.code}-${warning.message}`}>{warning.message}</li>
            ))}
          </ul>
        </section>
      )}
      <details
        className="dash-disclosure"
        open={folds.trend}
        onToggle={(event) => onFold({ ...folds, trend: event.currentTarget.open })}
        data-testid="dashboard-trend"
      >
        <summary className="dash-disclosure-title">{t('dashboard.trendChart', { from, to: rollup.year })}</summary>
        <TrendCharts rollup={rollup} open={folds.trend} />
      </details>
      <details
        className="dash-disclosure"
        open={folds.details}
        onToggle={(event) => onFold({ ...folds, details: event.currentTarget.open })}
        data-testid="dashboard-details"
      >
        <summary className="dash-disclosure-title">{t('dashboard.details')}</summary>
        <div className="dash-grid">
          <CoverageSection rollup={rollup} onDrill={onDrill} />
          <ComplianceSection rollup={rollup} onDrill={onDrill} />
          <TrendSection rollup={rollup} onDrill={onDrill} />
          <RemediationSection rollup={rollup} onDrill={onDrill} />
          <AttentionSection rollup={rollup} onDrill={onDrill} />
          <DocumentsSection rollup={rollup} onDrill={onDrill} />
          <TthcSection rollup={rollup} />
          <IndicesSection rollup={rollup} />
        </div>
      </details>
    </>
  );
}
