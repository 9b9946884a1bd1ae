import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../server/src/db/seeders/default-checklist.js';
import { signIn, visible } from './browser.js';
import { DEMO_YEAR } from './demo.js';
import { TINY_PNG } from './images.js';
import { takeVisitOffline } from './phone-steps.mjs';
import type { GraphQLCaller, TestApp } from './test-app.js';

export { drawSignature, readOutboxBlobs } from './phone-steps.mjs';

/** The demo visit to a unit in the plan under way (planned for the inspector `kiemtra`). */
export async function visitIdOf(t: Pick<TestApp, 'sql'>, unitCode: string): Promise<string> {
  const rows = await t.sql<{ id: string }>(
    `select v.id from visit v join unit u on u.id = v.unit_id join plan_line l on l.id = v.plan_line_id
      join inspection_plan p on p.id = l.plan_id where p.year = ? and u.code = ?`,
    [DEMO_YEAR, unitCode],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error(`no ${DEMO_YEAR} visit to ${unitCode}`);
  return id;
}

/**
 * A phone ready for field work: `kiemtra` signs in at `baseUrl` (the server, or the test proxy before
 * it), the service worker takes the page (a reload: it does not control the page that registered it),
 * and the visit is downloaded for offline use. `afterSignIn` checks the screen the sign-in leads to.
 */
export async function phoneWithVisitOffline(
  page: Page,
  baseUrl: string,
  visitId: string,
  { afterSignIn }: { afterSignIn?: () => Promise<void> } = {},
): Promise<void> {
  await signIn(page, baseUrl, 'kiemtra');
  await afterSignIn?.();
  await takeVisitOffline(page, baseUrl, visitId);
}

/** A real JPEG, drawn by the browser itself, as a phone camera would give. */
export async function cameraJpeg(page: Page, label = 'Kỷ cương'): Promise<Buffer> {
  const dataUrl = await page.evaluate((text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1800;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#3a6';
    ctx.fillRect(0, 0, 2400, 1800);
    ctx.fillStyle = '#fff';
    ctx.font = '200px sans-serif';
    ctx.fillText(text, 300, 900);
    for (let i = 0; i < 400; i++) {
      ctx.fillStyle = `hsl(${(i * 37) % 360} 60% 50%)`;
      ctx.fillRect((i * 97) % 2400, (i * 53) % 1800, 40, 40);
    }
    return canvas.toDataURL('image/jpeg', 0.9);
  }, label);
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

interface PlannedItem {
  id: string;
  code: string;
  answerType: 'PASS_FAIL' | 'NUMBER' | 'TEXT';
}

/**
 * Conducts a planned visit through the API as its inspector, in one sync batch (all items Đạt, one
 * attendee, a conclusion and both signatures), and submits it unless `submit` is false. Returns the
 * items by code.
 */
export async function completeVisitThroughApi(
  inspector: GraphQLCaller,
  visitId: string,
  { submit = true }: { submit?: boolean } = {},
): Promise<Map<string, PlannedItem>> {
  const planned = await inspector.request<{
    visit: { plannedTemplateVersion: { id: string; groups: { items: PlannedItem[] }[] } };
  }>('query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { id groups { items { id code answerType } } } } }', {
    id: visitId,
  });
  const version = planned.data?.visit.plannedTemplateVersion;
  if (!version) throw new Error(`visit ${visitId} is not planned: ${JSON.stringify(planned)}`);
  const items = new Map(version.groups.flatMap((g) => g.items).map((i) => [i.code, i]));
  let sequence = 0;
  const op = (kind: string, input: Record<string, unknown>) => ({
    operationId: randomUUID(),
    sequence: ++sequence,
    kind,
    input: { visitId, ...input },
  });
  const start = op('START_VISIT', { templateVersionId: version.id });
  const signatures = [];
  for (const kind of ['SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE']) {
    const fileId = randomUUID();
    const upload = await inspector.upload(fileId, TINY_PNG, 'image/png');
    if (upload.status !== 201) throw new Error(`upload failed: ${JSON.stringify(upload.body)}`);
    signatures.push(op('ATTACH_VISIT_FILE', { kind, fileId, attachmentId: randomUUID() }));
  }
  const operations = [
    start,
    ...[...items.values()].map((item) =>
      op('ANSWER_ITEM', {
        itemId: item.id,
        passFail: item.answerType === 'PASS_FAIL' ? 'PASS' : null,
        numberValue: item.answerType === 'NUMBER' ? 0 : null,
        textValue: item.answerType === 'TEXT' ? 'Không có.' : null,
        baseVersion: null,
      }),
    ),
    op('SET_VISIT_ATTENDEES', { attendees: [{ name: 'Lê Văn Tâm', position: 'Chánh Văn phòng', side: 'UNIT' }] }),
    op('SET_VISIT_CONCLUSION', { conclusion: 'Đơn vị chấp hành tốt.' }),
    ...signatures,
    ...(submit ? [op('SUBMIT_VISIT', {})] : []),
  ];
  const res = await inspector.request<{ syncBatch: { outcomes: { status: string; code: string | null }[] } }>(
    `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status code message } } }`,
    { i: { deviceId: randomUUID(), operations } },
  );
  const refused = res.data?.syncBatch.outcomes.filter((o) => o.status !== 'APPLIED');
  if (res.errors || refused?.length) throw new Error(`could not complete the visit: ${JSON.stringify(res)}`);
  return items;
}

/**
 * Answers every item of the default checklist on the visit screen: Đạt, or Không đạt with a note, what was
 * found (the same text) and a photo.
 */
export async function answerEverything(
  page: Page,
  photoFor: (itemCode: string) => Promise<Buffer>,
  failed: Map<string, string>,
): Promise<void> {
  for (const group of DEFAULT_CHECKLIST.groups) {
    await page.getByTestId(`group-${group.code}`).click();
    for (const item of group.items) {
      const card = page.getByTestId(`visit-item-${item.code}`);
      await card.scrollIntoViewIfNeeded();
      if (item.answerType === 'PASS_FAIL') {
        const failure = failed.get(item.code);
        const choice = card.getByRole('button', { name: failure ? 'Không đạt' : 'Đạt', exact: true });
        await choice.click();
        await expect.poll(() => choice.getAttribute('aria-pressed')).toBe('true');
        if (failure) {
          await card.getByLabel('Ghi chú').fill(failure);
          await card.getByLabel('Ghi chú').blur();
          // What was found: asked of every Không đạt answer before the visit can be submitted.
          await card.getByLabel('Thực trạng phát hiện').fill(failure);
          await card.getByLabel('Thực trạng phát hiện').blur();
          await card
            .getByTestId(`photo-input-${item.code}`)
            .setInputFiles({ name: `anh-${item.code}.jpg`, mimeType: 'image/jpeg', buffer: await photoFor(item.code) });
          await visible(card.locator('img').first());
        }
      } else if (item.answerType === 'NUMBER') {
        await card.getByLabel('Số liệu').fill('0');
        await card.getByLabel('Số liệu').blur();
      } else {
        await card.getByLabel('Kết quả', { exact: true }).fill('Không có ý kiến phản ánh.');
        await card.getByLabel('Kết quả', { exact: true }).blur();
      }
    }
  }
}

/** "Gửi duyệt" on the visit screen, then the confirmation it asks for ("Xác nhận gửi duyệt"). */
export async function submitForReview(page: Page): Promise<void> {
  const submit = page.getByRole('button', { name: 'Gửi duyệt', exact: true });
  await submit.scrollIntoViewIfNeeded();
  await submit.click();
  await (await visible(page.getByTestId('submit-confirm'))).click();
}
