/**
 * Why a sync run stopped. NETWORK (the server could not be reached: no network, connection refused or
 * cut), TIMEOUT (a request got no answer before its deadline: a stalled link or a server that hangs),
 * UNAVAILABLE (the server, or a proxy before it, answered 502/503/504: it is there but not serving) and
 * SYNC_FAILED are tried again later with backoff; UNAUTHENTICATED waits for the same user to sign in
 * again; FILE_REFUSED is one photo the server will not take; REFUSED_BATCH is a batch the server turned
 * down as a whole (its message is shown, tried again later).
 */
export type SyncErrorKind =
  | 'NETWORK'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'SYNC_FAILED'
  | 'UNAUTHENTICATED'
  | 'FILE_REFUSED'
  | 'REFUSED_BATCH';

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

/** A 502/503/504: something answered, so the network works, but the server is not serving now. */
export function isUnavailableStatus(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}
