import type { AdministrativeProceduresQuery } from '../../apollo/generated/graphql';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';

type Figures = AdministrativeProceduresQuery['tthcFigures'];

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="figure" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** The report's figures drawn from the year's procedures: counts, online and postal shares, days cut. */
export function ProcedureFigures({ year, figures }: { year: number; figures: Figures }) {
  const { t } = useI18n();
  return (
    <section className="card stack" data-testid="tthc-figures">
      <h2 className="section-title">{t('registers.figuresTitle', { year })}</h2>
      <dl className="figure-grid">
        <Figure label={t('registers.figureTotal')} value={formatNumber(figures.total)} testId="figure-total" />
        <Figure label={t('registers.figureOneStop')} value={formatNumber(figures.oneStop)} />
        <Figure label={t('registers.figureInterconnected')} value={formatNumber(figures.interconnected)} />
        <Figure label={t('registers.figureOnlineFull')} value={formatNumber(figures.onlineFull)} />
        <Figure label={t('registers.figureOnlinePartial')} value={formatNumber(figures.onlinePartial)} />
        <Figure
          label={t('registers.figurePostal')}
          value={`${formatNumber(figures.publicPostal)}${figures.publicPostalShareText ? ` (${figures.publicPostalShareText})` : ''}`}
        />
      </dl>
      <ul className="stack document-links">
        {figures.levels
          .filter((l) => l.reviewed > 0)
          .map((l) => (
            <li key={l.level}>
              {t('registers.figureCut', {
                level: t(`registers.level.${l.level}`),
                reviewed: l.reviewed,
                daysCut: formatNumber(l.daysCut),
                legalDays: formatNumber(l.legalDays),
                share: l.cutShareText ?? '',
              })}
            </li>
          ))}
        {figures.levels.every((l) => l.reviewed === 0) && <li className="muted">{t('registers.figureNoCut')}</li>}
      </ul>
    </section>
  );
}
