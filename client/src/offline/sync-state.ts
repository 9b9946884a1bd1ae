import type { OutboxEntry } from './field-writes';
import type { SyncError } from './sync-errors';

// The engine's state apart from the engine (sync-engine.ts): the first screen shows it before the engine's
// chunk has loaded (useSyncEngine.ts).

export interface SyncState {
  phase: 'idle' | 'uploading' | 'sending' | 'refreshing' | 'waiting';
  /** Operations sent in this run, of those to send when it started. */
  sent: number;
  total: number;
  /** Photo bytes the server confirmed in this run, of those to upload. */
  bytesSent: number;
  bytesTotal: number;
  lastSyncAt: Date | null;
  /** Why the last run stopped, or null. */
  lastError: SyncError | null;
  /** The session ended: nothing is sent until the same user signs in again. */
  needsSignIn: boolean;
  /** When the next try after a failure is due. */
  retryAt: Date | null;
  /** Photos the server refused, by file id (shown next to their write). */
  fileErrors: Readonly<Record<string, SyncError>>;
  /** Writes the server applied whose visit was not reloaded yet: still laid over the cached visit. */
  applied: readonly OutboxEntry[];
}

/** Nothing sent yet, nothing failing. */
export const IDLE_SYNC_STATE: SyncState = {
  phase: 'idle',
  sent: 0,
  total: 0,
  bytesSent: 0,
  bytesTotal: 0,
  lastSyncAt: null,
  lastError: null,
  needsSignIn: false,
  retryAt: null,
  fileErrors: {},
  applied: [],
};
