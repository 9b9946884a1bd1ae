import { useI18n } from '../../i18n/I18nProvider';
import { type Rollup, Section } from './DashboardParts';

/** The administrative procedures' figures the report draws from the register. */
export function TthcSection({ rollup }: { rollup: Rollup }) {
  const { t } = useI18n();
  const { tthc } = rollup;
  return (
    <Section title={t('dashboard.tthc')} testId="section-tthc">
      <dl className="fact-list">
        <dt>{t('dashboard.tthcTotal')}</dt>
        <dd>{tthc.total}</dd>
        <dt>{t('dashboard.tthcOneStop')}</dt>
        <dd>{tthc.oneStop}</dd>
        <dt>{t('dashboard.tthcInterconnected')}</dt>
        <dd>{tthc.interconnected}</dd>
        <dt>{t('dashboard.tthcOnline')}</dt>
        <dd>
          {t('dashboard.tthcShare', { count: tthc.online, share: tthc.onlineShareText ?? '—' })}
          <br />
          <span className="muted">
            {t('dashboard.tthcOnlineSplit', { full: tthc.onlineFull, partial: tthc.onlinePartial })}
          </span>
        </dd>
        <dt>{t('dashboard.tthcPostal')}</dt>
        <dd>{t('dashboard.tthcShare', { count: tthc.publicPostal, share: tthc.publicPostalShareText ?? '—' })}</dd>
      </dl>
      <ul className="dash-list">
        {tthc.levels.map((level) => {
          const name = t(`registers.level.${level.level}`);
          return (
            <li key={level.level}>
              {level.reviewed > 0
                ? t('dashboard.tthcCut', {
                    level: name,
                    reviewed: level.reviewed,
                    daysCut: level.daysCut,
                    legalDays: level.legalDays,
                    share: level.cutShareText ?? '—',
                  })
                : t('dashboard.tthcNoCut', { level: name })}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
