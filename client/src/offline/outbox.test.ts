import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from './outbox';

let opened: Outbox[] = [];
let counter = 0;
const freshName = () => `outbox-test-${++counter}`;
async function open(name: string): Promise<Outbox> {
  const box = await Outbox.open(name);
  opened.push(box);
  return box;
}
afterEach(() => {
  for (const box of opened) box.close();
  opened = [];
});

describe('Outbox (IndexedDB)', () => {
  it('queues writes with their own operation ids and increasing sequence numbers per user', async () => {
    const box = await open(freshName());
    const a = await box.enqueue('u1', 'START_VISIT', { visitId: 'v1' });
    const b = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1', passFail: 'PASS' });
    const c = await box.enqueue('u2', 'START_VISIT', { visitId: 'v2' });
    expect([a.sequence, b.sequence, c.sequence]).toEqual([1, 2, 1]);
    expect(new Set([a.operationId, b.operationId, c.operationId]).size).toBe(3);
    expect(b).toMatchObject({ state: 'PENDING', visitId: 'v1', refusal: null });
  });

  it("keeps users apart: another person on the same phone sees none of the first one's writes", async () => {
    const box = await open(freshName());
    await box.enqueue('u1', 'START_VISIT', { visitId: 'v1' });
    await box.enqueue('u2', 'START_VISIT', { visitId: 'v2' });
    expect((await box.entries('u1')).map((e) => e.visitId)).toEqual(['v1']);
    expect((await box.entries('u2')).map((e) => e.visitId)).toEqual(['v2']);
    expect(await box.deviceId('u1')).not.toBe(await box.deviceId('u2'));
    expect(await box.deviceId('u1')).toBe(await box.deviceId('u1'));
  });

  it('keeps applied writes, across a reload, until their visit is reloaded from the server', async () => {
    const name = freshName();
    const first = await open(name);
    const a = await first.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1', passFail: 'PASS' });
    const b = await first.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v2', itemId: 'i1', passFail: 'FAIL' });
    await first.enqueue('u2', 'START_VISIT', { visitId: 'v3' });
    const applied = (id: string) => ({ operationId: id, status: 'APPLIED' as const, code: null, message: null });
    await first.applyOutcomes('u1', [applied(a.operationId), applied(b.operationId)]);
    expect(await first.entries('u1')).toEqual([]);
    first.close();
    const again = await open(name);
    expect((await again.appliedNotReloaded('u1')).map((e) => e.operationId)).toEqual([a.operationId, b.operationId]);
    expect(await again.appliedNotReloaded('u2')).toEqual([]);
    expect((await again.forgetReloaded('u1', ['v1'])).map((e) => e.visitId)).toEqual(['v2']);
    expect((await again.appliedNotReloaded('u1')).map((e) => e.visitId)).toEqual(['v2']);
  });

  it('survives closing and opening again (a reload, an app update, a restart)', async () => {
    const name = freshName();
    const first = await open(name);
    const queued = await first.enqueue('u1', 'SET_VISIT_CONCLUSION', { visitId: 'v1', conclusion: 'Kết luận' });
    const device = await first.deviceId('u1');
    first.close();
    const again = await open(name);
    expect(await again.entries('u1')).toEqual([queued]);
    expect(await again.deviceId('u1')).toBe(device);
    expect((await again.enqueue('u1', 'SUBMIT_VISIT', { visitId: 'v1' })).sequence).toBe(2);
  });

  it('removes applied writes, keeps refused ones with the reason, and keeps held ones pending', async () => {
    const box = await open(freshName());
    const a = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1' });
    const b = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1' });
    const c = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1' });
    await box.applyOutcomes('u1', [
      { operationId: a.operationId, status: 'APPLIED', code: null, message: null },
      { operationId: b.operationId, status: 'REFUSED', code: 'VISIT_NOT_EDITABLE', message: 'Đã duyệt' },
      { operationId: c.operationId, status: 'HELD', code: 'HELD_AFTER_REFUSED_OPERATION', message: null },
    ]);
    const left = await box.entries('u1');
    expect(left.map((e) => [e.sequence, e.state, e.refusal?.code ?? null])).toEqual([
      [2, 'REFUSED', 'VISIT_NOT_EDITABLE'],
      [3, 'PENDING', null],
    ]);
  });

  it("ignores outcomes for another user's writes, and discards only refused writes of the user", async () => {
    const box = await open(freshName());
    const mine = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1' });
    await box.applyOutcomes('u2', [{ operationId: mine.operationId, status: 'APPLIED', code: null, message: null }]);
    expect(await box.entries('u1')).toHaveLength(1);
    expect(await box.discard('u1', mine.operationId)).toBe(false);
    await box.applyOutcomes('u1', [{ operationId: mine.operationId, status: 'REFUSED', code: 'X', message: 'x' }]);
    expect(await box.discard('u2', mine.operationId)).toBe(false);
    expect(await box.discard('u1', mine.operationId)).toBe(true);
    expect(await box.entries('u1')).toEqual([]);
  });

  it('retries a refused write with the same operation id', async () => {
    const box = await open(freshName());
    const a = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1' });
    expect(await box.retry('u1', a.operationId)).toBe(false);
    await box.applyOutcomes('u1', [{ operationId: a.operationId, status: 'REFUSED', code: 'X', message: 'x' }]);
    expect(await box.retry('u2', a.operationId)).toBe(false);
    expect(await box.retry('u1', a.operationId)).toBe(true);
    expect(await box.entries('u1')).toEqual([a]);
  });

  it('a new submission replaces the refused submission of the same visit only', async () => {
    const box = await open(freshName());
    const first = await box.enqueue('u1', 'SUBMIT_VISIT', { visitId: 'v1' });
    const other = await box.enqueue('u1', 'SUBMIT_VISIT', { visitId: 'v2' });
    await box.applyOutcomes('u1', [
      { operationId: first.operationId, status: 'REFUSED', code: 'VISIT_INCOMPLETE', message: 'Chưa thể gửi' },
      { operationId: other.operationId, status: 'REFUSED', code: 'VISIT_INCOMPLETE', message: 'Chưa thể gửi' },
    ]);
    const again = await box.enqueue('u1', 'SUBMIT_VISIT', { visitId: 'v1' });
    expect((await box.entries('u1')).map((e) => e.operationId)).toEqual([other.operationId, again.operationId]);
  });

  it('reopens a lost connection and writes once', async () => {
    const box = await open(freshName());
    await box.enqueue('u1', 'START_VISIT', { visitId: 'v1' });
    // What WebKit does when its IndexedDB server goes away: the connection is closed under the app.
    (box as unknown as { db: IDBDatabase }).db.close();
    await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1' });
    expect((await box.entries('u1')).map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('tells subscribers about each change', async () => {
    const box = await open(freshName());
    let calls = 0;
    const stop = box.subscribe(() => {
      calls += 1;
    });
    await box.enqueue('u1', 'START_VISIT', { visitId: 'v1' });
    stop();
    await box.enqueue('u1', 'START_VISIT', { visitId: 'v1' });
    expect(calls).toBe(1);
  });
});

const photo = (fileId: string, text = 'jpeg-bytes') => {
  const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
  return { fileId, bytes, mimeType: 'image/jpeg', size: bytes.byteLength, sha256: `sha-${fileId}` };
};

describe('Outbox photos and signatures', () => {
  it('stores the photo with the write that attaches it, and gets it back', async () => {
    const box = await open(freshName());
    const attach = await box.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'f1', attachmentId: 'a1', kind: 'PHOTO' },
      { blob: photo('f1') },
    );
    const stored = await box.blob('u1', 'f1');
    expect(stored).toMatchObject({ fileId: 'f1', userId: 'u1', uploaded: false, sha256: 'sha-f1', size: 10 });
    expect(new TextDecoder().decode(stored?.bytes)).toBe('jpeg-bytes');
    expect(stored?.createdAt).toBe(attach.createdAt);
    await box.markUploaded('u1', 'f1');
    expect((await box.blob('u1', 'f1'))?.uploaded).toBe(true);
  });

  it("keeps users' photos apart", async () => {
    const box = await open(freshName());
    await box.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'f1', attachmentId: 'a-f1', kind: 'PHOTO' },
      { blob: photo('f1') },
    );
    await box.enqueue(
      'u2',
      'ATTACH_VISIT_FILE',
      { visitId: 'v2', fileId: 'f2', attachmentId: 'a-f2', kind: 'PHOTO' },
      { blob: photo('f2') },
    );
    expect((await box.blobs('u1')).map((b) => b.fileId)).toEqual(['f1']);
    expect(await box.blobIds('u2')).toEqual(['f2']);
    expect(await box.blob('u2', 'f1')).toBeNull();
    await box.markUploaded('u2', 'f1');
    expect((await box.blob('u1', 'f1'))?.uploaded).toBe(false);
  });

  it('deletes the photo only when its write is applied or discarded', async () => {
    const box = await open(freshName());
    const a = await box.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'f1', attachmentId: 'a-f1', kind: 'PHOTO' },
      { blob: photo('f1') },
    );
    const b = await box.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v2', fileId: 'f2', attachmentId: 'a-f2', kind: 'PHOTO' },
      { blob: photo('f2') },
    );
    await box.applyOutcomes('u1', [
      { operationId: a.operationId, status: 'HELD', code: null, message: null },
      { operationId: b.operationId, status: 'REFUSED', code: 'FILE_NOT_FOUND', message: 'Không tìm thấy ảnh' },
    ]);
    expect((await box.blobs('u1')).map((x) => x.fileId)).toEqual(['f1', 'f2']);
    await box.applyOutcomes('u1', [{ operationId: a.operationId, status: 'APPLIED', code: null, message: null }]);
    expect((await box.blobs('u1')).map((x) => x.fileId)).toEqual(['f2']);
    await box.discard('u1', b.operationId);
    expect(await box.blobs('u1')).toEqual([]);
  });

  it('a photo removed before it was uploaded takes back its attachment and its bytes, and queues nothing', async () => {
    const box = await open(freshName());
    await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1', passFail: 'FAIL' });
    await box.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', itemId: 'i1', fileId: 'f1', attachmentId: 'a1', kind: 'PHOTO' },
      { blob: photo('f1') },
    );
    // Another user's photo with the same attachment id is not touched.
    await box.enqueue(
      'u2',
      'ATTACH_VISIT_FILE',
      { visitId: 'v2', fileId: 'f2', attachmentId: 'a1', kind: 'PHOTO' },
      { blob: photo('f2') },
    );
    const removal = await box.enqueue('u1', 'REMOVE_VISIT_ATTACHMENT', { visitId: 'v1', attachmentId: 'a1' });
    expect(removal).toBeNull();
    expect((await box.entries('u1')).map((e) => e.kind)).toEqual(['ANSWER_ITEM']);
    expect(await box.blobs('u1')).toEqual([]);
    expect(await box.blobIds('u2')).toEqual(['f2']);
  });

  it('a photo already on the server: its attachment stays and the removal is queued after it', async () => {
    const box = await open(freshName());
    await box.enqueue(
      'u1',
      'ATTACH_VISIT_FILE',
      { visitId: 'v1', fileId: 'f1', attachmentId: 'a1', kind: 'PHOTO' },
      { blob: photo('f1') },
    );
    await box.markUploaded('u1', 'f1');
    const removal = await box.enqueue('u1', 'REMOVE_VISIT_ATTACHMENT', { visitId: 'v1', attachmentId: 'a1' });
    expect(removal?.kind).toBe('REMOVE_VISIT_ATTACHMENT');
    expect((await box.entries('u1')).map((e) => e.kind)).toEqual(['ATTACH_VISIT_FILE', 'REMOVE_VISIT_ATTACHMENT']);
  });

  it('remembers the visits taken offline, per user', async () => {
    const box = await open(freshName());
    await box.markDownloaded('u1', 'v1', new Date('2026-11-26T01:00:00Z'));
    await box.markDownloaded('u1', 'v1', new Date('2026-11-27T01:00:00Z'));
    await box.markDownloaded('u2', 'v1', new Date('2026-11-26T01:00:00Z'));
    expect(await box.downloads('u1')).toEqual([
      { userId: 'u1', visitId: 'v1', downloadedAt: '2026-11-27T01:00:00.000Z' },
    ]);
    await box.forgetDownloads('u1');
    expect(await box.downloads('u1')).toEqual([]);
    expect(await box.downloads('u2')).toHaveLength(1);
  });
});

describe('Outbox upgrade', () => {
  it('from version 1 keeps the writes, the device ids and the sequence', async () => {
    const name = freshName();
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        const entries = req.result.createObjectStore('entries', { keyPath: 'operationId' });
        entries.createIndex('byUser', ['userId', 'sequence']);
        req.result.createObjectStore('meta');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const old = {
      operationId: 'op-old',
      sequence: 7,
      userId: 'u1',
      kind: 'ANSWER_ITEM',
      input: { visitId: 'v1' },
      visitId: 'v1',
      createdAt: '2026-11-26T01:00:00.000Z',
      state: 'PENDING',
      refusal: null,
    };
    await new Promise<void>((resolve, reject) => {
      const tx = v1.transaction(['entries', 'meta'], 'readwrite');
      tx.objectStore('entries').put(old);
      tx.objectStore('meta').put(7, 'sequence:u1');
      tx.objectStore('meta').put('device-1', 'device:u1');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    v1.close();
    const box = await open(name);
    expect(await box.entries('u1')).toEqual([old]);
    expect(await box.deviceId('u1')).toBe('device-1');
    expect((await box.enqueue('u1', 'SUBMIT_VISIT', { visitId: 'v1' })).sequence).toBe(8);
    expect(await box.blobs('u1')).toEqual([]);
  });

  it("reports every person's unsent work on the phone, with names, device ids, and zero for those with none left", async () => {
    const box = await open(freshName());
    const an = await box.deviceId('an');
    await box.rememberPerson('an', 'Nguyễn Văn An');
    await box.rememberPerson('binh', 'Nông Thị Bình');
    const first = await box.enqueue(
      'an',
      'ANSWER_ITEM',
      { visitId: 'v1', itemId: 'i1' },
      { now: new Date('2026-12-05T01:15:00.000Z') },
    );
    const second = await box.enqueue(
      'an',
      'ANSWER_ITEM',
      { visitId: 'v1', itemId: 'i1' },
      { now: new Date('2026-12-05T01:30:00.000Z') },
    );
    await box.deviceId('chi');
    const holdings = await box.holdings();
    expect(holdings).toEqual([
      {
        userId: 'an',
        name: 'Nguyễn Văn An',
        deviceId: an,
        count: 2,
        oldestAt: '2026-12-05T01:15:00.000Z',
        operationIds: [first.operationId, second.operationId].sort(),
      },
      { userId: 'chi', name: null, deviceId: await box.deviceId('chi'), count: 0, oldestAt: null, operationIds: [] },
    ]);
    // A person's device id is made once and kept, whether by a sync or by a report.
    await box.enqueue(
      'binh',
      'ANSWER_ITEM',
      { visitId: 'v2', itemId: 'i1' },
      { now: new Date('2026-12-06T02:00:00.000Z') },
    );
    const again = await box.holdings();
    const binh = again.find((h) => h.userId === 'binh');
    expect(binh).toMatchObject({ name: 'Nông Thị Bình', count: 1 });
    expect(binh?.deviceId).toBe(await box.deviceId('binh'));
  });

  it("two tabs on one phone: each is told of the other's writes, and an answer is queued on top of the other tab's", async () => {
    const name = freshName();
    const tabA = await open(name);
    const tabB = await open(name);
    let heardInA = 0;
    tabA.subscribe(() => {
      heardInA += 1;
    });
    const reloaded: string[][] = [];
    tabA.onReloadedElsewhere((_user, visitIds) => reloaded.push(visitIds));
    const first = await tabA.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1', itemId: 'i1', passFail: 'PASS' });
    // Tab B has not shown tab A's answer: it writes as if on the server's copy.
    const second = await tabB.enqueue('u1', 'ANSWER_ITEM', {
      visitId: 'v1',
      itemId: 'i1',
      passFail: 'FAIL',
      baseVersion: null,
      baseOperationId: null,
    });
    expect(second.input.baseOperationId).toBe(first.operationId);
    await expect.poll(() => heardInA).toBeGreaterThanOrEqual(2);
    await tabB.forgetReloaded('u1', ['v1']);
    await expect.poll(() => reloaded).toEqual([['v1']]);
  });
});
