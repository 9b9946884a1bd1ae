import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { SeverityBadge } from '../../ui/StatusBadges';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { UnitAsOfName } from '../units/UnitAsOfName';
import { FindingWording } from './FindingWording';
import type { Finding } from './finding-detail';

/** What was found, where, how serious, by when it must be fixed, and the visit that found it. */
export function FindingFacts({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const visitHref = recordPath('review', finding.visitId);
  return (
    <section className={finding.overdue ? 'card stack record-overdue' : 'card stack'}>
      <FindingWording foundText={finding.foundText} requirement={finding.requirement} />
      <dl className="fact-list">
        <dt>{t('findings.unit')}</dt>
        <dd data-testid="finding-unit">
          {finding.followingUnit ? (
            t('findings.raisedAgainst', { unit: (finding.responsibleUnitAsOf ?? finding.responsibleUnit).name })
          ) : (
            <UnitAsOfName asOf={finding.responsibleUnitAsOf} unit={finding.responsibleUnit} />
          )}
        </dd>
        {finding.followingUnit && (
          <>
            <dt>{t('findings.followingUnit')}</dt>
            <dd data-testid="finding-following-unit">{finding.followingUnit.name}</dd>
          </>
        )}
        <dt>{t('findings.group')}</dt>
        <dd>
          {finding.groupTitle}
          {finding.itemCode && ` · ${t('findings.item')} ${finding.itemCode}`}
        </dd>
        <dt>{t('findings.severity')}</dt>
        <dd>
          <SeverityBadge severity={finding.severity} />
        </dd>
        <dt>{t('findings.deadline')}</dt>
        <dd className={finding.overdue ? 'text-danger' : undefined}>
          {finding.deadline ? formatDate(finding.deadline) : t('findings.noDeadline')}
          {finding.overdue && ` · ${t('findings.overdue')}`}
        </dd>
        {finding.visitDate && (
          <>
            <dt>{t('findings.visitDate')}</dt>
            <dd>{formatDate(finding.visitDate)}</dd>
          </>
        )}
        {finding.recommendation && (
          <>
            <dt>{t('findings.recommendation')}</dt>
            <dd>{finding.recommendation}</dd>
          </>
        )}
      </dl>
      {finding.evidencePhotos.length > 0 && (
        <ul className="thumbs" aria-label={t('findings.evidence')}>
          {finding.evidencePhotos.map((photo, index) => (
            <li key={photo.id}>
              <a href={photo.url} target="_blank" rel="noreferrer">
                <img src={photo.url} alt={photo.caption ?? `${t('findings.evidence')} ${index + 1}`} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      )}
      {finding.reopenCount > 0 && <p className="muted">{t('findings.reopenCount', { count: finding.reopenCount })}</p>}
      {/* The link opens the office's review screen, for those who see every visit. */}
      {can(user, 'VISIT_READ_ALL') && (
        <a className="tap-link" href={visitHref} onClick={linkClick(visitHref)}>
          {t('findings.openVisit')}
        </a>
      )}
    </section>
  );
}
