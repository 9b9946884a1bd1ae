import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  newVisit,
  type QueuedWrite,
  queuedAnswer,
  type SyncGround,
  syncBatch,
  syncGround,
} from '../helpers/sync-batches.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The bulk path of syncBatch (answers written in runs, answer-batch.ts) against the one-by-one path
 * (every write through its own mutation and savepoint), on random batches: each batch is applied to two
 * fresh visits alike, one by each path, and every outcome and every stored row of the two visits must
 * be the same (ids, times and the visits' own ids aside), the visit's audit entries entry by entry in the
 * order of the hash chain. The batches hold answers (new, changed,
 * concurrent with another inspector's earlier answers, with or without the version the phone saw),
 * refusals (an item of another checklist, an answer of two kinds, input that does not fit, a visit
 * that does not exist, a visit already submitted), the writes held behind a refusal, an operation sent
 * twice in one batch, an operation id reused for other values, a write of another kind between answers,
 * and the whole batch sent again.
 */

const RUNS = 200;
const ITEMS = 4;

type PassFail = 'PASS' | 'FAIL' | 'NOT_APPLICABLE';

interface GenOp {
  kind: 'answer' | 'conclusion' | 'again' | 'reuse';
  /** ITEMS: an item of no checklist of the visit. */
  item: number;
  passFail: PassFail | 'MAYBE';
  note: string | null;
  foundText: string | null;
  /** Also a number: an answer of two kinds, refused. */
  alsoNumber: boolean;
  baseVersion: number | null | undefined;
  /** The visit is one that does not exist. */
  missingVisit: boolean;
  /** For `again` and `reuse`: which earlier operation (modulo their count). */
  of: number;
}

interface GenCase {
  /** Answers another inspector wrote before the batch (each item at most once). */
  earlier: { item: number; passFail: PassFail }[];
  submitted: boolean;
  ops: GenOp[];
  sendAgain: boolean;
}

const rarely = fc.oneof({ weight: 25, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

const opArb: fc.Arbitrary<GenOp> = fc.record({
  kind: fc.oneof(
    { weight: 12, arbitrary: fc.constant('answer' as const) },
    { weight: 1, arbitrary: fc.constant('conclusion' as const) },
    { weight: 2, arbitrary: fc.constant('again' as const) },
    { weight: 1, arbitrary: fc.constant('reuse' as const) },
  ),
  item: fc.oneof(
    { weight: 25, arbitrary: fc.integer({ min: 0, max: ITEMS - 1 }) },
    { weight: 1, arbitrary: fc.constant(ITEMS) },
  ),
  passFail: fc.oneof(
    { weight: 25, arbitrary: fc.constantFrom<PassFail>('PASS', 'FAIL', 'NOT_APPLICABLE') },
    { weight: 1, arbitrary: fc.constant('MAYBE' as const) },
  ),
  note: fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(null, null, 'Chưa niêm yết', 'Đã nhắc nhở') },
    // Longer than the input allows: refused by the input's validation, before the write runs.
    { weight: 1, arbitrary: fc.constant('x'.repeat(4001)) },
  ),
  foundText: fc.constantFrom(null, 'Sổ theo dõi không cập nhật'),
  alsoNumber: rarely,
  baseVersion: fc.constantFrom(undefined, undefined, null, 1, 2),
  missingVisit: rarely,
  of: fc.nat(30),
});

const caseArb: fc.Arbitrary<GenCase> = fc.record({
  earlier: fc.uniqueArray(
    fc.record({
      item: fc.integer({ min: 0, max: ITEMS - 1 }),
      passFail: fc.constantFrom<PassFail>('PASS', 'FAIL', 'NOT_APPLICABLE'),
    }),
    { selector: (e) => e.item, maxLength: ITEMS },
  ),
  submitted: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  ops: fc.array(opArb, { minLength: 1, maxLength: 14 }),
  sendAgain: fc.boolean(),
});

let t: TestApp;
let inspector: GraphQLCaller;
let other: GraphQLCaller;
let ground: SyncGround;
let itemIds: string[];
const counts: Record<string, number> = {};
const MISSING_VISIT = randomUUID();
const FOREIGN_ITEM = randomUUID();

beforeAll(async () => {
  t = await startTestApp();
  ground = await syncGround(t, { members: ['kiemtra2'], items: ITEMS });
  itemIds = [...ground.itemIds, FOREIGN_ITEM];
  inspector = await t.as('kiemtra');
  other = await t.as('kiemtra2');
}, 300_000);

afterAll(async () => {
  console.info(`sync bulk property: ${JSON.stringify(counts)}`);
  t.config.syncBulkWrites = true;
  await t?.close();
});

/** The batch of a case for one visit: operation ids of its own, everything else alike. */
function batchFor(c: GenCase, visitId: string): QueuedWrite[] {
  const ops: QueuedWrite[] = [];
  c.ops.forEach((g, index) => {
    const earlier = ops[g.of % Math.max(1, ops.length)];
    const sequence = index + 1;
    if ((g.kind === 'again' || g.kind === 'reuse') && earlier) {
      const input =
        g.kind === 'again' ? earlier.input : { ...earlier.input, note: `${String(earlier.input.note)} (khác)` };
      ops.push({ ...earlier, sequence, input });
      return;
    }
    const target = g.missingVisit ? MISSING_VISIT : visitId;
    if (g.kind === 'conclusion') {
      ops.push({
        operationId: randomUUID(),
        sequence,
        kind: 'SET_VISIT_CONCLUSION',
        input: { visitId: target, conclusion: `Kết luận ${index}` },
      });
      return;
    }
    const input: Record<string, unknown> = { visitId: target, itemId: itemIds[g.item], passFail: g.passFail };
    if (g.note !== null) input.note = g.note;
    if (g.foundText !== null) input.foundText = g.foundText;
    if (g.alsoNumber) input.numberValue = 3;
    if (g.baseVersion !== undefined) input.baseVersion = g.baseVersion;
    ops.push(queuedAnswer(sequence, input));
  });
  return ops;
}

async function sync(caller: GraphQLCaller, deviceId: string, operations: QueuedWrite[], bulk: boolean) {
  t.config.syncBulkWrites = bulk;
  return syncBatch(caller, deviceId, operations);
}

const TIME = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:\d\d)?)?/g;

/** Everything stored about a visit, its ids and times written as names. */
async function stored(visitId: string, names: Map<string, string>): Promise<string> {
  const rows = async (text: string) => (await t.sql<{ row: unknown }>(text, [visitId])).map((r) => r.row);
  const snapshot = {
    visit: await rows(
      `select to_jsonb(v) - array['id', 'updated_at', 'created_at', 'started_at'] as row from visit v where id = ?`,
    ),
    answers: await rows(
      `select to_jsonb(a) - array['id', 'updated_at', 'edited_at'] as row from visit_answer a where visit_id = ? order by item_id`,
    ),
    findings: await rows(
      `select to_jsonb(f) - array['id', 'created_at', 'updated_at'] as row from finding f where visit_id = ? order by item_id`,
    ),
    conflicts: (
      await rows(
        `select to_jsonb(c) - array['id', 'created_at', 'losing_edited_at'] as row from visit_conflict c where visit_id = ?`,
      )
    )
      .map((r) => JSON.stringify(r))
      .sort(),
    // The visit's stretch of the audit chain, in chain order; the answers and findings it names by the
    // order they first appear in it (their ids differ between the two paths).
    audit: chainOrder(
      await t.sql<{ entity: string; row: unknown }>(
        `select entity_id::text as entity, to_jsonb(e) - array['id', 'at', 'chain_seq', 'prev_hash', 'hash', 'entity_id'] as row
           from audit_entry e where visit_id = ? order by chain_seq`,
        [visitId],
      ),
      names,
    ),
    applied: (
      await t.sql<{ id: string; user_id: string; name: string; result: unknown }>(
        `select id, user_id, name, result from applied_operation where id in (${[...names.keys()].map(() => '?').join(', ')})`,
        [...names.keys()],
      )
    )
      .map((r) => `${r.id} ${r.user_id} ${r.name} ${JSON.stringify(r.result)}`)
      .sort(),
  };
  let text = JSON.stringify(snapshot).replace(TIME, 'TIME');
  for (const [id, name] of names) text = text.replaceAll(id, name);
  // The applied rows and conflicts were sorted before the ids became names: sort them again.
  const parsed = JSON.parse(text) as typeof snapshot;
  parsed.applied.sort();
  parsed.conflicts.sort();
  return JSON.stringify(parsed, null, 1);
}

/** Audit entries as text, each naming its record: a name given, else the record's place of first appearance. */
function chainOrder(entries: { entity: string; row: unknown }[], names: Map<string, string>): string[] {
  const records = new Map<string, string>();
  return entries.map(({ entity, row }) => {
    if (!records.has(entity)) records.set(entity, names.get(entity) ?? `RECORD-${records.size}`);
    return JSON.stringify({ entity: records.get(entity), ...(row as object) });
  });
}

async function runCase(c: GenCase): Promise<void> {
  const runs = [];
  for (const bulk of [true, false]) {
    const visitId = await newVisit(t, ground);
    const names = new Map<string, string>([[visitId, 'VISIT']]);
    // The other inspector's earlier answers, written alike (one by one) before the batch.
    const earlier = c.earlier.map((e, i) =>
      queuedAnswer(i + 1, { visitId, itemId: itemIds[e.item], passFail: e.passFail }),
    );
    for (const [i, op] of earlier.entries()) names.set(op.operationId, `EARLIER-${i}`);
    if (earlier.length > 0) await sync(other, randomUUID(), earlier, false);
    if (c.submitted) await t.sql(`update visit set status = 'SUBMITTED' where id = ?`, [visitId]);
    const batch = batchFor(c, visitId);
    for (const [i, op] of batch.entries()) {
      if (!names.has(op.operationId)) names.set(op.operationId, `OP-${i}`);
    }
    const deviceId = randomUUID();
    const first = await sync(inspector, deviceId, batch, bulk);
    const again = c.sendAgain ? await sync(inspector, deviceId, batch, bulk) : null;
    const outcomes = (result: typeof first) => {
      // A refusal's message may quote the input, with the visit's and the operation's ids.
      let text = JSON.stringify(result);
      for (const [id, name] of names) text = text.replaceAll(id, name);
      return text;
    };
    runs.push({
      outcomes: outcomes(first),
      again: again ? outcomes(again) : null,
      stored: await stored(visitId, names),
      statuses: first.outcomes.map((o) => `${o.status} ${String(o.code)}`),
    });
  }
  const [bulkRun, oneByOne] = runs;
  expect(bulkRun?.outcomes).toBe(oneByOne?.outcomes);
  expect(bulkRun?.again).toBe(oneByOne?.again);
  expect(bulkRun?.stored).toBe(oneByOne?.stored);
  for (const s of bulkRun?.statuses ?? []) counts[s] = (counts[s] ?? 0) + 1;
  counts.cases = (counts.cases ?? 0) + 1;
  if (c.sendAgain) counts.sentAgain = (counts.sentAgain ?? 0) + 1;
}

it(`the bulk path and the one-by-one path give the same outcomes and rows on ${RUNS} random batches`, async () => {
  await fc.assert(
    fc.asyncProperty(caseArb, async (c) => {
      await runCase(c);
    }),
    { numRuns: RUNS, endOnFailure: true },
  );
  // The batches did reach every kind of outcome the comparison is about.
  const seen = Object.keys(counts).join(' ');
  for (const expected of [
    'APPLIED null',
    'HELD HELD_AFTER_REFUSED_OPERATION',
    'REFUSED ITEM_NOT_IN_VISIT',
    'REFUSED ANSWER_INVALID',
    'REFUSED BAD_USER_INPUT',
    'REFUSED VISIT_NOT_FOUND',
    'REFUSED VISIT_NOT_EDITABLE',
    'REFUSED OPERATION_ID_REUSED',
  ]) {
    expect(seen).toContain(expected);
  }
}, 1_800_000);
