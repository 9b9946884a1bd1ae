import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox, type StoredBlob } from './outbox';
import type { ServerOutcome } from './outbox-rules';
import { type BlobUploader, PHOTO_UPLOADS, type SyncBatchRequest, SyncEngine, type SyncTransport } from './sync-engine';
import { SyncError } from './sync-errors';

let opened: Outbox[] = [];
let counter = 0;
afterEach(() => {
  for (const box of opened) box.close();
  opened = [];
});
async function freshOutbox(): Promise<Outbox> {
  const box = await Outbox.open(`sync-test-${++counter}`);
  opened.push(box);
  return box;
}

/**
 * A server in memory that behaves like `syncBatch`: applies each operation id once (a retry gets the
 * stored result), refuses what a test says, and holds a visit's later writes after a refusal.
 */
function fakeServer() {
  const applied = new Map<string, number>();
  const received = new Map<string, number>();
  const refuse = new Map<string, { code: string; message: string }>();
  const batches: SyncBatchRequest[] = [];
  /** Thrown for the next batches, in order; 'lost' applies the batch and then loses the answer. */
  const failures: (SyncError | 'lost')[] = [];
  const transport: SyncTransport = async (request) => {
    batches.push(structuredClone(request));
    const failure = failures.shift();
    if (failure instanceof SyncError) throw failure;
    const blocked = new Set<string>();
    const outcomes: ServerOutcome[] = request.operations.map((op) => {
      const visitId = op.input.visitId as string;
      if (blocked.has(visitId)) return { operationId: op.operationId, status: 'HELD', code: 'HELD', message: null };
      const refusal = refuse.get(op.operationId);
      if (refusal && !applied.has(op.operationId)) {
        blocked.add(visitId);
        return { operationId: op.operationId, status: 'REFUSED', ...refusal };
      }
      // The write takes effect once; a retry of the same id gets the stored result.
      if (!applied.has(op.operationId)) applied.set(op.operationId, 1);
      else received.set(op.operationId, (received.get(op.operationId) ?? 1) + 1);
      return { operationId: op.operationId, status: 'APPLIED', code: null, message: null };
    });
    if (failure === 'lost') throw new SyncError('NETWORK', null);
    return { outcomes };
  };
  return { transport, applied, received, refuse, batches, failures };
}

interface Setup {
  outbox: Outbox;
  server: ReturnType<typeof fakeServer>;
  engine: SyncEngine;
  refreshed: string[][];
  uploads: string[];
  timers: { ms: number; run: () => void }[];
}

async function setup(
  options: {
    upload?: BlobUploader;
    refresh?: (ids: string[]) => Promise<void>;
    online?: () => boolean;
    /** Puts something in front of the fake server (to hold an answer back). */
    transport?: (server: SyncTransport) => SyncTransport;
  } = {},
): Promise<Setup> {
  const outbox = await freshOutbox();
  const server = fakeServer();
  const refreshed: string[][] = [];
  const uploads: string[] = [];
  const timers: { ms: number; run: () => void }[] = [];
  const engine = new SyncEngine({
    userId: 'u1',
    outbox,
    transport: options.transport?.(server.transport) ?? server.transport,
    upload:
      options.upload ??
      (async (blob, progress) => {
        uploads.push(blob.fileId);
        progress(blob.size);
      }),
    refresh: async (ids) => {
      refreshed.push([...ids].sort());
      await options.refresh?.(ids);
    },
    isOnline: options.online,
    random: () => 0,
    setTimer: (run, ms) => {
      const timer = { ms, run };
      timers.push(timer);
      return () => {
        timers.splice(timers.indexOf(timer), 1);
      };
    },
  });
  return { outbox, server, engine, refreshed, uploads, timers };
}

const answer = (visitId: string, n: number) => ({ visitId, itemId: `i${n}`, passFail: 'PASS' as const });

describe('SyncEngine', () => {
  it('sends in batches of 100, in order, reporting what stays on the phone', async () => {
    const { outbox, server, engine } = await setup();
    for (let n = 1; n <= 230; n++) await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', n));
    await engine.run();
    expect(server.batches.map((b) => b.operations.length)).toEqual([100, 100, 30]);
    expect(server.batches.map((b) => b.pending.count)).toEqual([130, 30, 0]);
    const sequences = server.batches.flatMap((b) => b.operations.map((op) => op.sequence));
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(server.batches[0].deviceId).toBe(await outbox.deviceId('u1'));
    expect(server.batches[0].operations[0].input).toEqual(answer('v1', 1));
    expect(await outbox.entries('u1')).toEqual([]);
    expect(engine.getState()).toMatchObject({ phase: 'idle', sent: 230, total: 230, lastError: null });
  });

  it('removes applied writes, keeps a refused one with its reason, keeps the held ones pending', async () => {
    const { outbox, server, engine, refreshed } = await setup();
    const a = await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    const b = await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 2));
    const c = await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 3));
    const d = await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v2', 1));
    server.refuse.set(b.operationId, { code: 'ANSWER_INVALID', message: 'Giá trị ngoài khoảng cho phép' });
    await engine.run();
    expect(server.applied.has(a.operationId) && server.applied.has(d.operationId)).toBe(true);
    expect((await outbox.entries('u1')).map((e) => [e.operationId, e.state, e.refusal?.code ?? null])).toEqual([
      [b.operationId, 'REFUSED', 'ANSWER_INVALID'],
      [c.operationId, 'PENDING', null],
    ]);
    // The held write is not sent again and again while the refused one waits for the user.
    expect(server.batches).toHaveLength(1);
    expect(refreshed).toEqual([['v1', 'v2']]);
  });

  it('on a network error keeps everything and tries again later, waiting longer each time', async () => {
    const { outbox, server, engine, timers } = await setup();
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    server.failures.push(new SyncError('NETWORK', null), new SyncError('SYNC_FAILED', 'Lỗi máy chủ'));
    await engine.run();
    expect(engine.getState()).toMatchObject({ phase: 'waiting', lastError: { kind: 'NETWORK' } });
    expect(timers.map((t) => t.ms)).toEqual([500]);
    expect(await outbox.entries('u1')).toHaveLength(1);
    // Coming to the front during the wait does not jump the backoff.
    engine.request('visible');
    expect(server.batches).toHaveLength(1);
    timers[0].run();
    await engine.run();
    expect(engine.getState().lastError).toMatchObject({ kind: 'SYNC_FAILED' });
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    expect(await outbox.entries('u1')).toHaveLength(1);
    // The button does not wait.
    engine.request('button');
    await engine.run();
    expect(await outbox.entries('u1')).toEqual([]);
    expect(engine.getState()).toMatchObject({ phase: 'idle', lastError: null, retryAt: null });
  });

  it('never waits more than five minutes between tries', async () => {
    const { outbox, server, engine, timers } = await setup();
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    for (let i = 0; i < 12; i++) {
      server.failures.push(new SyncError('NETWORK', null));
      timers[0]?.run();
      await engine.run();
    }
    expect(timers.map((t) => t.ms)).toEqual([150_000]);
  });

  it('on an expired session keeps everything and waits for the same user to sign in', async () => {
    const { outbox, server, engine } = await setup();
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    server.failures.push(new SyncError('UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn'));
    await engine.run();
    expect(engine.getState()).toMatchObject({ needsSignIn: true, retryAt: null });
    engine.request('button');
    await engine.run();
    expect(server.batches).toHaveLength(1);
    expect(await outbox.entries('u1')).toHaveLength(1);
    engine.resumeAfterSignIn();
    await engine.run();
    expect(await outbox.entries('u1')).toEqual([]);
    expect(engine.getState().needsSignIn).toBe(false);
  });

  it('after a lost answer sends the same operation ids again, and the server applies each once', async () => {
    const { outbox, server, engine } = await setup();
    const a = await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    const b = await outbox.enqueue('u1', 'SUBMIT_VISIT', { visitId: 'v1' });
    server.failures.push('lost');
    await engine.run();
    expect(await outbox.entries('u1')).toHaveLength(2);
    engine.request('online');
    await engine.run();
    expect(server.batches.map((batch) => batch.operations.map((op) => op.operationId))).toEqual([
      [a.operationId, b.operationId],
      [a.operationId, b.operationId],
    ]);
    expect(server.received.get(a.operationId)).toBe(2);
    expect(server.applied.get(a.operationId)).toBe(1);
    expect(await outbox.entries('u1')).toEqual([]);
  });

  it('does nothing offline, and nothing for another user on the same phone', async () => {
    let online = false;
    const { outbox, server, engine } = await setup({ online: () => online });
    await outbox.enqueue('u2', 'ANSWER_ITEM', answer('v9', 1));
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    await engine.run();
    expect(server.batches).toHaveLength(0);
    online = true;
    await engine.run();
    expect(server.batches.flatMap((b) => b.operations.map((op) => op.input.visitId))).toEqual(['v1']);
    expect(await outbox.entries('u2')).toHaveLength(1);
  });

  it('uploads the photos of a batch first, and frees them once attached', async () => {
    const { outbox, server, engine, uploads } = await setup();
    const bytes = new TextEncoder().encode('jpeg').buffer as ArrayBuffer;
    const blob = { fileId: 'f1', bytes, mimeType: 'image/jpeg', size: 4, sha256: 'abc' };
    await outbox.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'f1', kind: 'PHOTO', attachmentId: 'a-f1' },
      { blob },
    );
    await engine.run();
    expect(uploads).toEqual(['f1']);
    expect(server.batches).toHaveLength(1);
    expect(await outbox.blobs('u1')).toEqual([]);
    expect(engine.getState()).toMatchObject({ bytesSent: 4, bytesTotal: 4 });
  });

  it('does not send the attachment while its photo is not on the server, and uploads it once', async () => {
    let fail = true;
    const tries: string[] = [];
    const upload: BlobUploader = async (blob: StoredBlob) => {
      tries.push(blob.fileId);
      if (fail) throw new SyncError('NETWORK', null);
    };
    const { outbox, server, engine } = await setup({ upload });
    const bytes = new TextEncoder().encode('png').buffer as ArrayBuffer;
    const blob = { fileId: 'f1', bytes, mimeType: 'image/png', size: 3, sha256: 'abc' };
    await outbox.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'f1', attachmentId: 'a-f1', kind: 'PHOTO' },
      { blob },
    );
    await engine.run();
    expect(server.batches).toHaveLength(0);
    expect(await outbox.blob('u1', 'f1')).toMatchObject({ uploaded: false });
    fail = false;
    server.failures.push(new SyncError('NETWORK', null));
    engine.request('button');
    await engine.run();
    expect(await outbox.blob('u1', 'f1')).toMatchObject({ uploaded: true });
    engine.request('button');
    await engine.run();
    expect(tries).toEqual(['f1', 'f1']);
    expect(await outbox.entries('u1')).toEqual([]);
  });

  it('a photo removed while the photos upload is not attached', async () => {
    let outbox: Outbox | null = null;
    const uploads: string[] = [];
    const upload: BlobUploader = async (blob) => {
      uploads.push(blob.fileId);
      // While the first photo goes up, the inspector removes the second one, and then the first one.
      if (blob.fileId === 'f1') {
        await outbox?.enqueue('u1', 'REMOVE_VISIT_ATTACHMENT', { visitId: 'v1', attachmentId: 'a2' });
        await outbox?.enqueue('u1', 'REMOVE_VISIT_ATTACHMENT', { visitId: 'v1', attachmentId: 'a1' });
      }
    };
    const ready = await setup({ upload });
    outbox = ready.outbox;
    const bytes = new TextEncoder().encode('jpeg').buffer as ArrayBuffer;
    for (const n of [1, 2]) {
      await outbox.enqueue(
        'u1',
        'ATTACH_VISIT_FILE',
        { visitId: 'v1', fileId: `f${n}`, attachmentId: `a${n}`, kind: 'PHOTO' },
        { blob: { fileId: `f${n}`, bytes, mimeType: 'image/jpeg', size: 4, sha256: 'abc' } },
      );
    }
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    await ready.engine.run();
    // Both photos went up together (PHOTO_UPLOADS): the second one was removed while on its way.
    expect(uploads).toEqual(['f1', 'f2']);
    // Neither photo had been confirmed when it was removed: no attachment is sent (their bytes on the
    // server are left to the server's cleanup of unattached uploads).
    expect(ready.server.batches.flatMap((b) => b.operations.map((op) => op.kind))).toEqual(['ANSWER_ITEM']);
    expect(await outbox.entries('u1')).toEqual([]);
    expect(await outbox.blobs('u1')).toEqual([]);
  });

  it('sends the writes before the photos: a photo cut on the link does not hold back the answers', async () => {
    const tries: string[] = [];
    let linkUp = false;
    const upload: BlobUploader = async (blob: StoredBlob, progress) => {
      tries.push(blob.fileId);
      if (!linkUp) throw new SyncError('NETWORK', null);
      progress(blob.size);
    };
    const { outbox, server, engine } = await setup({ upload });
    const bytes = new Uint8Array(300 * 1024).buffer;
    const photo = { fileId: 'f1', bytes, mimeType: 'image/jpeg', size: bytes.byteLength, sha256: 'abc' };
    const signature = { ...photo, fileId: 'sig' };
    const attach = await outbox.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'f1', attachmentId: 'a-f1', kind: 'PHOTO' },
      { blob: photo },
    );
    const answers = [];
    for (let n = 1; n <= 3; n++) answers.push(await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', n)));
    const signed = await outbox.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'sig', kind: 'SIGNATURE_TEAM_LEAD', attachmentId: 'a-sig' },
      { blob: signature },
    );
    const submit = await outbox.enqueue('u1', 'SUBMIT_VISIT', { visitId: 'v1' });

    await engine.run();
    // The answers reached the server although the photo could not be sent; the attachments and the
    // submission wait for their photos.
    expect(answers.every((a) => server.applied.has(a.operationId))).toBe(true);
    expect(server.batches.map((b) => b.operations.map((op) => op.kind))).toEqual([
      ['ANSWER_ITEM', 'ANSWER_ITEM', 'ANSWER_ITEM'],
    ]);
    // The photo and the signature went up together, and both were cut.
    expect(tries).toEqual(['f1', 'sig']);
    expect((await outbox.entries('u1')).map((e) => e.operationId)).toEqual([
      attach.operationId,
      signed.operationId,
      submit.operationId,
    ]);
    expect(engine.getState()).toMatchObject({ phase: 'waiting', lastError: { kind: 'NETWORK' } });

    linkUp = true;
    engine.request('button');
    await engine.run();
    // The attachments went once both photos were confirmed, in one batch; the submission last.
    expect(server.batches.slice(1).map((b) => b.operations.map((op) => op.operationId))).toEqual([
      [attach.operationId, signed.operationId, submit.operationId],
    ]);
    expect(tries).toEqual(['f1', 'sig', 'f1', 'sig']);
    expect(await outbox.entries('u1')).toEqual([]);
  });

  it("starts the photos beside the writes, without waiting for the batch's answer; attachments after both", async () => {
    const events: string[] = [];
    let photoStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      photoStarted = resolve;
    });
    const upload: BlobUploader = async (blob, progress) => {
      events.push(`upload ${blob.fileId}`);
      photoStarted();
      progress(blob.size);
    };
    // The first batch's answer is held until a photo has started: a run that waited for it first would never end.
    const transport =
      (server: SyncTransport): SyncTransport =>
      async (request) => {
        const kinds = [...new Set(request.operations.map((op) => op.kind))].join(',');
        events.push(`batch ${kinds} sent`);
        if (kinds === 'ANSWER_ITEM') await started;
        const reply = await server(request);
        events.push(`batch ${kinds} answered`);
        return reply;
      };
    const { outbox, server, engine } = await setup({ upload, transport });
    for (let n = 1; n <= 3; n++) await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', n));
    const bytes = new Uint8Array(1000).buffer;
    await outbox.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'f1', attachmentId: 'a1', kind: 'PHOTO' },
      { blob: { fileId: 'f1', bytes, mimeType: 'image/jpeg', size: 1000, sha256: 'abc' } },
    );
    await engine.run();
    expect(events).toEqual([
      'batch ANSWER_ITEM sent',
      'upload f1',
      'batch ANSWER_ITEM answered',
      'batch ATTACH_VISIT_FILE sent',
      'batch ATTACH_VISIT_FILE answered',
    ]);
    expect(server.batches.map((b) => b.operations.length)).toEqual([3, 1]);
    expect(await outbox.entries('u1')).toEqual([]);
  });

  it('uploads the photos PHOTO_UPLOADS at a time, then sends all their attachments in one batch', async () => {
    let going = 0;
    let most = 0;
    const upload: BlobUploader = async (blob, progress) => {
      going += 1;
      most = Math.max(most, going);
      await new Promise((resolve) => setTimeout(resolve, 5));
      progress(blob.size);
      going -= 1;
    };
    const { outbox, server, engine } = await setup({ upload });
    const bytes = new Uint8Array(1000).buffer;
    for (let n = 1; n <= 5; n++) {
      await outbox.enqueue(
        'u1',
        'ATTACH_VISIT_FILE',
        { visitId: 'v1', fileId: `f${n}`, attachmentId: `a${n}`, kind: 'PHOTO' },
        { blob: { fileId: `f${n}`, bytes, mimeType: 'image/jpeg', size: 1000, sha256: 'abc' } },
      );
    }
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    await engine.run();
    expect(most).toBe(PHOTO_UPLOADS);
    expect(server.batches.map((b) => b.operations.map((op) => op.kind))).toEqual([
      ['ANSWER_ITEM'],
      Array(5).fill('ATTACH_VISIT_FILE'),
    ]);
    // Progress adds up across photos going up together.
    expect(engine.getState()).toMatchObject({ bytesSent: 5000, bytesTotal: 5000 });
    expect(await outbox.entries('u1')).toEqual([]);
  });

  it('a request abandoned at its deadline is tried again with backoff, and the screen can tell why', async () => {
    const { outbox, server, engine, timers } = await setup();
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    server.failures.push(new SyncError('TIMEOUT', null), new SyncError('UNAVAILABLE', null, 'HTTP_503'));
    await engine.run();
    expect(engine.getState()).toMatchObject({ phase: 'waiting', lastError: { kind: 'TIMEOUT' } });
    expect(engine.getState().retryAt).not.toBeNull();
    timers[0]?.run();
    await engine.run();
    expect(engine.getState()).toMatchObject({ phase: 'waiting', lastError: { kind: 'UNAVAILABLE', code: 'HTTP_503' } });
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    timers[0]?.run();
    await engine.run();
    expect(engine.getState()).toMatchObject({ phase: 'idle', lastError: null });
    expect(await outbox.entries('u1')).toEqual([]);
  });

  it('after a run that got something through, the next try comes soon again', async () => {
    let cuts = 2;
    const upload: BlobUploader = async (blob: StoredBlob, progress) => {
      progress(0);
      progress(blob.size / 2);
      if (cuts-- > 0) throw new SyncError('NETWORK', null);
      progress(blob.size);
    };
    const { outbox, engine, timers } = await setup({ upload });
    const bytes = new Uint8Array(1000).buffer;
    const blob = { fileId: 'f1', bytes, mimeType: 'image/jpeg', size: 1000, sha256: 'abc' };
    await outbox.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'f1', attachmentId: 'a-f1', kind: 'PHOTO' },
      { blob },
    );
    for (let i = 0; i < 2; i++) {
      timers[0]?.run();
      await engine.run();
    }
    // Both runs moved the photo on: no growing backoff.
    expect(timers.map((t) => t.ms)).toEqual([500]);
  });

  it('keeps applied writes laid over the visit until it is reloaded from the server', async () => {
    let offline = true;
    const { outbox, engine } = await setup({
      refresh: async () => {
        if (offline) throw new Error('offline');
      },
    });
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    await engine.run();
    expect(await outbox.entries('u1')).toEqual([]);
    expect(engine.getState().applied.map((e) => e.visitId)).toEqual(['v1']);
    offline = false;
    await engine.run();
    expect(engine.getState().applied).toEqual([]);
  });

  it('waits a second after each write, but sends a steady stream of writes at least every 5 s', async () => {
    let now = 0;
    const outbox = await freshOutbox();
    const timers: { ms: number; run: () => void; at: number }[] = [];
    const engine = new SyncEngine({
      userId: 'u1',
      outbox,
      transport: fakeServer().transport,
      upload: async () => undefined,
      refresh: async () => undefined,
      now: () => new Date(now),
      setTimer: (run, ms) => {
        const timer = { ms, run, at: now + ms };
        timers.push(timer);
        return () => {
          timers.splice(timers.indexOf(timer), 1);
        };
      },
    });
    for (now = 0; now <= 6000; now += 500) engine.request('enqueue');
    // The timer set at 4.5 s (the last one before the 5 s cap) was kept, not pushed back again.
    expect(timers.map((t) => t.at)).toEqual([5500]);
  });

  it('runs one at a time: a request during a run starts one more run after it', async () => {
    const { outbox, server, engine } = await setup();
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 1));
    const first = engine.run();
    await outbox.enqueue('u1', 'ANSWER_ITEM', answer('v1', 2));
    const second = engine.run();
    await Promise.all([first, second]);
    expect(server.batches.length).toBeLessThanOrEqual(2);
    expect(server.applied.size).toBe(2);
    expect(await outbox.entries('u1')).toEqual([]);
  });
});
