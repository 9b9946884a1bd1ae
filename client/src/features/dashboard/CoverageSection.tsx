import { useI18n } from '../../i18n/I18nProvider';
import { Bar, Figure, type OpenDrill, type Rollup, Section } from './DashboardParts';
import { formatShare } from './figures';

/** How many of the units in scope were inspected this year, and which were not. */
export function CoverageSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
  const { t } = useI18n();
  const { coverage } = rollup;
  // Counted over the year's units (in today's structure the list names today's units, some more than once).
  const missing = coverage.inScope - coverage.inspected;
  return (
    <Section title={t('dashboard.coverage')} testId="section-coverage">
      <Figure
        testId="figure-coverage"
        onDrill={onDrill}
        drill={{ figure: 'UNITS_IN_SCOPE', key: null, title: t('dashboard.coverage') }}
      >
        <span className="dash-big">{formatShare(coverage.ratio)}</span>
        <span>
          {t('dashboard.coverageText', {
            inspected: coverage.inspected,
            inScope: coverage.inScope,
            share: formatShare(coverage.ratio),
          })}
        </span>
        <Bar percent={coverage.ratio * 100} tone={coverage.ratio >= 1 ? 'success' : 'primary'} />
      </Figure>
      {missing > 0 && (
        <Figure
          testId="figure-not-inspected"
          onDrill={onDrill}
          drill={{ figure: 'UNITS_NOT_INSPECTED', key: null, title: t('dashboard.attentionNotInspected') }}
        >
          <span className="dash-danger">{t('dashboard.notInspected', { count: missing })}</span>
        </Figure>
      )}
    </Section>
  );
}
