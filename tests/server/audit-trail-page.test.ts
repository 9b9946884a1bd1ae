import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The whole audit trail, paged (issue 18, lists): on the demo's entries, every page newest first with no
 * entry twice or missed, totals equal to SQL for each filter (record kind, action, an actor's name typed
 * without diacritics, days in the department's time zone), and only for those who read every history.
 */

let t: TestApp;
let admin: GraphQLCaller;

const PAGE = `query ($filter: AuditTrailFilter, $first: Int, $offset: Int) {
  auditTrailPage(filter: $filter, first: $first, offset: $offset) {
    total items { id at actorName actorRole entityType action }
  }
}`;

interface Entry {
  id: string;
  at: string;
  actorName: string | null;
  actorRole: string | null;
  entityType: string;
  action: string;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.as('admin');
});
afterAll(() => t?.close());

async function page(filter: Record<string, unknown> | null, first: number, offset: number) {
  const res = await admin.request<{ auditTrailPage: { total: number; items: Entry[] } }>(PAGE, {
    filter,
    first,
    offset,
  });
  expect(res.errors).toBeUndefined();
  return res.data?.auditTrailPage ?? { total: -1, items: [] };
}

async function sqlCount(where: string, values: unknown[] = []): Promise<number> {
  const [row] = await t.sql<{ n: string }>(`select count(*) as n from audit_entry a where ${where}`, values);
  return Number(row?.n);
}

describe('auditTrailPage', () => {
  it('pages a filtered trail newest first, each entry once, with the whole count', async () => {
    // The demo's most written kind of record; its entries over pages of a third of them.
    const [kind] = await t.sql<{ entity_type: string; n: string }>(
      `select entity_type, count(*) as n from audit_entry group by entity_type order by count(*) desc limit 1`,
    );
    if (!kind) throw new Error('no entry in the demo trail');
    const filter = { entityType: kind.entity_type };
    const expected = Number(kind.n);
    expect(expected).toBeGreaterThanOrEqual(6);
    expect(expected).toBe(await sqlCount(`a.entity_type = ?`, [kind.entity_type]));
    const size = Math.min(50, Math.ceil(expected / 3));
    const seen: Entry[] = [];
    for (let offset = 0; offset < Math.min(expected, 3 * size); offset += size) {
      const next = await page(filter, size, offset);
      expect(next.total).toBe(expected);
      expect(next.items).toHaveLength(Math.min(size, expected - offset));
      seen.push(...next.items);
    }
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    const ids = seen.map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((x, y) => (x > y ? -1 : x < y ? 1 : 0)));
    expect(seen.every((e) => e.entityType === kind.entity_type)).toBe(true);
    const newest = await t.sql<{ id: string }>(
      `select id from audit_entry where entity_type = ? order by id desc limit 3`,
      [kind.entity_type],
    );
    expect(seen.slice(0, 3).map((e) => e.id)).toEqual(newest.map((r) => String(r.id)));
    // Without a filter: the whole trail's count.
    expect((await page(null, 1, 0)).total).toBe(await sqlCount('true'));
  });

  it("finds an actor's entries by the name typed without diacritics, with the actor's role", async () => {
    const [actor] = await t.sql<{ actor_name: string; n: string }>(
      `select actor_name, count(*) as n from audit_entry where actor_name is not null
        group by actor_name order by count(*) desc limit 1`,
    );
    if (!actor) throw new Error('no actor in the demo trail');
    const typed = actor.actor_name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    expect(typed).not.toBe(actor.actor_name);
    const result = await page({ actor: typed }, 20, 0);
    expect(result.total).toBe(Number(actor.n));
    expect(result.items.every((e) => e.actorName === actor.actor_name)).toBe(true);
    expect(result.items.some((e) => e.actorRole !== null)).toBe(true);
  });

  it('counts the days of the department (Vietnam time), both ends included, and an action', async () => {
    const [day] = await t.sql<{ d: string }>(
      `select to_char((at at time zone 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') as d from audit_entry
        group by 1 order by count(*) desc limit 1`,
    );
    if (!day) throw new Error('no entry in the demo trail');
    const inDay = `(a.at at time zone 'Asia/Ho_Chi_Minh')::date = ?::date`;
    expect((await page({ from: day.d, to: day.d }, 1, 0)).total).toBe(await sqlCount(inDay, [day.d]));
    const [action] = await t.sql<{ action: string }>(`select action from audit_entry group by action limit 1`);
    if (!action) throw new Error('no action');
    expect((await page({ from: day.d, to: day.d, action: action.action }, 1, 0)).total).toBe(
      await sqlCount(`${inDay} and a.action = ?`, [day.d, action.action]),
    );
    // A range that ends before it starts holds nothing.
    expect((await page({ from: day.d, to: '2001-01-01' }, 10, 0)).total).toBe(0);
  });

  it('refuses a malformed kind and is read only by those who read every history', async () => {
    expect(await admin.code(PAGE, { filter: { entityType: "Visit' or 1=1 --" }, first: 10 })).toBe('BAD_USER_INPUT');
    expect(await (await t.as('vanphong')).code(PAGE, { first: 10 })).toBeNull();
    expect(await (await t.as('lanhdao')).code(PAGE, { first: 10 })).toBeNull();
    expect(await (await t.as('thutruong')).code(PAGE, { first: 10 })).toBe('FORBIDDEN');
    expect(await (await t.as('kiemtra')).code(PAGE, { first: 10 })).toBe('FORBIDDEN');
  });
});
