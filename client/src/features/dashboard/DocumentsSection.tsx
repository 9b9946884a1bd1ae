import { useI18n } from '../../i18n/I18nProvider';
import { Bar, Figure, type OpenDrill, type Rollup, Section } from './DashboardParts';
import { barPercent } from './figures';

/** The directive documents of the year, counted by type. */
export function DocumentsSection({ rollup, onDrill }: { rollup: Rollup; onDrill: OpenDrill }) {
  const { t } = useI18n();
  const total = rollup.documents.reduce((sum, document) => sum + document.count, 0);
  const max = Math.max(0, ...rollup.documents.map((document) => document.count));
  return (
    <Section title={t('dashboard.documents')} testId="section-documents">
      <p className="muted">{t('dashboard.documentsTotal', { count: total })}</p>
      {rollup.documents.map((document) => (
        <Figure
          key={document.type}
          testId={`figure-documents-${document.type}`}
          onDrill={onDrill}
          drill={{ figure: 'DOCUMENTS', key: document.type, title: t(`registers.docType.${document.type}`) }}
        >
          <span className="dash-row">
            <span className="dash-label">{t(`registers.docType.${document.type}`)}</span>
            <strong className="dash-count">{document.count}</strong>
          </span>
          <Bar percent={barPercent(document.count, max)} />
        </Figure>
      ))}
    </Section>
  );
}
