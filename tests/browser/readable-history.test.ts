import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, screenshot, signIn, step, visible, withBrowser } from '../helpers/browser.js';
import { completeVisitThroughApi, visitIdOf } from '../helpers/field.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 18: a record's history reads as sentences for the people who read it (no raw field name, code,
 * ISO timestamp, hash, id or "->" list), and the review loop: the team replies to the reviewer's comment
 * in place, offline too (the reply waits on the phone, marked, until the server has it), and the
 * reviewer sees the reply and what changed since the return.
 */
let t: TestApp;
let office: GraphQLCaller;
let inspector: GraphQLCaller;
let visitId = '';
let findingId = '';
let generalCommentId = '';
let itemCommentId = '';
let failedItem = { id: '', code: '' };

/** What must never show to office, leadership or a unit head in a history. */
const RAW: [string, RegExp][] = [
  ['ISO timestamp', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
  ['hex hash', /\b[0-9a-f]{16,}\b/i],
  ['UPPER_SNAKE code', /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/],
  ['bare code', /\b(PASS|FAIL|SUBMITTED|RETURNED|APPROVED|PLANNED|OPEN|CLOSED|CREATE|UPDATE|ATTACH|PHOTO)\b/],
  ['camelCase field', /\b[a-z]{2,}[A-Z][A-Za-z]*\b/],
  ['"->" or a counted list', /->|\[\d+\]/],
  ['uuid', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i],
];

/** Expands every line of the history and returns its visible text. */
async function historyText(page: Page): Promise<string> {
  const history = await visible(page.getByTestId('audit-history'));
  await visible(history.getByTestId('audit-entry').first());
  await history.evaluate((section) => {
    for (const details of Array.from(section.querySelectorAll('details'))) details.open = true;
  });
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees is the point, not the DOM's text.
  return history.innerText();
}

function expectReadable(who: string, text: string) {
  const found = RAW.flatMap(([what, pattern]) => {
    const match = pattern.exec(text);
    return match ? [`${what}: "${match[0]}"`] : [];
  });
  expect([who, found]).toEqual([who, []]);
}

/** The team's replies on the visit as the server holds them, oldest first. */
async function replyTexts(): Promise<string[]> {
  const rows = await t.sql<{ text: string }>(
    'select r.text from review_reply r join review_comment c on c.id = r.comment_id where c.visit_id = ? order by r.created_at, r.text',
    [visitId],
  );
  return rows.map((row) => row.text);
}

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  [office, inspector] = await Promise.all([t.as('vanphong'), t.as('kiemtra')]);
  visitId = await visitIdOf(t, 'HKL-CL');
  const items = await completeVisitThroughApi(inspector, visitId);
  const item = [...items.values()].find((i) => i.answerType === 'PASS_FAIL');
  if (!item) throw new Error('no Đạt/Không đạt item');
  failedItem = item;
  const returned = await office.request<{ returnVisit: { reviewComments: { id: string; itemId: string | null }[] } }>(
    'mutation ($i: ReturnVisitInput!) { returnVisit(input: $i) { reviewComments { id itemId } } }',
    {
      i: {
        visitId,
        comment: 'Bổ sung ảnh hồ sơ lưu trữ.',
        itemComments: [{ itemId: item.id, comment: 'Xem lại kết quả.' }],
      },
    },
  );
  generalCommentId = returned.data?.returnVisit.reviewComments.find((c) => !c.itemId)?.id ?? '';
  itemCommentId = returned.data?.returnVisit.reviewComments.find((c) => c.itemId)?.id ?? '';
  if (!generalCommentId || !itemCommentId) throw new Error(JSON.stringify(returned));
});
afterAll(async () => {
  await t?.close();
});

describe('the review loop and a readable history', () => {
  it('the team replies on the phone, offline; the reviewer sees the reply and what changed since the return', async () => {
    await withBrowser('review-loop-reply', async ({ context, page }) => {
      await step('offline, the inspector replies; the reply shows at once, marked as on the phone', async () => {
        await signIn(page, t.url, 'kiemtra');
        await page.goto(`${t.url}/cuoc-kiem-tra/${visitId}`);
        const thread = await visible(page.getByTestId(`review-comment-${generalCommentId}`));
        expect(await page.getByText('Bổ sung ảnh hồ sơ lưu trữ.').count()).toBe(1);
        await context.setOffline(true);
        await thread.getByRole('button', { name: 'Trả lời', exact: true }).click();
        await thread.getByLabel('Nội dung trả lời').fill('Đã bổ sung ảnh sổ lưu trữ.');
        await page.getByTestId(`reply-send-${generalCommentId}`).click();
        const reply = await visible(
          thread.getByTestId('review-reply').filter({ hasText: 'Đã bổ sung ảnh sổ lưu trữ.' }),
        );
        expect(await reply.getAttribute('data-sync')).toBe('pending');
        await visible(reply.getByText('Chưa gửi · Đã lưu trên máy'));
        // The reply to the item's comment shows under the comment in the summary and on the item's card.
        const onItem = await visible(page.getByTestId(`review-comment-${itemCommentId}`));
        await onItem.getByRole('button', { name: 'Trả lời', exact: true }).click();
        await onItem.getByLabel('Nội dung trả lời').fill('Đã kiểm tra lại.');
        await page.getByTestId(`reply-send-${itemCommentId}`).click();
        const card = page.getByTestId(`visit-item-${failedItem.code}`);
        const onCard = await visible(card.getByTestId('review-reply').filter({ hasText: 'Đã kiểm tra lại.' }));
        expect(await onCard.getAttribute('data-sync')).toBe('pending');
        await reply.scrollIntoViewIfNeeded();
        await screenshot(page, 'review-reply-on-phone-mobile');
        await page.setViewportSize({ width: 1366, height: 768 });
        await reply.scrollIntoViewIfNeeded();
        await screenshot(page, 'review-reply-on-phone-desktop');
        await page.setViewportSize({ width: 390, height: 844 });
        // Nothing reached the server while offline.
        expect(await replyTexts()).toEqual([]);
      });
      await step('back online, the replies are sent and shown as on the server', async () => {
        await context.setOffline(false);
        await expect.poll(replyTexts).toEqual(['Đã bổ sung ảnh sổ lưu trữ.', 'Đã kiểm tra lại.']);
        const thread = page.getByTestId(`review-comment-${generalCommentId}`);
        const reply = thread.getByTestId('review-reply').filter({ hasText: 'Đã bổ sung ảnh sổ lưu trữ.' });
        await expect.poll(() => reply.getAttribute('data-sync')).toBe('server');
        expect(await reply.getByText('Chưa gửi · Đã lưu trên máy').count()).toBe(0);
        const card = page.getByTestId(`visit-item-${failedItem.code}`);
        await expect
          .poll(() =>
            card.getByTestId('review-reply').filter({ hasText: 'Đã kiểm tra lại.' }).getAttribute('data-sync'),
          )
          .toBe('server');
      });
      await step('the team changes an answer to Không đạt and submits again (through the API)', async () => {
        const op = () => randomUUID();
        const answered = await inspector.request('mutation ($i: AnswerItemInput!) { answerItem(input: $i) { id } }', {
          i: {
            operationId: op(),
            visitId,
            itemId: failedItem.id,
            passFail: 'FAIL',
            foundText: 'Chưa niêm yết đủ thủ tục.',
          },
        });
        expect(answered.errors).toBeUndefined();
        const submitted = await inspector.request(
          'mutation ($i: SubmitVisitInput!) { submitVisit(input: $i) { id } }',
          {
            i: { operationId: op(), visitId },
          },
        );
        expect(submitted.errors).toBeUndefined();
      });
    });
    await withBrowser('review-loop-reviewer', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/duyet/${visitId}`);
      const comments = await visible(page.getByTestId('reviewer-comments'));
      await visible(comments.getByText('Đã bổ sung ảnh sổ lưu trữ.'));
      const changes = await visible(page.getByTestId('changes-since-return'));
      const item = changes.getByTestId('changes-item');
      expect(await item.count()).toBe(1);
      expect(await item.locator('.history-item').textContent()).toMatch(
        new RegExp(`^${failedItem.code.replace('.', '\\.')} `),
      );
      expect(await item.getByTestId('change-since-return').allTextContents()).toEqual([
        'Sửa kết quả: Đạt → Không đạt',
        'Ghi 1 tồn tại mới',
      ]);
      await changes.scrollIntoViewIfNeeded();
      await screenshot(page, 'review-loop-changes-desktop');
    });
    // Approved, the finding from the Không đạt answer goes to the unit.
    const approved = await office.request<{ approveVisit: { findings: { id: string }[] } }>(
      'mutation ($id: ID!) { approveVisit(visitId: $id) { findings { id } } }',
      { id: visitId },
    );
    findingId = approved.data?.approveVisit.findings[0]?.id ?? '';
    expect(findingId).not.toBe('');
  });

  it.each([
    ['vanphong', true],
    ['lanhdao', true],
    ['thutruong', false],
  ])('%s reads the histories without raw codes', async (username, seesVisit) => {
    await withBrowser(`readable-history-${username}`, async ({ page }) => {
      await signIn(page, t.url, username);
      if (seesVisit) {
        await page.goto(`${t.url}/duyet/${visitId}`);
        const text = await historyText(page);
        expect(text).toContain('Đoàn kiểm tra trả lời');
        expect(text).toContain('Trả lại biên bản để đoàn bổ sung');
        expect(text).toContain('Trả lời ý kiến của người duyệt');
        expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
        expect(await page.getByTestId('audit-technical').count()).toBe(0);
        expectReadable(`${username}: visit`, text);
      }
      await page.goto(`${t.url}/ton-tai/${findingId}`);
      const text = await historyText(page);
      expect(text).toContain('Ghi 1 tồn tại từ tiêu chí Không đạt');
      expectReadable(`${username}: finding`, text);
    });
  });

  it('an administrator also sees the technical details', async () => {
    await withBrowser('readable-history-admin', async ({ page }) => {
      await signIn(page, t.url, 'admin');
      await page.goto(`${t.url}/duyet/${visitId}`);
      await historyText(page);
      expect(await page.getByTestId('audit-technical').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('audit-technical').first().textContent()).toContain('"action"');
    });
  });
});
