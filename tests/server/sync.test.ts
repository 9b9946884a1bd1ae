import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-data.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) {
  outcomes { operationId sequence status code message }
  device { id lastSequence pendingCount } } }`;

interface Outcome {
  operationId: string;
  sequence: number;
  status: 'APPLIED' | 'REFUSED' | 'HELD';
  code: string | null;
  message: string | null;
}
type SyncResponse = {
  syncBatch: { outcomes: Outcome[]; device: { id: string; lastSequence: number; pendingCount: number } };
};

let t: TestApp;
let inspector: GraphQLCaller;
let visitA: string;
let visitB: string;
const items = new Map<string, string>();
let sequence = 0;

interface Op {
  operationId: string;
  sequence: number;
  kind: string;
  input: Record<string, unknown>;
}
const op = (kind: string, input: Record<string, unknown>): Op => ({
  operationId: randomUUID(),
  sequence: ++sequence,
  kind,
  input,
});
const sync = (caller: GraphQLCaller, deviceId: string, operations: Op[], pending?: Record<string, unknown>) =>
  caller.request<SyncResponse>(SYNC, { i: { deviceId, operations, pending } });

const answers = (visitId: string) =>
  t.sql<{ code: string; pass_fail: string | null; note: string | null }>(
    `select i.code, a.pass_fail, a.note from visit_answer a join checklist_item i on i.id = a.item_id
      where a.visit_id = ? order by i.code`,
    [visitId],
  );

beforeAll(async () => {
  t = await startTestApp();
  inspector = await t.as('kiemtra');
  const visit = async (unit: string) => {
    const rows = await t.sql<{ id: string }>(
      `select v.id from visit v join unit u on u.id = v.unit_id join plan_line l on l.id = v.plan_line_id
        join inspection_plan p on p.id = l.plan_id where p.year = ${DEMO_YEAR} and u.code = ?`,
      [unit],
    );
    return rows[0]?.id ?? '';
  };
  visitA = await visit('HKL-CL');
  visitB = await visit('HKL-TD');
  const rows = await t.sql<{ id: string; code: string }>(
    `select i.id, i.code from checklist_item i join checklist_group g on g.id = i.group_id
      join checklist_version v on v.id = g.version_id where v.number = 1`,
  );
  for (const r of rows) items.set(r.code, r.id);
});
afterAll(() => t?.close());

describe('syncing a queue of field writes', () => {
  const device = randomUUID();
  let batch: Op[];

  it('applies a visit made offline, in order, in one batch', async () => {
    batch = [
      op('START_VISIT', { visitId: visitA }),
      op('ANSWER_ITEM', { visitId: visitA, itemId: items.get('1.1'), passFail: 'PASS' }),
      op('ANSWER_ITEM', { visitId: visitA, itemId: items.get('1.2'), passFail: 'FAIL', note: 'Về sớm.' }),
      op('ANSWER_ITEM', { visitId: visitA, itemId: items.get('1.1'), passFail: 'NOT_APPLICABLE' }),
      op('SET_VISIT_CONCLUSION', { visitId: visitA, conclusion: 'Kết luận viết khi mất mạng.' }),
    ];
    // sent out of order: the server applies them by sequence
    const res = await sync(inspector, device, [...batch].reverse(), { count: 0, operationIds: [] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.syncBatch.outcomes.map((o) => [o.sequence, o.status])).toEqual(
      batch.map((b) => [b.sequence, 'APPLIED']),
    );
    expect(res.data?.syncBatch.device.lastSequence).toBe(batch.at(-1)?.sequence);
    expect(await answers(visitA)).toEqual([
      { code: '1.1', pass_fail: 'NOT_APPLICABLE', note: null },
      { code: '1.2', pass_fail: 'FAIL', note: 'Về sớm.' },
    ]);
  });

  it('sending the same batch again, three times, changes nothing', async () => {
    const before = await t.sql('select entity_id, action from audit_entry where visit_id = ? order by id', [visitA]);
    for (let i = 0; i < 3; i++) {
      const res = await sync(inspector, device, batch);
      expect(res.data?.syncBatch.outcomes.every((o) => o.status === 'APPLIED')).toBe(true);
    }
    expect(await t.sql('select entity_id, action from audit_entry where visit_id = ? order by id', [visitA])).toEqual(
      before,
    );
    const findings = await t.sql<{ n: string }>('select count(*) as n from finding where visit_id = ?', [visitA]);
    expect(Number(findings[0]?.n)).toBe(1);
  });

  it('keeps a refused write out, holds the later writes of that visit, and applies the other visit', async () => {
    const refused = op('ANSWER_ITEM', { visitId: visitA, itemId: items.get('1.3'), passFail: 'PASS' });
    const later = op('ANSWER_ITEM', { visitId: visitA, itemId: items.get('1.4'), passFail: 'PASS' });
    const other = [
      op('START_VISIT', { visitId: visitB }),
      op('ANSWER_ITEM', { visitId: visitB, itemId: items.get('2.1'), passFail: 'PASS' }),
    ];
    const res = await sync(inspector, device, [refused, later, ...other], {
      count: 2,
      operationIds: [refused.operationId, later.operationId],
      oldestAt: '2026-11-20T02:00:00.000Z',
    });
    const outcomes = new Map(res.data?.syncBatch.outcomes.map((o) => [o.operationId, o]));
    expect(outcomes.get(refused.operationId)).toMatchObject({ status: 'REFUSED', code: 'ANSWER_INVALID' });
    expect(outcomes.get(refused.operationId)?.message).toMatch(/1\.3/);
    expect(outcomes.get(later.operationId)).toMatchObject({ status: 'HELD', code: 'HELD_AFTER_REFUSED_OPERATION' });
    for (const o of other) expect(outcomes.get(o.operationId)?.status).toBe('APPLIED');
    expect((await answers(visitA)).map((a) => a.code)).toEqual(['1.1', '1.2']);
    expect((await answers(visitB)).map((a) => a.code)).toEqual(['2.1']);
  });

  it('office staff see, per inspector and device, what has not arrived yet and since when', async () => {
    const office = await t.as('vanphong');
    const res = await office.request<{
      syncDevices: {
        id: string;
        pendingCount: number;
        pendingOperationIds: string[];
        oldestPendingAt: string;
        user: { username: string };
      }[];
    }>('{ syncDevices { id pendingCount pendingOperationIds oldestPendingAt user { username } } }');
    expect(res.data?.syncDevices).toEqual([
      expect.objectContaining({
        id: device,
        pendingCount: 2,
        oldestPendingAt: '2026-11-20T02:00:00.000Z',
        user: { username: 'kiemtra' },
      }),
    ]);
    expect(res.data?.syncDevices[0]?.pendingOperationIds).toHaveLength(2);
  });

  it('a device belongs to the user who first synced it', async () => {
    const other = await new GraphQLCaller(t.url).signIn('kiemtra2', DEMO_PASSWORD);
    const res = await sync(other, device, [
      op('ANSWER_ITEM', { visitId: visitA, itemId: items.get('1.5'), passFail: 'PASS' }),
    ]);
    expect(res.errors?.[0]?.extensions?.code).toBe('DEVICE_OF_ANOTHER_USER');
    expect((await answers(visitA)).map((a) => a.code)).toEqual(['1.1', '1.2']);
  });

  it("another team's inspector cannot write to a visit through a batch either", async () => {
    const other = await new GraphQLCaller(t.url).signIn('kiemtra2', DEMO_PASSWORD);
    const write = op('ANSWER_ITEM', { visitId: visitA, itemId: items.get('1.5'), passFail: 'PASS' });
    const res = await sync(other, randomUUID(), [write]);
    expect(res.data?.syncBatch.outcomes[0]).toMatchObject({ status: 'REFUSED', code: 'VISIT_NOT_FOUND' });
  });

  it('a batch that meets an unexpected server error is applied not at all, and can be sent again', async () => {
    const rows = await t.sql<{ id: string }>(
      `select v.id from visit v join unit u on u.id = v.unit_id where u.code = 'CCTL' and v.status = 'PLANNED'`,
    );
    const visitC = rows[0]?.id;
    const writes = [
      op('START_VISIT', { visitId: visitC }),
      op('ANSWER_ITEM', { visitId: visitC, itemId: items.get('1.1'), passFail: 'PASS' }),
    ];
    await t.sql('alter table visit_answer rename to visit_answer_away');
    try {
      const res = await sync(inspector, device, writes);
      expect(res.errors?.[0]?.extensions?.code).toBe('SYNC_FAILED');
      expect(JSON.stringify(res)).not.toMatch(/visit_answer|relation/);
      const status = await t.sql<{ status: string }>('select status from visit where id = ?', [visitC]);
      expect(status[0]?.status).toBe('PLANNED');
    } finally {
      await t.sql('alter table visit_answer_away rename to visit_answer');
    }
    const retry = await sync(inspector, device, writes);
    expect(retry.data?.syncBatch.outcomes.map((o) => o.status)).toEqual(['APPLIED', 'APPLIED']);
    expect((await answers(visitC ?? '')).map((a) => a.code)).toEqual(['1.1']);
  });

  it('a malformed write is refused with a code, not a server error', async () => {
    const res = await sync(inspector, device, [op('ANSWER_ITEM', { visitId: visitA, itemId: 42, passFail: 'MAYBE' })]);
    expect(res.data?.syncBatch.outcomes[0]).toMatchObject({ status: 'REFUSED', code: 'BAD_USER_INPUT' });
  });
});
