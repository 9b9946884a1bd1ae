import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  type FetchLike,
  MAX_PIECE_BYTES,
  MIN_PIECE_BYTES,
  nextPieceSize,
  PieceSizer,
  sha256Hex,
  uploadInPieces,
} from './file-upload';
import { Outbox } from './outbox';
import { SyncEngine } from './sync-engine';
import { SyncError } from './sync-errors';
import { fetchUploader } from './sync-transport';

interface Stored {
  bytes: Uint8Array;
  total: number;
  complete: boolean;
}

/**
 * The server side of `/api/files/:id` as the contract describes it, in memory. `faults` lets a test
 * break one request: drop the connection, garble a piece, or lose track of an offset.
 */
function fileServer() {
  const files = new Map<string, Stored>();
  const log: string[] = [];
  const faults: (((url: string, init: RequestInit) => Response | 'drop' | 'garble' | null) | null)[] = [];
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

  const fetcher: FetchLike = async (url, init) => {
    const id = url.split('/').pop() ?? '';
    const headers = new Headers(init.headers);
    log.push(`${init.method} ${headers.get('Upload-Offset') ?? ''}`.trim());
    const fault = faults.shift()?.(url, init) ?? null;
    if (fault === 'drop') throw new TypeError('Failed to fetch');
    if (fault instanceof Response) return fault;
    const stored = files.get(id);
    if (init.method === 'HEAD') {
      if (!stored) return new Response(null, { status: 404 });
      if (stored.complete) {
        return new Response(null, {
          status: 200,
          headers: { 'Upload-Complete': '1', 'X-Content-SHA256': await sha256Hex(stored.bytes.slice().buffer) },
        });
      }
      return new Response(null, {
        status: 200,
        headers: { 'Upload-Offset': String(stored.bytes.length), 'Upload-Length': String(stored.total) },
      });
    }
    const total = Number(headers.get('Upload-Length'));
    const offset = Number(headers.get('Upload-Offset'));
    const have = stored?.bytes ?? new Uint8Array();
    if (offset !== have.length) return json(409, { code: 'FILE_UPLOAD_OFFSET', offset: have.length });
    let piece = new Uint8Array(init.body as ArrayBuffer);
    if (fault === 'garble') piece = piece.map((b) => b ^ 0xff);
    const bytes = new Uint8Array(have.length + piece.length);
    bytes.set(have);
    bytes.set(piece, have.length);
    if (bytes.length < total) {
      files.set(id, { bytes, total, complete: false });
      return json(202, { id, offset: bytes.length });
    }
    const sha256 = await sha256Hex(bytes.slice().buffer);
    if (sha256 !== headers.get('X-Content-SHA256')) {
      files.delete(id);
      return json(422, { code: 'FILE_HASH_MISMATCH', message: 'Ảnh nhận được không khớp' });
    }
    files.set(id, { bytes, total, complete: true });
    return json(201, { id, sha256, size: bytes.length, mimeType: 'image/jpeg' });
  };
  return { fetcher, files, log, faults };
}

function photoBytes(size: number): ArrayBuffer {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31) % 251;
  return bytes.buffer;
}

/** These tests are about offsets and hashes: pieces of one fixed size, as a steady link would settle on. */
const PIECE_BYTES = 256 * 1024;
const fixedPieces = () => new PieceSizer(PIECE_BYTES, PIECE_BYTES, PIECE_BYTES);

/** `started`: an earlier try of this file may have sent part of it (the outbox records it). */
async function upload(
  server: ReturnType<typeof fileServer>,
  bytes: ArrayBuffer,
  { progress = [] as number[], sizer = fixedPieces(), started = false } = {},
) {
  await uploadInPieces(
    server.fetcher,
    {
      fileId: 'f1',
      bytes,
      mimeType: 'image/jpeg',
      sha256: await sha256Hex(bytes),
      started,
      onProgress: (received) => progress.push(received),
    },
    sizer,
  );
}

const SIZE = 2 * PIECE_BYTES + 1000;

describe('uploadInPieces', () => {
  it('sends a file never started from its first piece, without asking the server, and ends when the server confirms the same hash', async () => {
    const server = fileServer();
    const progress: number[] = [];
    await upload(server, photoBytes(SIZE), { progress });
    expect(server.log).toEqual(['PUT 0', `PUT ${PIECE_BYTES}`, `PUT ${2 * PIECE_BYTES}`]);
    expect(server.files.get('f1')?.complete).toBe(true);
    expect(progress.at(-1)).toBe(SIZE);
  });

  it('resumes from what the server already has (HEAD)', async () => {
    const server = fileServer();
    server.faults.push(null, () => 'drop');
    await expect(upload(server, photoBytes(SIZE))).rejects.toMatchObject({ kind: 'NETWORK' });
    server.log.length = 0;
    await upload(server, photoBytes(SIZE), { started: true });
    expect(server.log).toEqual(['HEAD', `PUT ${PIECE_BYTES}`, `PUT ${2 * PIECE_BYTES}`]);
    expect(server.files.get('f1')?.complete).toBe(true);
  });

  it("a file started but not recorded as such: the first piece's 409 tells where the server stands", async () => {
    const server = fileServer();
    server.faults.push(null, () => 'drop');
    await expect(upload(server, photoBytes(SIZE))).rejects.toMatchObject({ kind: 'NETWORK' });
    server.log.length = 0;
    await upload(server, photoBytes(SIZE));
    expect(server.log).toEqual(['PUT 0', `PUT ${PIECE_BYTES}`, `PUT ${2 * PIECE_BYTES}`]);
    expect(server.files.get('f1')?.complete).toBe(true);
  });

  it('continues from the offset a 409 gives', async () => {
    const server = fileServer();
    server.faults.push(null, () => 'drop');
    await expect(upload(server, photoBytes(SIZE))).rejects.toBeInstanceOf(SyncError);
    // HEAD answered wrongly (say, by a proxy): the first piece's 409 tells where the server stands.
    server.faults.push(() => new Response(null, { status: 404 }));
    server.log.length = 0;
    await upload(server, photoBytes(SIZE), { started: true });
    expect(server.log).toEqual(['HEAD', 'PUT 0', `PUT ${PIECE_BYTES}`, `PUT ${2 * PIECE_BYTES}`]);
    expect(server.files.get('f1')?.complete).toBe(true);
  });

  it('starts again from 0 after a hash mismatch (422)', async () => {
    const server = fileServer();
    server.faults.push(null, () => 'garble');
    await upload(server, photoBytes(SIZE));
    expect(server.log).toEqual([
      'PUT 0',
      `PUT ${PIECE_BYTES}`,
      `PUT ${2 * PIECE_BYTES}`,
      'PUT 0',
      `PUT ${PIECE_BYTES}`,
      `PUT ${2 * PIECE_BYTES}`,
    ]);
    expect(server.files.get('f1')?.complete).toBe(true);
  });

  it('gives up on a file that never arrives whole, as refused', async () => {
    const server = fileServer();
    for (let i = 0; i < 3; i++) server.faults.push(null, () => 'garble');
    await expect(upload(server, photoBytes(PIECE_BYTES + 10))).rejects.toMatchObject({
      kind: 'FILE_REFUSED',
      code: 'FILE_HASH_MISMATCH',
    });
  });

  it('sends nothing when the server already holds the same file', async () => {
    const server = fileServer();
    await upload(server, photoBytes(1000));
    server.log.length = 0;
    await upload(server, photoBytes(1000), { started: true });
    expect(server.log).toEqual(['HEAD']);
  });

  it.each([
    [401, 'UNAUTHENTICATED'],
    [503, 'UNAVAILABLE'],
    [413, 'FILE_REFUSED'],
  ])('HTTP %i on a piece: %s', async (status, kind) => {
    const server = fileServer();
    server.faults.push(() => new Response(JSON.stringify({ code: 'X', message: 'm' }), { status }));
    await expect(upload(server, photoBytes(1000))).rejects.toMatchObject({ kind });
  });

  it.each([
    [507, 'FILE_STORAGE_FULL', 'Bộ nhớ lưu ảnh trên máy chủ đã đầy.'],
    [503, 'FILE_STORAGE_FAILED', 'Máy chủ không lưu được ảnh lúc này.'],
    [503, 'DATABASE_UNAVAILABLE', 'Máy chủ tạm thời không kết nối được cơ sở dữ liệu.'],
  ])(
    'HTTP %i %s on the last piece: tried again later, with the server message kept to show',
    async (status, code, message) => {
      const server = fileServer();
      server.faults.push(null, null, () => new Response(JSON.stringify({ code, message }), { status }));
      // The server answered: not "no network".
      await expect(upload(server, photoBytes(SIZE))).rejects.toMatchObject({
        kind: 'UNAVAILABLE',
        code,
        serverMessage: message,
      });
      // The next try resumes with the last piece only.
      server.log.length = 0;
      await upload(server, photoBytes(SIZE), { started: true });
      expect(server.log).toEqual(['HEAD', `PUT ${2 * PIECE_BYTES}`]);
    },
  );
});

describe('piece sizes follow the link', () => {
  it.each([
    ['a piece got through: double', 64 * 1024, true, 128 * 1024],
    ['never above the largest', MAX_PIECE_BYTES, true, MAX_PIECE_BYTES],
    ['a piece was lost: a quarter', 256 * 1024, false, 64 * 1024],
    ['never below the smallest', MIN_PIECE_BYTES, false, MIN_PIECE_BYTES],
    ['just above the smallest, lost: the smallest', 32 * 1024, false, MIN_PIECE_BYTES],
  ])('%s', (_name, current, delivered, next) => {
    expect(nextPieceSize(current, delivered)).toBe(next);
  });

  it('starts small, grows while pieces arrive, and shrinks after one is cut; a resumed upload keeps what arrived', async () => {
    const server = fileServer();
    const sizer = new PieceSizer();
    const size = 600 * 1024;
    // Two pieces, then the third is cut on the link.
    server.faults.push(null, null, () => 'drop');
    await expect(upload(server, photoBytes(size), { sizer })).rejects.toMatchObject({ kind: 'NETWORK' });
    expect(server.log).toEqual(['PUT 0', `PUT ${64 * 1024}`, `PUT ${192 * 1024}`]);
    // 64 KiB, 128 KiB delivered; the 256 KiB piece was lost: the next pieces are 64 KiB.
    expect(sizer.current).toBe(64 * 1024);
    server.log.length = 0;
    await upload(server, photoBytes(size), { sizer, started: true });
    // The server kept the two whole pieces (192 KiB): the phone asks, and goes on from there.
    expect(server.log).toEqual(['HEAD', `PUT ${192 * 1024}`, `PUT ${256 * 1024}`, `PUT ${384 * 1024}`]);
    expect(server.files.get('f1')?.complete).toBe(true);
    expect(sizer.current).toBe(MAX_PIECE_BYTES);
  });
});

describe('a photo the server cannot store yet (507 / 503)', () => {
  it('stays in the outbox with its write, the reason is shown, and it is sent on a later try', async () => {
    const outbox = await Outbox.open('file-upload-storage-full');
    try {
      const server = fileServer();
      const full = () =>
        new Response(JSON.stringify({ code: 'FILE_STORAGE_FULL', message: 'Bộ nhớ lưu ảnh trên máy chủ đã đầy.' }), {
          status: 507,
        });
      // The first piece, then the storage is full for the second, and for the next try's second piece
      // (after its HEAD: the photo was started).
      server.faults.push(null, full, null, full);
      const timers: { ms: number; run: () => void }[] = [];
      const batches: string[][] = [];
      const engine = new SyncEngine({
        userId: 'u1',
        outbox,
        transport: async (request) => {
          batches.push(request.operations.map((op) => op.kind));
          return {
            outcomes: request.operations.map((op) => ({
              operationId: op.operationId,
              status: 'APPLIED',
              code: null,
              message: null,
            })),
          };
        },
        upload: fetchUploader(server.fetcher),
        refresh: async () => {},
        random: () => 0,
        setTimer: (run, ms) => {
          const timer = { ms, run };
          timers.push(timer);
          return () => timers.splice(timers.indexOf(timer), 1);
        },
      });
      const bytes = photoBytes(PIECE_BYTES + 10);
      const blob = {
        fileId: 'f1',
        bytes,
        mimeType: 'image/jpeg',
        size: bytes.byteLength,
        sha256: await sha256Hex(bytes),
      };
      await outbox.enqueue(
        'u1',
        'ATTACH_VISIT_FILE',
        { visitId: 'v1', fileId: 'f1', kind: 'PHOTO', attachmentId: 'a-f1' },
        { blob },
      );

      const delays: number[] = [];
      for (let attempt = 1; attempt <= 2; attempt++) {
        await engine.run();
        delays.push(...timers.map((t) => t.ms));
        const state = engine.getState();
        expect(state.lastError).toMatchObject({ kind: 'UNAVAILABLE', code: 'FILE_STORAGE_FULL' });
        expect(state.lastError?.serverMessage).toMatch(/đã đầy/);
        expect(state.retryAt).not.toBeNull();
        // Nothing left the phone: the photo and the write that attaches it wait for the next try.
        expect(batches).toEqual([]);
        expect(await outbox.blob('u1', 'f1')).toMatchObject({ uploaded: false, size: bytes.byteLength });
        expect(await outbox.entries('u1')).toHaveLength(1);
      }
      // Tried again later, with a growing backoff (no jitter here).
      expect(delays).toEqual([500, 1000]);
      // Only the tries after the first ask the server where the photo stands.
      expect(server.log).toEqual(['PUT 0', `PUT ${64 * 1024}`, 'HEAD', `PUT ${64 * 1024}`]);
      expect(await outbox.blob('u1', 'f1')).toMatchObject({ uploadStarted: true });

      // Space freed on the server: the timer's try uploads the photo and then sends its write.
      timers[0]?.run();
      await engine.run();
      expect(server.files.get('f1')?.complete).toBe(true);
      expect(batches).toEqual([['ATTACH_VISIT_FILE']]);
      expect(await outbox.entries('u1')).toEqual([]);
      expect(engine.getState()).toMatchObject({ lastError: null, retryAt: null });
    } finally {
      outbox.close();
    }
  });
});
