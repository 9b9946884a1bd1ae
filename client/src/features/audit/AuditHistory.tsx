import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Spinner } from '../../ui/Spinner';
import { auditChanges, auditSubject, compactValue, knownAuditAction } from './audit';
import { auditTrailQuery } from './operations';

/** The append-only history of a visit or a finding, newest first. */
export function AuditHistory({ entityId }: { entityId: string }) {
  const { t, language } = useI18n();
  const { data, loading, error } = useQuery(auditTrailQuery, {
    variables: { entityId },
    fetchPolicy: 'cache-and-network',
  });
  const entries = [...(data?.auditTrail ?? [])].sort((a, b) => String(b.at).localeCompare(String(a.at)));
  return (
    <section className="card stack" aria-labelledby={`history-${entityId}`} data-testid="audit-history">
      <h2 id={`history-${entityId}`} className="section-title">
        {t('review.history')}
      </h2>
      {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
      {loading && entries.length === 0 && <Spinner label={t('common.loading')} />}
      {!loading && !error && entries.length === 0 && <p className="muted">{t('review.historyEmpty')}</p>}
      <ul className="history-list">
        {entries.map((entry) => {
          const action = knownAuditAction(entry.action);
          const subject = auditSubject(entry.entityType);
          const changes = auditChanges(entry.before, entry.after);
          return (
            <li key={entry.id} data-testid="audit-entry">
              <div>
                <strong>{formatInstant(entry.at, { withTime: true })}</strong> ·{' '}
                {entry.actorName ?? t('review.historyUnknownActor')} ·{' '}
                {subject !== 'visit' && subject !== 'other' && `${t(`review.auditSubject.${subject}`)}: `}
                <strong>{action ? t(`review.audit.${action}`) : entry.action}</strong>
              </div>
              {entry.reason && <div>{t('review.historyReason', { reason: entry.reason })}</div>}
              {changes.length > 0 && (
                <ul className="history-change" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {changes.map((change) => (
                    <li key={change.field}>
                      {change.field}: {compactValue(change.before)} → {compactValue(change.after)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
