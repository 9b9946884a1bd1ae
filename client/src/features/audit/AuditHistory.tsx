import { useQuery } from '@apollo/client/react';
import { describeError } from '../../apollo/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Spinner } from '../../ui/Spinner';
import { useCurrentUser } from '../auth/session';
import { HistoryGroupItem } from './HistoryGroupItem';
import { type HistoryEntry, readableHistory } from './history';
import { auditTrailQuery } from './operations';

/**
 * The history of a visit or a finding, newest first, in sentences (history.ts): runs of the same kind of
 * change are one line, expandable to the items; an administrator also sees the raw entries.
 */
export function AuditHistory({ entityId }: { entityId: string }) {
  const { t, language } = useI18n();
  const user = useCurrentUser();
  const { data, loading, error } = useQuery(auditTrailQuery, {
    variables: { entityId },
    fetchPolicy: 'cache-and-network',
  });
  const entries: HistoryEntry[] = (data?.auditTrail ?? []).map((entry) => ({
    ...entry,
    at: String(entry.at),
    actorRole: entry.actorRole ?? null,
    itemLabel: entry.itemLabel ?? null,
  }));
  const groups = readableHistory(entries, t);
  return (
    <section className="card stack" aria-labelledby={`history-${entityId}`} data-testid="audit-history">
      <h2 id={`history-${entityId}`} className="section-title">
        {t('review.history')}
      </h2>
      {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
      {loading && groups.length === 0 && <Spinner label={t('common.loading')} />}
      {!loading && !error && groups.length === 0 && <p className="muted">{t('review.historyEmpty')}</p>}
      <ul className="history-list">
        {groups.map((group) => (
          <HistoryGroupItem key={group.id} group={group} technical={user.role === 'ADMIN'} />
        ))}
      </ul>
    </section>
  );
}
