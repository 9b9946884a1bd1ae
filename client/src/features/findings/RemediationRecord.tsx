import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import type { Finding } from './finding-detail';

/**
 * What the unit reported it did, with its photos; why the office last did not accept a report (with the
 * day and who: the unit head reads it before reporting again); when and why the office closed the finding.
 */
export function RemediationRecord({ finding }: { finding: Finding }) {
  const { t } = useI18n();
  return (
    <section className="card stack">
      <h2 className="section-title">{t('findings.remediation')}</h2>
      {finding.rejectionReason ? (
        <div className="stack" data-testid="remediation-rejection" style={{ gap: 4 }}>
          <Banner tone={finding.status === 'OPEN' ? 'warning' : 'info'}>
            <strong>{t('findings.rejectionTitle')}</strong>
            <span className="pre-line"> {finding.rejectionReason}</span>
          </Banner>
          <p className="muted">
            {t('findings.rejectionBy', {
              date: formatInstant(finding.rejectedAt),
              name: finding.rejectedByName ?? '',
            })}
          </p>
        </div>
      ) : null}
      {finding.remediationText ? (
        <>
          {finding.remediationReportedAt ? (
            <p className="muted">
              {t('findings.remediationAt', { date: formatInstant(finding.remediationReportedAt) })}
            </p>
          ) : null}
          <p className="pre-line">{finding.remediationText}</p>
        </>
      ) : (
        <p className="muted">{t('findings.noRemediation')}</p>
      )}
      {finding.remediationPhotos.length > 0 && (
        <ul className="thumbs">
          {finding.remediationPhotos.map((photo, index) => (
            <li key={photo.id}>
              <a href={photo.url} target="_blank" rel="noreferrer">
                <img
                  src={photo.url}
                  alt={photo.caption ?? t('findings.remediationPhoto', { index: index + 1 })}
                  loading="lazy"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      {finding.closedAt ? (
        <p>
          <span className="badge badge-success">
            {t('findings.closedAt', { date: formatInstant(finding.closedAt) })}
          </span>
        </p>
      ) : null}
      {finding.closeReason ? (
        <p className="pre-line" data-testid="close-reason">
          {t('findings.closedWithoutReportNote', { reason: finding.closeReason })}
        </p>
      ) : null}
    </section>
  );
}
