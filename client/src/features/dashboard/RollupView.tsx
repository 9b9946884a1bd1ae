import { useState } from 'react';
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

/** Wide screens show everything at once; a phone shows the summary and opens the rest on demand. */
const wide = () => window.matchMedia('(min-width: 900px)').matches;

/** The year's rollup for the chosen scope: the one-minute summary, its warnings, the trend, then the details. */
export function RollupView({ rollup, scopeName, onDrill }: { rollup: Rollup; scopeName: string; onDrill: OpenDrill }) {
  const { t } = useI18n();
  const [trendOpen, setTrendOpen] = useState(wide);
  const [detailsOpen, setDetailsOpen] = useState(wide);
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
        open={trendOpen}
        onToggle={(event) => setTrendOpen(event.currentTarget.open)}
        data-testid="dashboard-trend"
      >
        <summary className="dash-disclosure-title">{t('dashboard.trendChart', { from, to: rollup.year })}</summary>
        <TrendCharts rollup={rollup} open={trendOpen} />
      </details>
      <details
        className="dash-disclosure"
        open={detailsOpen}
        onToggle={(event) => setDetailsOpen(event.currentTarget.open)}
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
