import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The "nothing left on phones" ledger: a shared phone reports the unsent work of every person on it,
 * whoever is signed in, so office staff see an inspector's 8 writes stuck on a phone another inspector
 * now uses. Only counts and times travel; a device id stays bound to its person.
 */
const REPORT = `mutation ($i: PhoneHoldingsInput!) { reportPhoneHoldings(input: $i) }`;
const DEVICES = `{ syncDevices { id pendingCount oldestPendingAt lastSyncAt pendingReportedAt userAgent user { username } } }`;

let t: TestApp;
let an: GraphQLCaller;
let binh: GraphQLCaller;
let office: GraphQLCaller;
let anId = '';
let binhId = '';

type DeviceRow = {
  id: string;
  pendingCount: number;
  oldestPendingAt: string | null;
  lastSyncAt: string | null;
  pendingReportedAt: string | null;
  user: { username: string };
};

async function devices(): Promise<DeviceRow[]> {
  const res = await office.request<{ syncDevices: DeviceRow[] }>(DEVICES);
  expect(res.errors).toBeUndefined();
  return res.data?.syncDevices ?? [];
}

beforeAll(async () => {
  t = await startTestApp();
  an = await t.as('kiemtra');
  binh = await t.as('kiemtra2');
  office = await t.as('vanphong');
  const users = await t.sql<{ id: string; username: string }>(
    `select id, username from app_user where username in ('kiemtra', 'kiemtra2')`,
  );
  anId = users.find((u) => u.username === 'kiemtra')?.id ?? '';
  binhId = users.find((u) => u.username === 'kiemtra2')?.id ?? '';
});
afterAll(() => t?.close());

describe('reportPhoneHoldings', () => {
  it("records another person's unsent work on a shared phone, which the office then sees", async () => {
    const anOnSharedPhone = randomUUID();
    const binhOnSharedPhone = randomUUID();
    const oldest = '2026-12-05T01:15:00.000Z';
    const res = await binh.request<{ reportPhoneHoldings: number }>(REPORT, {
      i: {
        holdings: [
          { deviceId: anOnSharedPhone, userId: anId, count: 8, oldestAt: oldest },
          { deviceId: binhOnSharedPhone, userId: binhId, count: 0, oldestAt: null },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.reportPhoneHoldings).toBe(2);
    const rows = await devices();
    const anRow = rows.find((d) => d.id === anOnSharedPhone);
    expect(anRow).toMatchObject({
      pendingCount: 8,
      oldestPendingAt: oldest,
      lastSyncAt: null,
      user: { username: 'kiemtra' },
    });
    expect(anRow?.pendingReportedAt).not.toBeNull();
    expect(rows.find((d) => d.id === binhOnSharedPhone)).toMatchObject({ pendingCount: 0, oldestPendingAt: null });
    // The phone with work waiting comes first.
    expect(rows[0]?.id).toBe(anOnSharedPhone);

    // An later syncs from that phone and sends everything: the ledger goes back to zero.
    const synced = await an.request<{ syncBatch: { device: { pendingCount: number } } }>(
      `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { device { pendingCount } } }`,
      { i: { deviceId: anOnSharedPhone, operations: [], pending: { count: 0, operationIds: [], oldestAt: null } } },
    );
    expect(synced.errors).toBeUndefined();
    const after = (await devices()).find((d) => d.id === anOnSharedPhone);
    expect(after).toMatchObject({ pendingCount: 0, oldestPendingAt: null });
    expect(after?.lastSyncAt).not.toBeNull();
  });

  it('any signed-in person can report (an office user on a shared phone), but nobody signed out', async () => {
    const deviceId = randomUUID();
    const holdings = [{ deviceId, userId: anId, count: 3, oldestAt: '2026-12-04T02:00:00.000Z' }];
    expect((await office.request(REPORT, { i: { holdings } })).data).toEqual({ reportPhoneHoldings: 1 });
    expect(await t.caller().code(REPORT, { i: { holdings } })).toBe('UNAUTHENTICATED');
  });

  it('skips a device id bound to another person and an unknown person, and changes nothing of theirs', async () => {
    const binhsPhone = randomUUID();
    await binh.request(REPORT, {
      i: { holdings: [{ deviceId: binhsPhone, userId: binhId, count: 2, oldestAt: null }] },
    });
    const res = await an.request<{ reportPhoneHoldings: number }>(REPORT, {
      i: {
        holdings: [
          { deviceId: binhsPhone, userId: anId, count: 0, oldestAt: null },
          { deviceId: randomUUID(), userId: randomUUID(), count: 5, oldestAt: null },
        ],
      },
    });
    expect(res.data?.reportPhoneHoldings).toBe(0);
    const row = (await devices()).find((d) => d.id === binhsPhone);
    expect(row).toMatchObject({ pendingCount: 2, user: { username: 'kiemtra2' } });
  });

  it('counts only the reported writes not yet applied: a report that arrives after the batch brings back nothing', async () => {
    const phone = randomUUID();
    const ops = [randomUUID(), randomUUID(), randomUUID()];
    // The phone read its outbox (3 writes) and sent its report; the batch with two of them got there first.
    for (const id of ops.slice(0, 2)) {
      await t.sql(
        `insert into applied_operation (id, user_id, name, request_hash, result, created_at)
         values (?, ?, 'answerItem', repeat('0', 64), '{}', now())`,
        [id, anId],
      );
    }
    const late = await an.request<{ reportPhoneHoldings: number }>(REPORT, {
      i: { holdings: [{ deviceId: phone, userId: anId, count: 3, oldestAt: null, operationIds: ops }] },
    });
    expect(late.errors).toBeUndefined();
    expect((await devices()).find((d) => d.id === phone)).toMatchObject({ pendingCount: 1 });
    const [row] = await t.sql<{ ids: string[] }>('select pending_operation_ids as ids from device where id = ?', [
      phone,
    ]);
    expect(row?.ids).toEqual([ops[2]]);
    // Another person's applied write with one of these ids does not count as this person's.
    const binhsPhone = randomUUID();
    await binh.request(REPORT, {
      i: { holdings: [{ deviceId: binhsPhone, userId: binhId, count: 1, oldestAt: null, operationIds: [ops[0]] }] },
    });
    expect((await devices()).find((d) => d.id === binhsPhone)).toMatchObject({ pendingCount: 1 });
  });

  it.each([
    ['a negative count', { count: -1 }],
    ['a device id that is not a UUID', { deviceId: 'phone-1' }],
  ])('refuses %s with a Vietnamese message, and records nothing', async (_name, change) => {
    const deviceId = randomUUID();
    const res = await an.request(REPORT, {
      i: { holdings: [{ deviceId, userId: anId, count: 1, oldestAt: null, ...change }] },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/[àáảãạăâđêôơư]/);
    expect((await devices()).some((d) => d.id === deviceId)).toBe(false);
  });
});
