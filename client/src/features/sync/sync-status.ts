import type { MessageKey } from '../../i18n/vi';
import type { OutboxEntry } from '../../offline/outbox-rules';
import type { SyncState } from '../../offline/sync-engine';

export interface StatusLine {
  key: MessageKey;
  params: Record<string, string | number>;
  tone: 'ok' | 'waiting' | 'busy' | 'problem';
}

const MB = 1024 * 1024;

/** One decimal with a comma: 1,2 (MB). */
export function megabytes(bytes: number): string {
  return new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / MB);
}

/**
 * The header's one line about sync, most urgent first: signing in again, sending now, refused
 * writes, writes waiting, or all sent.
 */
export function syncStatusLine(sync: SyncState, entries: readonly OutboxEntry[], online: boolean): StatusLine {
  const refused = entries.filter((entry) => entry.state === 'REFUSED').length;
  const waiting = entries.length - refused;
  if (sync.needsSignIn) return { key: 'sync.statusSignIn', params: {}, tone: 'problem' };
  if (sync.phase === 'sending' || sync.phase === 'uploading') {
    const params = { sent: sync.sent, total: sync.total };
    if (sync.bytesTotal > 0) {
      return {
        key: 'sync.statusSendingPhotos',
        params: { ...params, bytesSent: megabytes(sync.bytesSent), bytesTotal: megabytes(sync.bytesTotal) },
        tone: 'busy',
      };
    }
    return { key: 'sync.statusSending', params, tone: 'busy' };
  }
  if (refused > 0) return { key: 'sync.statusRefused', params: { count: refused }, tone: 'problem' };
  if (waiting > 0)
    return {
      key: online ? 'sync.statusWaiting' : 'sync.statusWaitingOffline',
      params: { count: waiting },
      tone: 'waiting',
    };
  return { key: 'sync.statusDone', params: {}, tone: 'ok' };
}
