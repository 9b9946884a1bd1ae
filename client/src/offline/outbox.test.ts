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
    const a = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1' });
    const b = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1' });
    const c = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1' });
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
    const mine = await box.enqueue('u1', 'ANSWER_ITEM', { visitId: 'v1' });
    await box.applyOutcomes('u2', [{ operationId: mine.operationId, status: 'APPLIED', code: null, message: null }]);
    expect(await box.entries('u1')).toHaveLength(1);
    expect(await box.discard('u1', mine.operationId)).toBe(false);
    await box.applyOutcomes('u1', [{ operationId: mine.operationId, status: 'REFUSED', code: 'X', message: 'x' }]);
    expect(await box.discard('u2', mine.operationId)).toBe(false);
    expect(await box.discard('u1', mine.operationId)).toBe(true);
    expect(await box.entries('u1')).toEqual([]);
  });
});
