import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, explainFailure, openBrowser } from '../helpers/browser.js';
import { cameraJpeg, phoneWithVisitOffline, readOutboxBlobs, visitIdOf } from '../helpers/field.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Issue 13 item 24: a photo removed offline was still uploaded when the network came back, and kept on
 * the server unattached. Now removing it takes back its upload and its attachment on the phone.
 */
let t: TestApp;
let visitId = '';

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  visitId = await visitIdOf(t, 'CCTL');
});
afterAll(async () => {
  await t?.close();
});

async function onServer() {
  const [files] = await t.sql<{ stored: string; uploads: string; attached: string }>(
    `select (select count(*) from stored_file f join app_user u on u.id = f.uploaded_by_id where u.username = 'kiemtra') as stored,
            (select count(*) from file_upload) as uploads,
            (select count(*) from attachment where visit_id = ? and kind = 'PHOTO') as attached`,
    [visitId],
  );
  return { stored: Number(files?.stored), uploads: Number(files?.uploads), attached: Number(files?.attached) };
}

describe('a photo removed offline', () => {
  it('is neither uploaded nor attached when the network returns; the photo kept is', async () => {
    const phone = await openBrowser({ touch: true });
    try {
      await explainFailure(phone, 'photo-removed-offline', async () => {
        const { page, context } = phone;
        await phoneWithVisitOffline(page, t.url, visitId);
        const before = await onServer();

        await context.setOffline(true);
        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        await page.getByTestId('group-1').click();
        const card = page.getByTestId('visit-item-1.4');
        await card.getByRole('button', { name: 'Không đạt', exact: true }).click();
        for (const label of ['Ảnh chụp nhầm', 'Ảnh giữ lại']) {
          const count = await card.locator('img').count();
          await card
            .getByTestId('photo-input-1.4')
            .setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(page, label) });
          await expect.poll(() => card.locator('img').count()).toBe(count + 1);
        }
        expect(await readOutboxBlobs(page)).toHaveLength(2);
        await card.getByRole('button', { name: 'Xóa ảnh' }).first().click();
        await expect.poll(() => card.locator('img').count()).toBe(1);
        // The removed photo's bytes left the phone's outbox with its attachment.
        await expect.poll(async () => (await readOutboxBlobs(page)).length).toBe(1);

        await context.setOffline(false);
        await expect
          .poll(() => page.getByTestId('visit-sync-mark').first().getAttribute('data-state'), { timeout: 60_000 })
          .toBe('server');
        expect(await onServer()).toEqual({
          stored: before.stored + 1,
          uploads: 0,
          attached: before.attached + 1,
        });
      });
    } finally {
      await phone.close();
    }
  });
});
