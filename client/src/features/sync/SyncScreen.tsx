import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useOnline } from '../../app/useOnline';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useOffline } from '../../offline/OfflineProvider';
import { isClosedVisitRefusal, type OutboxEntry } from '../../offline/outbox-rules';
import { type StorageReport, storageReport } from '../../offline/storage';
import type { SyncError } from '../../offline/sync-errors';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { myVisitsQuery, visitQuery } from '../visits/operations';
import { describeEntry } from './describe-entry';
import { megabytes, syncStatusLine } from './sync-status';
import './sync.css';

function useSyncErrorText() {
  const { t } = useI18n();
  return (error: SyncError): string => {
    switch (error.kind) {
      case 'UNAUTHENTICATED':
        return t('sync.sessionExpired');
      case 'SYNC_FAILED':
        return t('sync.serverFault');
      case 'REFUSED_BATCH':
      case 'FILE_REFUSED':
        return error.serverMessage ?? t('sync.serverFault');
      case 'TIMEOUT':
        return t('sync.timeout');
      case 'UNAVAILABLE':
        return error.serverMessage ?? t('sync.unavailable', { status: error.code?.replace(/^HTTP_/, '') ?? '503' });
      default:
        return error.serverMessage ?? t('sync.networkError');
    }
  };
}

/** Names and item codes from the data already on the phone, to say what each write is about. */
function useVisitLabels() {
  const client = useApolloClient();
  const list = client.cache.readQuery({ query: myVisitsQuery })?.myVisits ?? [];
  return {
    visitName(visitId: string): string | null {
      const cached = client.cache.readQuery({ query: visitQuery, variables: { id: visitId } })?.visit;
      return cached?.unit.name ?? list.find((visit) => visit.id === visitId)?.unit.name ?? null;
    },
    itemCode(visitId: string, itemId: string): string | null {
      const cached = client.cache.readQuery({ query: visitQuery, variables: { id: visitId } })?.visit;
      const version = cached?.templateVersion ?? cached?.plannedTemplateVersion;
      for (const group of version?.groups ?? []) {
        const item = group.items.find((candidate) => candidate.id === itemId);
        if (item) return item.code;
      }
      return null;
    },
  };
}

/** "Đồng bộ": what waits on the phone, what the server refused, the button, and the phone's storage. */
export function SyncScreen() {
  const { t } = useI18n();
  const online = useOnline();
  const { entries, sync, syncNow, canSync, unavailable } = useOffline();
  const errorText = useSyncErrorText();
  const labels = useVisitLabels();
  const busy = sync.phase === 'sending' || sync.phase === 'uploading' || sync.phase === 'refreshing';
  const line = syncStatusLine(sync, entries, online);

  const byVisit = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    const key = entry.visitId ?? '';
    byVisit.set(key, [...(byVisit.get(key) ?? []), entry]);
  }

  return (
    <>
      <PageHeader title={t('sync.title')} />
      <div className="stack sync-screen" data-testid="sync-screen">
        {unavailable && <Banner tone="error">{t('sync.storageUnavailable')}</Banner>}
        <section className="card stack">
          <p className={`sync-line sync-line-${line.tone}`} data-testid="sync-screen-status" role="status">
            {t(line.key, line.params)}
          </p>
          {busy && sync.total > 0 && (
            <div className="stack sync-progress">
              <progress
                className="progress-bar"
                max={sync.total}
                value={sync.sent}
                aria-label={t('sync.progressOps', { sent: sync.sent, total: sync.total })}
              />
              <span>{t('sync.progressOps', { sent: sync.sent, total: sync.total })}</span>
              {sync.bytesTotal > 0 && (
                <>
                  <progress
                    className="progress-bar"
                    max={sync.bytesTotal}
                    value={sync.bytesSent}
                    aria-label={t('sync.progressPhotos', {
                      sent: megabytes(sync.bytesSent),
                      total: megabytes(sync.bytesTotal),
                    })}
                  />
                  <span>
                    {t('sync.progressPhotos', { sent: megabytes(sync.bytesSent), total: megabytes(sync.bytesTotal) })}
                  </span>
                </>
              )}
            </div>
          )}
          {sync.lastError && !busy && (
            <p className="save-status save-error" role="alert" data-testid="sync-error">
              {errorText(sync.lastError)}
              {sync.retryAt &&
                ` ${t('sync.retryAt', { at: formatInstant(sync.retryAt.toISOString(), { withTime: true }) })}`}
            </p>
          )}
          {!online && <p className="muted">{t('sync.offlineHint')}</p>}
          {canSync && (
            <Button block className="btn-big" data-testid="sync-button" disabled={busy || !online} onClick={syncNow}>
              {busy ? t('sync.syncing') : t('sync.button')}
            </Button>
          )}
          {sync.lastSyncAt && (
            <p className="muted">
              {t('sync.lastSync', { at: formatInstant(sync.lastSyncAt.toISOString(), { withTime: true }) })}
            </p>
          )}
        </section>

        {entries.length === 0 ? (
          <p className="muted">{t('sync.nothingWaiting')}</p>
        ) : (
          [...byVisit.entries()].map(([visitId, list]) => (
            <section key={visitId} className="visit-section stack" data-testid="sync-visit">
              <h2>{(visitId && labels.visitName(visitId)) || t('sync.unknownVisit')}</h2>
              <ul className="sync-entries">
                {list.map((entry) => (
                  <EntryRow
                    key={entry.operationId}
                    entry={entry}
                    label={(() => {
                      const { key, params } = describeEntry(entry, (itemId) => labels.itemCode(visitId, itemId));
                      return t(key, params);
                    })()}
                    fileError={typeof entry.input.fileId === 'string' ? sync.fileErrors[entry.input.fileId] : undefined}
                  />
                ))}
              </ul>
            </section>
          ))
        )}
        {/* Measured again whenever the outbox changes (a photo stored or sent). */}
        <StorageSection key={entries.length} />
      </div>
    </>
  );
}

function EntryRow({ entry, label, fileError }: { entry: OutboxEntry; label: string; fileError?: SyncError }) {
  const { t } = useI18n();
  const { retry, discard } = useOffline();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const when = formatInstant(entry.createdAt, { withTime: true });
  if (entry.state === 'PENDING') {
    return (
      <li className="sync-entry" data-testid="pending-entry">
        <span className="sync-entry-what">{label}</span>
        <span className="muted">
          {when} · {t('sync.waiting')}
        </span>
        {fileError && <span className="save-error">{fileError.serverMessage ?? t('sync.photoRefused')}</span>}
      </li>
    );
  }
  const closed = isClosedVisitRefusal(entry.refusal);
  return (
    <li className="sync-entry sync-entry-refused" data-testid="refused-entry">
      <span className="sync-entry-what">{label}</span>
      <span className="muted">
        {when} · {t('sync.refused')}
      </span>
      {closed && <strong>{t('sync.closedVisit')}</strong>}
      <span data-testid="refused-reason">{entry.refusal?.message}</span>
      {problem && (
        <span className="save-error" role="alert">
          {problem}
        </span>
      )}
      <div className="row">
        <Button
          variant="secondary"
          data-testid="refused-retry"
          onClick={() => retry(entry.operationId).catch(() => setProblem(t('visits.notSavedOnPhone')))}
        >
          {t('sync.retry')}
        </Button>
        <Button variant="danger" data-testid="refused-discard" onClick={() => setConfirming(true)}>
          {t('sync.discard')}
        </Button>
      </div>
      <Dialog open={confirming} title={t('sync.discardTitle')} onClose={() => setConfirming(false)}>
        <p>{t('sync.discardConfirm', { what: label })}</p>
        <div className="row">
          <Button
            variant="danger"
            data-testid="discard-confirm"
            onClick={() => {
              setConfirming(false);
              discard(entry.operationId).catch(() => setProblem(t('visits.notSavedOnPhone')));
            }}
          >
            {t('sync.discard')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}

function StorageSection() {
  const { t } = useI18n();
  const [report, setReport] = useState<StorageReport | null>(null);
  useEffect(() => {
    let live = true;
    storageReport().then((next) => live && setReport(next));
    return () => {
      live = false;
    };
  }, []);
  if (!report) return null;
  return (
    <section className="visit-section stack" data-testid="storage-section">
      <h2>{t('sync.storage')}</h2>
      {report.usedBytes != null && (
        <p data-testid="storage-used">{t('sync.storageUsed', { used: megabytes(report.usedBytes) })}</p>
      )}
      <p data-testid="storage-persisted">
        {report.persisted ? t('sync.storagePersisted') : t('sync.storageNotPersisted')}
      </p>
    </section>
  );
}
