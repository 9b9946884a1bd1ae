import type { MessageKey } from '../../i18n/vi';
import type { OutboxEntry } from '../../offline/field-writes';
import type { SyncState } from '../../offline/sync-state';

export interface StatusLine {
  key: MessageKey;
  params: Record<string, string | number>;
  tone: 'ok' | 'waiting' | 'busy' | 'problem';
}

const MB = 1024 * 1024;

const FAILURE_LINES: Readonly<Record<string, MessageKey>> = {
  NETWORK: 'sync.statusNoNetwork',
  TIMEOUT: 'sync.statusNoAnswer',
  UNAVAILABLE: 'sync.statusUnavailable',
};

/** Megabytes with a decimal comma: 1,2; two decimals under 1 MB so that a signature is not "0,0". */
export function megabytes(bytes: number): string {
  const digits = bytes > 0 && bytes < MB ? 2 : 1;
  return new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    bytes / MB,
  );
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
  // The last try failed: say how, since "no network", "no answer" and "not serving" call for different things.
  const failure = online && waiting > 0 ? FAILURE_LINES[sync.lastError?.kind ?? ''] : undefined;
  if (failure) return { key: failure, params: { count: waiting }, tone: 'problem' };
  if (waiting > 0)
    return {
      key: online ? 'sync.statusWaiting' : 'sync.statusWaitingOffline',
      params: { count: waiting },
      tone: 'waiting',
    };
  return { key: 'sync.statusDone', params: {}, tone: 'ok' };
}
