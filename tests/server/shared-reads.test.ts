import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOncePerEntityManager, sharedRead } from '../../server/src/db/read-path/shared-read.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * A shown visit's fields share its answers, attachments and checklist version within one tick
 * (`sharedRead`), and never past it: the next mutation of the same document sees the one before.
 */

describe('sharedRead', () => {
  const em = {} as Parameters<typeof sharedRead>[0];

  it('gives the same read to callers of the same tick, and reads again on the next tick', async () => {
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    const [a, b] = await Promise.all([sharedRead(em, 'k', read), sharedRead(em, 'k', read)]);
    expect([a, b, reads]).toEqual([1, 1, 1]);
    expect(await sharedRead(em, 'other', read)).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await sharedRead(em, 'k', read)).toBe(3);
  });

  it('keeps reads of different EntityManagers (requests) apart', async () => {
    const other = {} as Parameters<typeof sharedRead>[0];
    const [a, b] = await Promise.all([
      sharedRead(em, 'same-key', () => Promise.resolve('first request')),
      sharedRead(other, 'same-key', () => Promise.resolve('second request')),
    ]);
    expect([a, b]).toEqual(['first request', 'second request']);
  });
});

describe('readOncePerEntityManager', () => {
  it('keeps a read for the EntityManager past the tick, but not a failed one', async () => {
    const em = {} as Parameters<typeof readOncePerEntityManager>[0];
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    expect(await readOncePerEntityManager(em, 'k', read)).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await readOncePerEntityManager(em, 'k', read)).toBe(1);
    const failing = () => Promise.reject(new Error('database gone'));
    await expect(readOncePerEntityManager(em, 'f', failing)).rejects.toThrow('database gone');
    expect(await readOncePerEntityManager(em, 'f', read)).toBe(2);
    expect(await readOncePerEntityManager({} as typeof em, 'k', read)).toBe(3);
  });
});

describe('a visit shown after each of two mutations in one document', () => {
  let t: TestApp;
  let inspector: GraphQLCaller;

  beforeAll(async () => {
    t = await startTestApp();
    inspector = await t.as('kiemtra');
  });

  afterAll(async () => {
    await t?.close();
  });

  const FIELDS = `answers { itemId passFail } problems { code itemId } progress { answered }
    templateVersion { groups { items { id answerType } } }`;

  interface Shown {
    answers: { itemId: string; passFail: string | null }[];
    problems: { code: string; itemId: string | null }[];
    progress: { answered: number };
    templateVersion: { groups: { items: { id: string; answerType: string }[] }[] };
  }

  it('canEdit, with the team membership asked once per request: the team’s inspector may, office staff may not', async () => {
    const mine = await inspector.request<{ myVisits: { id: string; status: string; canEdit: boolean }[] }>(
      '{ myVisits { id status canEdit } }',
    );
    expect(mine.errors).toBeUndefined();
    const open = mine.data?.myVisits.filter((v) => ['PLANNED', 'IN_PROGRESS', 'RETURNED'].includes(v.status)) ?? [];
    expect(open.length).toBeGreaterThan(0);
    for (const v of mine.data?.myVisits ?? []) expect(v.canEdit).toBe(open.includes(v));
    const one = await inspector.request<{ visit: { canEdit: boolean } }>(
      'query ($id: ID!) { visit(id: $id) { canEdit } }',
      {
        id: open[0]?.id,
      },
    );
    expect(one.data?.visit.canEdit).toBe(true);
    const office = await t.as('vanphong');
    const seen = await office.request<{ visit: { canEdit: boolean } }>(
      'query ($id: ID!) { visit(id: $id) { canEdit } }',
      {
        id: open[0]?.id,
      },
    );
    expect(seen.data?.visit.canEdit).toBe(false);
  });

  it('a write asking only the id (as syncBatch replays it) answers the visit id; asking more gives the visit', async () => {
    const list = await inspector.request<{ myVisits: { id: string; status: string }[] }>('{ myVisits { id status } }');
    const visitId = list.data?.myVisits.find((v) => v.status === 'PLANNED')?.id ?? '';
    const started = await inspector.request('mutation ($i: StartVisitInput!) { startVisit(input: $i) { id } }', {
      i: { operationId: randomUUID(), visitId },
    });
    expect(started.data).toEqual({ startVisit: { id: visitId } });
    const write = (fields: string) =>
      inspector.request<{ setVisitConclusion: Record<string, unknown> }>(
        `mutation ($i: SetConclusionInput!) { setVisitConclusion(input: $i) { ${fields} } }`,
        { i: { operationId: randomUUID(), visitId, conclusion: `Kết luận ${fields}` } },
      );
    const idOnly = await write('id __typename');
    expect(idOnly.errors).toBeUndefined();
    expect(idOnly.data?.setVisitConclusion).toEqual({ id: visitId, __typename: 'Visit' });
    const more = await write('id status conclusion');
    expect(more.errors).toBeUndefined();
    expect(more.data?.setVisitConclusion).toEqual({
      id: visitId,
      status: 'IN_PROGRESS',
      conclusion: 'Kết luận id status conclusion',
    });
  });

  it('shows the second answer only after the second mutation, with answers, problems and progress agreeing', async () => {
    const list = await inspector.request<{ myVisits: { id: string; status: string }[] }>('{ myVisits { id status } }');
    // A planned visit, started now: every item is open.
    const visitId = list.data?.myVisits.find((v) => v.status === 'PLANNED')?.id ?? '';
    const started = await inspector.request('mutation ($i: StartVisitInput!) { startVisit(input: $i) { id } }', {
      i: { operationId: randomUUID(), visitId },
    });
    expect(started.errors).toBeUndefined();
    const before = await inspector.request<{ visit: Shown }>(`query ($id: ID!) { visit(id: $id) { ${FIELDS} } }`, {
      id: visitId,
    });
    const answered = new Set(before.data?.visit.answers.map((a) => a.itemId));
    const open = (before.data?.visit.templateVersion.groups ?? [])
      .flatMap((g) => g.items)
      .filter((i) => i.answerType === 'PASS_FAIL' && !answered.has(i.id))
      .map((i) => i.id);
    expect(open.length).toBeGreaterThanOrEqual(2);
    const [first, second] = open as [string, string];
    const res = await inspector.request<{ a: Shown; b: Shown }>(
      `mutation ($a: AnswerItemInput!, $b: AnswerItemInput!) {
        a: answerItem(input: $a) { ${FIELDS} }
        b: answerItem(input: $b) { ${FIELDS} }
      }`,
      {
        a: { operationId: randomUUID(), visitId, itemId: first, passFail: 'NOT_APPLICABLE' },
        b: { operationId: randomUUID(), visitId, itemId: second, passFail: 'NOT_APPLICABLE' },
      },
    );
    expect(res.errors).toBeUndefined();
    const { a, b } = res.data as { a: Shown; b: Shown };
    const has = (shown: Shown, itemId: string) => shown.answers.some((x) => x.itemId === itemId);
    const missing = (shown: Shown, itemId: string) =>
      shown.problems.some((p) => p.code === 'ANSWER_MISSING' && p.itemId === itemId);
    expect([has(a, first), has(a, second), missing(a, first), missing(a, second)]).toEqual([true, false, false, true]);
    expect([has(b, first), has(b, second), missing(b, first), missing(b, second)]).toEqual([true, true, false, false]);
    expect(a.answers).toHaveLength(answered.size + 1);
    expect(b.answers).toHaveLength(answered.size + 2);
    expect(b.progress.answered).toBe(a.progress.answered + 1);
  });
});
