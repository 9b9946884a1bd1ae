import { type ErrorCode, hasErrorCode } from '../apollo/error-codes';
import { SyncError } from './sync-errors';

/** The server's answer to bytes that do not match their SHA-256: the phone sends the photo again from the start. */
const HASH_MISMATCH: ErrorCode = 'FILE_HASH_MISMATCH';

/**
 * Piece sizes, sized to the link: a piece cut on its way is lost whole (the server keeps only pieces
 * that arrived complete), so a link that drops often must get small pieces, and a good one big pieces
 * (fewer requests). Start small, double after each piece that gets through, quarter after one that
 * does not, always within these bounds. The largest piece still fits the request deadline at ~26 KiB/s.
 */
export const MIN_PIECE_BYTES = 16 * 1024;
export const FIRST_PIECE_BYTES = 64 * 1024;
export const MAX_PIECE_BYTES = 512 * 1024;

/** The next piece size after a piece got through (`true`) or was lost on the link (`false`). */
export function nextPieceSize(current: number, delivered: boolean, min = MIN_PIECE_BYTES, max = MAX_PIECE_BYTES) {
  const next = delivered ? current * 2 : Math.floor(current / 4);
  return Math.min(max, Math.max(min, next));
}

/** What the phone has learnt about the link: kept from one photo to the next, and across runs. */
export class PieceSizer {
  constructor(
    private size = FIRST_PIECE_BYTES,
    private readonly min = MIN_PIECE_BYTES,
    private readonly max = MAX_PIECE_BYTES,
  ) {}

  get current(): number {
    return this.size;
  }

  delivered(): void {
    this.size = nextPieceSize(this.size, true, this.min, this.max);
  }

  lost(): void {
    this.size = nextPieceSize(this.size, false, this.min, this.max);
  }
}
/** A hash mismatch means a piece was garbled on the way: start over, but not forever. */
const MAX_RESTARTS = 2;
/** Offset disagreements or answers that do not move forward, before giving up for this run. */
const MAX_STALLS = 5;

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface PieceUpload {
  fileId: string;
  bytes: ArrayBuffer;
  mimeType: string;
  /** Hex SHA-256 of the whole file. */
  sha256: string;
  /**
   * Whether an earlier try may have sent part of it: then the server is asked first (HEAD) where the
   * upload stands. A file never started begins with its first piece, one round trip sooner.
   */
  started: boolean;
  /** Bytes the server holds so far for this file. */
  onProgress?: (received: number) => void;
}

/** Hex SHA-256 with the browser's own crypto. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function send(fetcher: FetchLike, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetcher(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    // A deadline that passed stays a TIMEOUT; anything else thrown by fetch is the network.
    throw error instanceof SyncError ? error : new SyncError('NETWORK', null);
  }
}

async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  try {
    const body = (await response.json()) as unknown;
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** An answer that will not change by sending again (too large, not an image...). */
function refused(status: number, body: Record<string, unknown>): SyncError {
  const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
  return new SyncError('FILE_REFUSED', typeof body.message === 'string' ? body.message : null, code);
}

/**
 * 5xx (the server's storage full or read-only, its database away, a proxy's 503), 408 and 429 are tried
 * again later with the photo kept: the server answered, so this is not "no network"; its message (e.g.
 * "storage full, tell the administrator") is kept to show.
 */
function failure(response: Response, body: Record<string, unknown>): SyncError {
  if (response.status === 401) return new SyncError('UNAUTHENTICATED', null);
  if (response.status >= 500 || response.status === 408 || response.status === 429) {
    return new SyncError(
      'UNAVAILABLE',
      typeof body.message === 'string' ? body.message : null,
      typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
    );
  }
  return refused(response.status, body);
}

/** Where the server stands with the file: its offset, or 'done' when it holds the same whole file. */
async function probe(fetcher: FetchLike, upload: PieceUpload): Promise<number | 'done'> {
  const response = await send(fetcher, `/api/files/${upload.fileId}`, { method: 'HEAD' });
  if (response.status === 404) return 0;
  if (!response.ok) throw failure(response, {});
  if (response.headers.get('Upload-Complete') === '1') {
    if (response.headers.get('X-Content-SHA256') === upload.sha256) return 'done';
    throw new SyncError('FILE_REFUSED', null, HASH_MISMATCH);
  }
  const offset = Number(response.headers.get('Upload-Offset') ?? 0);
  return Number.isInteger(offset) && offset >= 0 && offset <= upload.bytes.byteLength ? offset : 0;
}

/**
 * Uploads a photo in pieces, resuming where the server stopped (HEAD for a file started before, then a
 * 202 or 409 with the server's offset), starting over after a hash mismatch. Resolves only when the server reports the whole file
 * with the phone's SHA-256: only then does the photo count as sent. Piece sizes follow `sizer`.
 */
export async function uploadInPieces(
  fetcher: FetchLike,
  upload: PieceUpload,
  sizer: PieceSizer = new PieceSizer(),
): Promise<void> {
  const total = upload.bytes.byteLength;
  const url = `/api/files/${upload.fileId}`;
  // Not started: the server has nothing of it (the file id is the phone's own); if it had, the first
  // piece's answer would say where it stands all the same.
  const found = upload.started ? await probe(fetcher, upload) : 0;
  if (found === 'done') {
    upload.onProgress?.(total);
    return;
  }
  let offset = found;
  let restarts = 0;
  let stalls = 0;
  upload.onProgress?.(offset);
  for (;;) {
    const end = Math.min(offset + sizer.current, total);
    let response: Response;
    let body: Record<string, unknown>;
    try {
      response = await send(fetcher, url, {
        method: 'PUT',
        body: upload.bytes.slice(offset, end),
        headers: {
          'Content-Type': upload.mimeType,
          'X-Content-SHA256': upload.sha256,
          'Upload-Length': String(total),
          'Upload-Offset': String(offset),
        },
      });
      body = await jsonOf(response);
    } catch (error) {
      // Lost on the link: smaller pieces from now on. The next try asks the server (HEAD) what it kept.
      if (error instanceof SyncError && (error.kind === 'NETWORK' || error.kind === 'TIMEOUT')) sizer.lost();
      throw error;
    }
    if (response.status === 201 || response.status === 202) sizer.delivered();
    if (response.status === 201) {
      if (body.sha256 !== upload.sha256) throw new SyncError('FILE_REFUSED', null, HASH_MISMATCH);
      upload.onProgress?.(total);
      return;
    }
    const serverOffset = typeof body.offset === 'number' ? body.offset : Number.NaN;
    if (response.status === 202 || (response.status === 409 && hasErrorCode(body, 'FILE_UPLOAD_OFFSET'))) {
      if (!Number.isInteger(serverOffset) || serverOffset < 0 || serverOffset > total) {
        throw new SyncError('NETWORK', null);
      }
      if (response.status === 409 || serverOffset <= offset) stalls += 1;
      if (stalls > MAX_STALLS) throw new SyncError('NETWORK', null);
      offset = serverOffset;
      upload.onProgress?.(offset);
      continue;
    }
    if (response.status === 422 && hasErrorCode(body, HASH_MISMATCH)) {
      restarts += 1;
      if (restarts > MAX_RESTARTS) throw refused(response.status, body);
      offset = 0;
      upload.onProgress?.(0);
      continue;
    }
    throw failure(response, body);
  }
}
