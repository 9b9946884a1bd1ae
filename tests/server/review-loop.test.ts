import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeVisitThroughApi, visitIdOf } from '../helpers/field.js';
import { TINY_PNG } from '../helpers/images.js';
import type { GraphQLCaller, GraphQLResponse, TestApp } from '../helpers/test-app.js';
import { startTestApp } from '../helpers/test-app.js';

// The loop between the office and the team on a returned visit (issue 18): the reviewer's comments are
// answered by the team, and the reviewer sees the replies and what changed since the return.

const REVIEW = `query ($id: ID!) { visit(id: $id) { status
  reviewComments { id itemId comment replies { text authorName } }
  changesSinceReturn { kind itemLabel count fromResult toResult } } }`;
const COMMENTS = `query ($id: ID!) { visit(id: $id) { reviewComments { id itemId comment replies { text authorName } } } }`;
const REPLY = 'mutation ($i: ReplyToReviewCommentInput!) { replyToReviewComment(input: $i) { id text authorName } }';
const RETURN = 'mutation ($i: ReturnVisitInput!) { returnVisit(input: $i) { status } }';
const ANSWER = 'mutation ($i: AnswerItemInput!) { answerItem(input: $i) { id } }';
const ATTACH = 'mutation ($i: AttachFileInput!) { attachVisitFile(input: $i) { id } }';
const SUBMIT = 'mutation ($i: SubmitVisitInput!) { submitVisit(input: $i) { status } }';

interface Comment {
  id: string;
  itemId: string | null;
  comment: string;
  replies: { text: string; authorName: string }[];
}
interface ReviewView {
  visit: {
    status: string;
    reviewComments: Comment[];
    changesSinceReturn: {
      kind: string;
      itemLabel: string | null;
      count: number;
      fromResult: string | null;
      toResult: string | null;
    }[];
  };
}

let t: TestApp;
let office: GraphQLCaller;
let inspector: GraphQLCaller;
let otherInspector: GraphQLCaller;
let leader: GraphQLCaller;
let visitId: string;
let items: Awaited<ReturnType<typeof completeVisitThroughApi>>;
let general: Comment;
let onItem: Comment;

const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? null;
const reply = (who: GraphQLCaller, commentId: string, text: string) =>
  who.request<{ replyToReviewComment: { id: string; text: string; authorName: string } }>(REPLY, {
    i: { operationId: randomUUID(), visitId, replyId: randomUUID(), commentId, text },
  });

beforeAll(async () => {
  t = await startTestApp();
  [office, inspector, otherInspector, leader] = await Promise.all([
    t.as('vanphong'),
    t.as('kiemtra'),
    t.as('kiemtra2'),
    t.as('lanhdao'),
  ]);
  visitId = await visitIdOf(t, 'HKL-CL');
  items = await completeVisitThroughApi(inspector, visitId);
});

afterAll(async () => {
  await t?.close();
});

describe('the review loop', () => {
  it('the office returns the visit with a general comment and one on an item; nothing has changed yet', async () => {
    const itemId = [...items.values()].find((item) => item.answerType === 'PASS_FAIL')?.id;
    const returned = await office.request(RETURN, {
      i: { visitId, comment: 'Bổ sung ảnh minh chứng.', itemComments: [{ itemId, comment: 'Kiểm tra lại kết quả.' }] },
    });
    expect(returned.errors).toBeUndefined();
    const view = await office.request<ReviewView>(REVIEW, { id: visitId });
    expect(view.data?.visit.status).toBe('RETURNED');
    expect(view.data?.visit.changesSinceReturn).toEqual([]);
    const comments = view.data?.visit.reviewComments ?? [];
    // The general comment is one comment, not the return comment and a copy of it.
    expect(comments.map((c) => c.comment).sort()).toEqual(['Bổ sung ảnh minh chứng.', 'Kiểm tra lại kết quả.']);
    general = comments.find((c) => !c.itemId) as Comment;
    onItem = comments.find((c) => c.itemId) as Comment;
  });

  it('only the team replies, with some text, to a comment that exists', async () => {
    expect(code(await reply(office, general.id, 'Không phải đoàn.'))).toBe('FORBIDDEN');
    expect(code(await reply(leader, general.id, 'Không phải đoàn.'))).toBe('FORBIDDEN');
    expect(code(await reply(otherInspector, general.id, 'Đoàn khác.'))).toMatch(/^VISIT_NOT_(FOUND|YOUR_TEAM)$/);
    expect(code(await reply(inspector, general.id, '   '))).toBe('REVIEW_REPLY_REQUIRED');
    expect(code(await reply(inspector, randomUUID(), 'Không có ý kiến này.'))).toBe('REVIEW_COMMENT_NOT_FOUND');
    expect(code(await reply(inspector, 'not-a-uuid', 'x'))).toBe('REVIEW_COMMENT_NOT_FOUND');
    const comments = await office.request<ReviewView>(COMMENTS, { id: visitId });
    expect(comments.data?.visit.reviewComments.flatMap((c) => c.replies)).toEqual([]);
  });

  it('the team changes an answer, adds a photo, replies to both comments and submits again', async () => {
    const item = [...items.values()].find((i) => i.id === onItem.itemId);
    if (!item) throw new Error('no item');
    const op = () => randomUUID();
    expect(
      code(
        await inspector.request(ANSWER, {
          i: {
            operationId: op(),
            visitId,
            itemId: item.id,
            passFail: 'NOT_APPLICABLE',
            note: 'Đơn vị không có hồ sơ loại này.',
          },
        }),
      ),
    ).toBeNull();
    const fileId = randomUUID();
    expect((await inspector.upload(fileId, TINY_PNG, 'image/png')).status).toBe(201);
    expect(
      code(
        await inspector.request(ATTACH, {
          i: { operationId: op(), visitId, attachmentId: randomUUID(), kind: 'PHOTO', fileId, itemId: item.id },
        }),
      ),
    ).toBeNull();
    const first = await reply(inspector, general.id, 'Đã bổ sung ảnh.');
    expect(first.errors).toBeUndefined();
    expect(first.data?.replyToReviewComment).toMatchObject({ text: 'Đã bổ sung ảnh.' });
    expect((await reply(inspector, onItem.id, 'Đã sửa thành Không áp dụng.')).errors).toBeUndefined();
    expect((await inspector.request(SUBMIT, { i: { operationId: op(), visitId } })).errors).toBeUndefined();
    // Once submitted, the visit is the office's again: no more replies.
    expect(code(await reply(inspector, general.id, 'Thêm nữa.'))).toBe('REVIEW_REPLY_VISIT_NOT_RETURNED');
  });

  it('the reviewer sees the replies and what changed since the return, by item label', async () => {
    const view = await office.request<ReviewView>(REVIEW, { id: visitId });
    expect(view.errors).toBeUndefined();
    const visit = view.data?.visit;
    expect(visit?.status).toBe('SUBMITTED');
    const replies = new Map(visit?.reviewComments.map((c) => [c.comment, c.replies]));
    const name = (await inspector.request<{ me: { fullName: string } }>('{ me { fullName } }')).data?.me.fullName;
    expect(replies.get('Bổ sung ảnh minh chứng.')).toEqual([{ text: 'Đã bổ sung ảnh.', authorName: name }]);
    expect(replies.get('Kiểm tra lại kết quả.')).toEqual([{ text: 'Đã sửa thành Không áp dụng.', authorName: name }]);
    const item = [...items.values()].find((i) => i.id === onItem.itemId);
    const label = (
      await office.request<{
        visit: { templateVersion: { groups: { items: { id: string; code: string; text: string }[] }[] } };
      }>('query ($id: ID!) { visit(id: $id) { templateVersion { groups { items { id code text } } } } }', {
        id: visitId,
      })
    ).data?.visit.templateVersion.groups
      .flatMap((g) => g.items)
      .find((i) => i.id === item?.id);
    const itemLabel = `${label?.code} ${label?.text}`;
    expect(visit?.changesSinceReturn).toEqual([
      { kind: 'ANSWER', itemLabel, count: 1, fromResult: 'PASS', toResult: 'NOT_APPLICABLE' },
      { kind: 'PHOTO_ADDED', itemLabel, count: 1, fromResult: null, toResult: null },
    ]);
    // Leadership reads it too; it comes from the audit trail, so the team (no audit trail) gets none.
    expect((await leader.request<ReviewView>(REVIEW, { id: visitId })).data?.visit.changesSinceReturn).toHaveLength(2);
    const asTeam = await inspector.request<ReviewView>(REVIEW, { id: visitId });
    expect(asTeam.errors).toBeUndefined();
    expect(asTeam.data?.visit.changesSinceReturn).toEqual([]);
    expect(asTeam.data?.visit.reviewComments.flatMap((c) => c.replies)).toHaveLength(2);
  });

  it('the history names the reply and the item, not codes', async () => {
    const trail = await office.request<{
      auditTrail: { action: string; entityType: string; actorRole: string | null; itemLabel: string | null }[];
    }>('query ($id: ID!) { auditTrail(entityId: $id) { action entityType actorRole itemLabel } }', { id: visitId });
    const replies = trail.data?.auditTrail.filter((e) => e.entityType === 'ReviewReply') ?? [];
    expect(replies).toHaveLength(2);
    expect(replies.every((e) => e.actorRole === 'INSPECTOR')).toBe(true);
    const answers = trail.data?.auditTrail.filter((e) => e.entityType === 'VisitAnswer') ?? [];
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((e) => e.itemLabel && /^\S+ \S/.test(e.itemLabel))).toBe(true);
  });
});
