import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeVisitThroughApi, visitIdOf } from '../helpers/field.js';
import type { GraphQLCaller, TestApp } from '../helpers/test-app.js';
import { startTestApp } from '../helpers/test-app.js';

// The team's reply to a reviewer's comment goes through the phone's outbox like every field write
// (issue 18): a batch sent again makes one reply, and the server's checks refuse it with a code and a
// Vietnamese message, with nothing saved.

const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { operationId status code message } } }`;
const RETURN = 'mutation ($i: ReturnVisitInput!) { returnVisit(input: $i) { status } }';

interface Outcome {
  operationId: string;
  status: string;
  code: string | null;
  message: string | null;
}
interface Operation {
  operationId: string;
  sequence: number;
  kind: string;
  input: Record<string, unknown>;
}

let t: TestApp;
let office: GraphQLCaller;
let inspector: GraphQLCaller;
let otherInspector: GraphQLCaller;
let visitId: string;
let commentId: string;
const phone = randomUUID();
const otherPhone = randomUUID();
let sequence = 100;

const replyOp = (text: string, overrides: Record<string, unknown> = {}): Operation => ({
  operationId: randomUUID(),
  sequence: ++sequence,
  kind: 'REPLY_TO_REVIEW_COMMENT',
  input: { visitId, commentId, replyId: randomUUID(), text, ...overrides },
});

async function sync(who: GraphQLCaller, deviceId: string, operations: Operation[]): Promise<Outcome[]> {
  const res = await who.request<{ syncBatch: { outcomes: Outcome[] } }>(SYNC, { i: { deviceId, operations } });
  expect(res.errors).toBeUndefined();
  return res.data?.syncBatch.outcomes ?? [];
}

async function replyRows(): Promise<{ id: string; text: string }[]> {
  return t.sql<{ id: string; text: string }>(
    'select r.id, r.text from review_reply r join review_comment c on c.id = r.comment_id where c.visit_id = ?',
    [visitId],
  );
}

beforeAll(async () => {
  t = await startTestApp();
  [office, inspector, otherInspector] = await Promise.all([t.as('vanphong'), t.as('kiemtra'), t.as('kiemtra2')]);
  visitId = await visitIdOf(t, 'HKL-CL');
  await completeVisitThroughApi(inspector, visitId);
  const returned = await office.request(RETURN, { i: { visitId, comment: 'Bổ sung ảnh minh chứng.' } });
  expect(returned.errors).toBeUndefined();
  const [comment] = await t.sql<{ id: string }>('select id from review_comment where visit_id = ?', [visitId]);
  commentId = comment.id;
  // Seeding the demo and completing a visit through the API takes long on a busy shared machine.
}, 600_000);

afterAll(async () => {
  await t?.close();
});

describe('a reply to a reviewer comment, queued on the phone', () => {
  it('is refused for someone not on the team, a comment of no such visit and an id already used', async () => {
    const [outsider] = await sync(otherInspector, otherPhone, [replyOp('Đoàn khác.')]);
    expect(outsider.status).toBe('REFUSED');
    expect(outsider.code).toMatch(/^VISIT_NOT_(FOUND|YOUR_TEAM)$/);
    const [unknown] = await sync(inspector, phone, [replyOp('Không có ý kiến này.', { commentId: randomUUID() })]);
    expect(unknown).toMatchObject({ status: 'REFUSED', code: 'REVIEW_COMMENT_NOT_FOUND' });
    const [taken] = await sync(inspector, phone, [replyOp('Trùng mã.', { replyId: visitId })]);
    expect(taken).toMatchObject({ status: 'REFUSED', code: 'REVIEW_REPLY_ID_TAKEN' });
    const [empty] = await sync(inspector, phone, [replyOp('   ')]);
    expect(empty).toMatchObject({ status: 'REFUSED', code: 'REVIEW_REPLY_REQUIRED' });
    expect(await replyRows()).toEqual([]);
  });

  it('a batch holding a reply and the submission, sent twice, makes one reply', async () => {
    const reply = replyOp('Đã bổ sung ảnh.');
    const submit: Operation = {
      operationId: randomUUID(),
      sequence: ++sequence,
      kind: 'SUBMIT_VISIT',
      input: { visitId },
    };
    const first = await sync(inspector, phone, [reply, submit]);
    expect(first.map((o) => o.status)).toEqual(['APPLIED', 'APPLIED']);
    // The response was lost: the phone sends the same batch again.
    const again = await sync(inspector, phone, [reply, submit]);
    expect(again.map((o) => o.status)).toEqual(['APPLIED', 'APPLIED']);
    expect(await replyRows()).toEqual([{ id: reply.input.replyId, text: 'Đã bổ sung ảnh.' }]);
    const audit = await t.sql<{ n: number }>(
      "select count(*)::int as n from audit_entry where entity_type = 'ReviewReply' and entity_id = ?",
      [reply.input.replyId],
    );
    expect(audit[0].n).toBe(1);
    const view = await office.request<{ visit: { status: string; reviewComments: { replies: { id: string }[] }[] } }>(
      'query ($id: ID!) { visit(id: $id) { status reviewComments { replies { id } } } }',
      { id: visitId },
    );
    expect(view.data?.visit.status).toBe('SUBMITTED');
    expect(view.data?.visit.reviewComments.flatMap((c) => c.replies)).toEqual([{ id: reply.input.replyId }]);
    // The same operation id with other content is not a second write.
    const [reused] = await sync(inspector, phone, [
      { ...reply, sequence: ++sequence, input: { ...reply.input, text: 'Khác.' } },
    ]);
    expect(reused).toMatchObject({ status: 'REFUSED', code: 'OPERATION_ID_REUSED' });
  });

  it('is refused once the visit is no longer returned, with a Vietnamese reason, and nothing saved', async () => {
    const [late] = await sync(inspector, phone, [replyOp('Trả lời muộn.')]);
    expect(late).toMatchObject({ status: 'REFUSED', code: 'REVIEW_REPLY_VISIT_NOT_RETURNED' });
    expect(late.message).toMatch(/không còn ở trạng thái bị trả lại/);
    expect((await replyRows()).map((r) => r.text)).toEqual(['Đã bổ sung ảnh.']);
  });
});
