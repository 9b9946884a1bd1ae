/**
 * Why a sync run stopped. NETWORK and SYNC_FAILED are tried again later with backoff; UNAUTHENTICATED
 * waits for the same user to sign in again; FILE_REFUSED is one photo the server will not take;
 * REFUSED_BATCH is a batch the server turned down as a whole (its message is shown, tried again later).
 */
export type SyncErrorKind = 'NETWORK' | 'SYNC_FAILED' | 'UNAUTHENTICATED' | 'FILE_REFUSED' | 'REFUSED_BATCH';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    /** The server's Vietnamese message, if it sent one. */
    readonly serverMessage: string | null,
    readonly code: string | null = null,
  ) {
    super(serverMessage ?? kind);
  }
}
