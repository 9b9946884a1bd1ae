import type { VisitFinding } from '../../field/types';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { FindingWording } from '../findings/FindingWording';

/** The unit's findings from earlier years, to verify before scoring: read-only here. */
export function PreviousFindings({ findings }: { findings: VisitFinding[] }) {
  const { t } = useI18n();
  if (findings.length === 0) return null;
  return (
    <section className="visit-section" aria-labelledby="previous-findings-title" data-testid="previous-findings">
      <h2 id="previous-findings-title">{t('visits.previousFindings')}</h2>
      <p className="muted">{t('visits.previousFindingsHint')}</p>
      <ul className="finding-list">
        {findings.map((finding) => (
          <li key={finding.id} className="card visit-finding">
            <p className="row">
              <span className={`badge finding-status-${finding.status.toLowerCase()}`}>
                {t(`visits.findingStatus.${finding.status}`)}
              </span>
              {finding.overdue && finding.status !== 'CLOSED' && (
                <span className="badge badge-danger">{t('visits.overdue')}</span>
              )}
              <span className="muted">
                {finding.itemCode ? t('visits.findingOfItem', { code: finding.itemCode }) : finding.groupTitle}
                {finding.visitDate && ` · ${formatDate(finding.visitDate)}`}
              </span>
            </p>
            <FindingWording foundText={finding.foundText} requirement={finding.requirement} />
            {finding.recommendation && (
              <p className="muted">
                {t('visits.recommendation')}: {finding.recommendation}
              </p>
            )}
            {finding.deadline && (
              <p className="muted">{t('visits.deadlineOn', { date: formatDate(finding.deadline) })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
