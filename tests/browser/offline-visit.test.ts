import { createHash, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../server/src/db/seeders/default-checklist.js';
import { expectAccessible } from '../helpers/a11y.js';
import {
  type BrowserSession,
  clientDist,
  explainFailure,
  openBrowser,
  screenshot,
  signIn,
  visible,
  waitForServiceWorker,
} from '../helpers/browser.js';
import {
  answerEverything,
  cameraJpeg,
  completeVisitThroughApi,
  drawSignature,
  readOutboxBlobs,
  submitForReview,
  visitIdOf,
} from '../helpers/field.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A whole visit on a phone with no network: started, answered, three photos, attendees, conclusion,
 * two signatures and the submission, all while offline, with two reloads in between. Back online, the
 * phone syncs by itself and the server holds every answer and photo exactly once.
 */
const FAILED = new Map([
  ['1.4', 'Chưa niêm yết nội quy cơ quan.'],
  ['2.1', 'Hai công chức không đeo thẻ.'],
  ['2.3', 'Bàn làm việc bừa bộn.'],
]);

let t: TestApp;
let phone: BrowserSession;
let office: GraphQLCaller;
let visitId = '';

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  office = await t.as('vanphong');
  visitId = await visitIdOf(t, 'HKL-CL');
});
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  await phone?.close();
});

/** Each test has a phone of its own: the inspector signed in, the app's service worker controlling. */
async function openSignedInPhone(): Promise<BrowserSession> {
  const session = await openBrowser({ touch: true });
  try {
    await explainFailure(session, 'offline-phone-start', async () => {
      await signIn(session.page, t.url, 'kiemtra');
      await waitForServiceWorker(session.page, { controlling: false });
      await session.page.reload();
      await waitForServiceWorker(session.page, { controlling: true });
    });
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

async function markState(page: Page): Promise<string | null> {
  return page.getByTestId('visit-sync-mark').first().getAttribute('data-state');
}

describe('a whole visit offline', () => {
  it('is conducted, reloaded twice and synced exactly once', async () => {
    phone = await openSignedInPhone();
    await explainFailure(phone, 'offline-visit', async () => {
      const { page, context } = phone;
      await context.grantPermissions(['geolocation']);
      await context.setGeolocation({ latitude: 21.85, longitude: 106.76 });

      // Take the visit offline while there is network.
      await page.goto(`${t.url}/cuoc-kiem-tra/${visitId}`);
      await page.getByTestId('offline-download').first().click();
      await visible(page.getByTestId('offline-ready').first());
      await screenshot(page, 'offline-visit-1-downloaded');
      await expectAccessible(page, 'visit taken offline');

      await context.setOffline(true);
      await page.reload();
      await visible(page.getByTestId('visit-screen'));
      await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
      await expect.poll(() => page.getByTestId('visit-status').first().textContent()).toContain('Đang kiểm tra');

      await answerEverything(page, (code) => cameraJpeg(page, `Tiêu chí ${code}`), FAILED);
      const attendees = page.getByTestId('visit-attendees');
      await attendees.getByRole('button', { name: 'Thêm người tham dự' }).click();
      await attendees.getByLabel('Họ và tên').last().fill('Hoàng Văn Nam');
      await attendees.getByLabel('Chức vụ').last().fill('Hạt trưởng');
      await attendees.getByLabel('Thuộc').last().selectOption('UNIT');
      await attendees.getByLabel('Chức vụ').last().blur();
      const conclusion = page.getByLabel('Kết luận');
      await conclusion.fill('Đơn vị chấp hành cơ bản tốt; còn ba tồn tại cần khắc phục trong 30 ngày.');
      await conclusion.blur();
      await drawSignature(page, 'signature-team-lead');
      await drawSignature(page, 'signature-unit');
      expect(await markState(page)).toBe('local');
      await screenshot(page, 'offline-visit-2-signed-offline');
      await expectAccessible(page, 'visit signed offline, offline indicator');

      // Reloaded twice with no network: everything is still there.
      for (let i = 0; i < 2; i++) {
        await page.reload();
        await visible(page.getByTestId('visit-screen'));
        await visible(page.getByTestId('offline-indicator'));
        await expect.poll(() => markState(page)).toBe('local');
      }
      await page.getByTestId('group-2').click();
      const failedCard = page.getByTestId('visit-item-2.1');
      await expect
        .poll(() => failedCard.getByRole('button', { name: 'Không đạt', exact: true }).getAttribute('aria-pressed'))
        .toBe('true');
      await visible(failedCard.locator('img').first());
      await expect.poll(() => failedCard.getByLabel('Ghi chú').inputValue()).toBe('Hai công chức không đeo thẻ.');

      await submitForReview(page);
      await visible(page.getByTestId('submit-waiting'));
      await screenshot(page, 'offline-visit-3-submitted-offline');

      const blobs = await readOutboxBlobs(page);
      expect(blobs).toHaveLength(5); // three photos and two signatures
      for (const blob of blobs) {
        expect(createHash('sha256').update(blob.bytes).digest('hex')).toBe(blob.sha256);
      }
      // Nothing reached the server.
      const before = await office.request<{ visit: { status: string; answers: unknown[] } }>(
        'query ($id: ID!) { visit(id: $id) { status answers { id } } }',
        { id: visitId },
      );
      expect(before.data?.visit).toEqual({ status: 'PLANNED', answers: [] });

      // Back online: the phone syncs by itself.
      await context.setOffline(false);
      await expect.poll(() => markState(page), { timeout: 60_000, interval: 500 }).toBe('server');
      await expect
        .poll(() => page.getByTestId('sync-status').textContent(), { timeout: 30_000 })
        .toContain('Đã đồng bộ');
      await expect.poll(() => page.getByTestId('visit-status').first().textContent()).toContain('Đã gửi duyệt');
      await screenshot(page, 'offline-visit-4-synced');

      const after = await office.request<{
        visit: {
          status: string;
          answers: { itemId: string }[];
          attachments: { kind: string; sha256: string; itemId: string | null }[];
          attendees: { name: string }[];
          conclusion: string;
          findings: { itemCode: string }[];
          conflicts: unknown[];
        };
      }>(
        `query ($id: ID!) { visit(id: $id) { status answers { itemId } attachments { kind sha256 itemId }
        attendees { name } conclusion findings { itemCode } conflicts { kind } } }`,
        { id: visitId },
      );
      const visit = after.data?.visit;
      expect(visit?.status).toBe('SUBMITTED');
      const itemCount = DEFAULT_CHECKLIST.groups.reduce((n, g) => n + g.items.length, 0);
      expect(visit?.answers).toHaveLength(itemCount);
      expect(new Set(visit?.answers.map((a) => a.itemId)).size).toBe(itemCount);
      expect(visit?.attachments.filter((a) => a.kind === 'PHOTO')).toHaveLength(3);
      expect(visit?.attachments).toHaveLength(5);
      expect(visit?.attachments.map((a) => a.sha256).sort()).toEqual(blobs.map((b) => b.sha256).sort());
      // Prefilled with the team's lead and the unit's head, then one added by hand.
      expect(visit?.attendees).toEqual([
        expect.objectContaining({ name: 'Lương Văn Tuấn' }),
        expect.objectContaining({ name: 'Vi Thị Lan' }),
        expect.objectContaining({ name: 'Hoàng Văn Nam' }),
      ]);
      expect(visit?.findings.map((f) => f.itemCode).sort()).toEqual([...FAILED.keys()]);
      expect(visit?.conflicts).toEqual([]);
      // Each photo stored once: no uploaded file is left unattached, each write applied once.
      const orphans = await t.sql<{ n: string }>(
        'select count(*) as n from stored_file f where not exists (select 1 from attachment a where a.file_id = f.id)',
      );
      expect(Number(orphans[0]?.n)).toBe(0);
      const uploads = await t.sql<{ n: string }>('select count(*) as n from file_upload');
      expect(Number(uploads[0]?.n)).toBe(0);
      const writes = await t.sql<{ action: string; n: string }>(
        `select action, count(*) as n from audit_entry where visit_id = ? and entity_type = 'VisitAnswer' group by action`,
        [visitId],
      );
      // One entry per write as the inspector made it: a first answer, then on each failed item the note
      // and what was found, each typed after the choice.
      expect(Object.fromEntries(writes.map((w) => [w.action, Number(w.n)]))).toEqual({
        CREATE: itemCount,
        UPDATE: FAILED.size * 2,
      });
      expect(await readOutboxBlobs(page)).toEqual([]);
    });
  });
});

describe('an edit made offline to a visit approved meanwhile', () => {
  it('ends as a visible conflict on the phone, and nothing is applied to the approved visit', async () => {
    phone = await openSignedInPhone();
    await explainFailure(phone, 'offline-conflict', async () => {
      const inspectorApi = await t.as('kiemtra');
      const closedVisit = await visitIdOf(t, 'HKL-TD');
      await completeVisitThroughApi(inspectorApi, closedVisit);
      const returned = await office.request('mutation ($i: ReturnVisitInput!) { returnVisit(input: $i) { id } }', {
        i: { visitId: closedVisit, comment: 'Đề nghị bổ sung kết luận.' },
      });
      expect(returned.errors).toBeUndefined();

      const { page, context } = phone;
      await page.goto(`${t.url}/cuoc-kiem-tra/${closedVisit}`);
      await expect.poll(() => page.getByTestId('visit-status').first().textContent()).toContain('Bị trả lại');
      await page.getByTestId('offline-download').first().click();
      await visible(page.getByTestId('offline-ready').first());

      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('group-1').click();
      const card = page.getByTestId('visit-item-1.1');
      await card.getByRole('button', { name: 'Không đạt', exact: true }).click();
      await card.getByLabel('Ghi chú').fill('Sửa trên máy khi mất mạng.');
      await card.getByLabel('Ghi chú').blur();
      await expect.poll(() => markState(page)).toBe('local');

      // Meanwhile, on the server: resubmitted from another phone and approved by office staff.
      const resubmitted = await inspectorApi.request(
        'mutation ($i: SubmitVisitInput!) { submitVisit(input: $i) { id } }',
        { i: { visitId: closedVisit, operationId: randomUUID() } },
      );
      expect(resubmitted.errors).toBeUndefined();
      const approved = await office.request('mutation ($id: ID!) { approveVisit(visitId: $id) { status } }', {
        id: closedVisit,
      });
      expect(approved.errors).toBeUndefined();

      await context.setOffline(false);
      await expect.poll(() => markState(page), { timeout: 60_000, interval: 500 }).toBe('refused');
      await expect.poll(() => page.getByTestId('visit-status').first().textContent()).toContain('Đã duyệt');
      const refusedItem = await visible(page.getByTestId('item-refused-1.1'));
      expect(await refusedItem.textContent()).toMatch(/duyệt/);
      await screenshot(page, 'offline-conflict-1-visit');
      await expectAccessible(page, 'visit with a conflict');

      await page.getByTestId('sync-status').click();
      const entry = await visible(page.getByTestId('refused-entry').first());
      expect(await entry.getByTestId('refused-reason').textContent()).toMatch(/đã duyệt/);
      await screenshot(page, 'offline-conflict-2-sync-screen');
      await expectAccessible(page, 'sync screen with a refused change');

      // The approved visit is as it was approved; the phone's edit is kept for the reviewer.
      const server = await office.request<{
        visit: {
          status: string;
          answers: { itemId: string; passFail: string; note: string | null }[];
          conflicts: { kind: string; itemCode: string; losingValue: Record<string, unknown> }[];
        };
      }>(
        `query ($id: ID!) { visit(id: $id) { status answers { itemId passFail note }
        conflicts { kind itemCode losingValue } } }`,
        { id: closedVisit },
      );
      const v = server.data?.visit;
      expect(v?.status).toBe('APPROVED');
      expect(v?.answers.every((a) => a.passFail !== 'FAIL' && a.note === null)).toBe(true);
      // Both writes (the choice, then the note) are kept, in order.
      expect(v?.conflicts).toEqual([
        expect.objectContaining({
          kind: 'VISIT_CLOSED',
          itemCode: '1.1',
          losingValue: expect.objectContaining({ kind: 'ANSWER_ITEM', passFail: 'FAIL' }),
        }),
        expect.objectContaining({
          kind: 'VISIT_CLOSED',
          itemCode: '1.1',
          losingValue: expect.objectContaining({ passFail: 'FAIL', note: 'Sửa trên máy khi mất mạng.' }),
        }),
      ]);
    });
  });
});
