import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { FindingStatusBadge, SeverityBadge } from '../../ui/StatusBadges';
import { FindingWording } from '../findings/FindingWording';
import type { ReviewVisit } from './review-visit';

/** The visit's findings; once it is approved, each opens the finding's own screen. */
export function ReviewFindings({ visit }: { visit: ReviewVisit }) {
  const { t } = useI18n();
  return (
    <section className="card stack" aria-labelledby="findings-title">
      <h2 id="findings-title" className="section-title">
        {t('review.findings')}
      </h2>
      {visit.findings.length === 0 && <p className="muted">{t('review.noFindings')}</p>}
      <ul className="record-list">
        {visit.findings.map((finding) => {
          const body = (
            <>
              <FindingWording
                foundText={finding.foundText}
                requirement={finding.requirement}
                prefix={finding.itemCode}
              />
              <div className="record-meta">
                <SeverityBadge severity={finding.severity} />
                {visit.status === 'APPROVED' && <FindingStatusBadge status={finding.status} />}
                {finding.deadline && <span>{t('review.deadline', { date: formatDate(finding.deadline) })}</span>}
              </div>
              {finding.recommendation && (
                <span className="muted">{t('review.recommendation', { text: finding.recommendation })}</span>
              )}
            </>
          );
          const href = recordPath('findings', finding.id);
          return (
            <li key={finding.id}>
              {visit.status === 'APPROVED' ? (
                <a className="record" href={href} onClick={linkClick(href)}>
                  {body}
                </a>
              ) : (
                <div className="record">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
