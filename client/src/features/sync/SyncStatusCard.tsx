import { useOnline } from '../../app/useOnline';
import { errorText } from '../../i18n/error-messages';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useOffline } from '../../offline/OfflineProvider';
import type { SyncError } from '../../offline/sync-errors';
import { Button } from '../../ui/Button';
import { megabytes, syncStatusLine } from './sync-status';

function useSyncErrorText() {
  const { t, language } = useI18n();
  return (error: SyncError): string => {
    const message = errorText(language, error.code, error.serverMessage);
    switch (error.kind) {
      case 'UNAUTHENTICATED':
        return t('sync.sessionExpired');
      case 'SYNC_FAILED':
        return t('sync.serverFault');
      case 'REFUSED_BATCH':
      case 'FILE_REFUSED':
        return message ?? t('sync.serverFault');
      case 'TIMEOUT':
        return t('sync.timeout');
      case 'UNAVAILABLE':
        return message ?? t('sync.unavailable', { status: error.code?.replace(/^HTTP_/, '') ?? '503' });
      default:
        return message ?? t('sync.networkError');
    }
  };
}

/** Where sync stands: the status line, its progress, the last error and retry time, and the button. */
export function SyncStatusCard() {
  const { t } = useI18n();
  const online = useOnline();
  const { entries, sync, syncNow, canSync } = useOffline();
  const errorText = useSyncErrorText();
  const busy = sync.phase === 'sending' || sync.phase === 'uploading' || sync.phase === 'refreshing';
  const line = syncStatusLine(sync, entries, online);
  return (
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
  );
}
