import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { AttentionSection } from './AttentionSection';
import { ComplianceSection } from './ComplianceSection';
import { CoverageSection } from './CoverageSection';
import type { OpenDrill, Rollup } from './DashboardParts';
import { DocumentsSection } from './DocumentsSection';
import { IndicesSection } from './IndicesSection';
import { RemediationSection } from './RemediationSection';
import { TrendSection } from './TrendSection';
import { TthcSection } from './TthcSection';

/** The year's rollup for the chosen scope: its warnings, then one section per measure. */
export function RollupView({ rollup, scopeName, onDrill }: { rollup: Rollup; scopeName: string; onDrill: OpenDrill }) {
  const { t } = useI18n();
  return (
    <>
      <p className="muted dash-scope" data-testid="dashboard-scope-line">
        {scopeName} · {rollup.year} · {t('dashboard.asOf', { date: formatDate(rollup.asOf) })}
        {rollup.structure === 'TODAY' && ` · ${t('dashboard.structureTodayNote')}`}
      </p>
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
    </>
  );
}
