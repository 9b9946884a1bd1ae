import { useI18n } from '../../i18n/I18nProvider';
import type { HistoryChange, HistoryDetail, HistoryGroup } from './history';

function ChangeLine({ change }: { change: HistoryChange }) {
  const { t } = useI18n();
  if (change.before && change.after) return <li>{t('history.change', { ...change } as Record<string, string>)}</li>;
  if (change.after) return <li>{t('history.value', { field: change.field, value: change.after })}</li>;
  return <li>{t('history.removedValue', { field: change.field, value: change.before ?? '' })}</li>;
}

function DetailLines({ detail }: { detail: HistoryDetail }) {
  const { t } = useI18n();
  return (
    <>
      {detail.label && (
        <div className="history-item">
          {detail.count > 1 ? t('history.detailCount', { label: detail.label, count: detail.count }) : detail.label}
        </div>
      )}
      {detail.changes.length > 0 && (
        <ul className="history-change">
          {detail.changes.map((change) => (
            <ChangeLine key={change.field} change={change} />
          ))}
        </ul>
      )}
    </>
  );
}

/** One line of a history: what was done, by whom and when; its items and values, behind an expander when many. */
export function HistoryGroupItem({
  group,
  technical,
  recordKind,
}: {
  group: HistoryGroup;
  technical: boolean;
  /** In the whole system's log: what kind of record the line is about ("Người dùng"). */
  recordKind?: string;
}) {
  const { t } = useI18n();
  const [single] = group.details.length === 1 ? group.details : [];
  return (
    <li data-testid="audit-entry" className="history-entry">
      <div>
        {recordKind && <span className="badge">{recordKind}</span>} <strong>{group.sentence}</strong>
      </div>
      <div className="muted">
        {group.role ? t('history.by', { actor: group.actor, role: group.role }) : group.actor} · {group.when}
      </div>
      {group.reasons.map((reason) => (
        <div key={reason}>{t('review.historyReason', { reason })}</div>
      ))}
      {single && <DetailLines detail={single} />}
      {group.details.length > 1 && (
        <details className="history-details">
          <summary>{t('history.details', { count: group.details.length })}</summary>
          <ul className="history-change">
            {group.details.map((detail) => (
              <li key={detail.id}>
                <DetailLines detail={detail} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {technical && (
        <details className="history-details" data-testid="audit-technical">
          <summary>{t('history.technical')}</summary>
          <pre className="history-raw">
            {group.entries
              .map((entry) =>
                JSON.stringify({
                  at: entry.at,
                  action: entry.action,
                  entityType: entry.entityType,
                  before: entry.before,
                  after: entry.after,
                }),
              )
              .join('\n')}
          </pre>
        </details>
      )}
    </li>
  );
}
