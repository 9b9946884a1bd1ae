import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  clientDist,
  explainFailure,
  openBrowser,
  screenshot,
  signIn,
  VIEWPORT,
  visible,
} from '../helpers/browser.js';
import { visitIdOf } from '../helpers/field.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A fresh visit on a phone: the minutes' attendees are already filled in with the team (with their roles)
 * and the unit's head, as the biên bản would print them, for the inspector to edit and save; the team's
 * secretary gets a signature pad; the unit's comments are written beside the conclusion.
 */
let t: TestApp;
let phone: BrowserSession | undefined;
let visitId = '';

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  visitId = await visitIdOf(t, 'HKL-CL');
  // The demo team under way has only its lead: Nông Thị Bình joins it as its secretary.
  await t.sql(
    `insert into team_member (id, team_id, user_id, role)
     select ?, v.team_id, u.id, 'SECRETARY' from visit v, app_user u where v.id = ? and u.username = 'kiemtra2'`,
    [randomUUID(), visitId],
  );
});
afterAll(async () => {
  await phone?.close();
  await t?.close();
});

describe('the minutes on the phone', () => {
  it('open with the attendees prefilled from the team and the unit head, and a pad for each signer', async () => {
    phone = await openBrowser({ touch: true });
    await explainFailure(phone, 'minutes-attendees', async () => {
      const { page, context } = phone as BrowserSession;
      expect(page.viewportSize()).toEqual(VIEWPORT);
      await context.grantPermissions(['geolocation']);
      await context.setGeolocation({ latitude: 21.85, longitude: 106.76 });
      await signIn(page, t.url, 'kiemtra');
      await page.goto(`${t.url}/cuoc-kiem-tra/${visitId}`);
      await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
      await expect.poll(() => page.getByTestId('visit-status').first().textContent()).toContain('Đang kiểm tra');

      const attendees = await visible(page.getByTestId('visit-attendees'));
      await visible(attendees.getByTestId('attendees-prefilled'));
      const values = (label: string) =>
        attendees.getByLabel(label).evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));
      // Read until settled: evaluateAll does not wait, and on a busy machine the marker can be found in one
      // drawing of the section and the fields read in the next (CI stop 29 read none once).
      await expect.poll(() => values('Họ và tên')).toEqual(['Lương Văn Tuấn', 'Nông Thị Bình', 'Vi Thị Lan']);
      await expect.poll(() => values('Chức vụ')).toEqual(['Trưởng đoàn', 'Thư ký', 'Thủ trưởng đơn vị']);
      await expect.poll(() => values('Thuộc')).toEqual(['TEAM', 'TEAM', 'UNIT']);

      const signatures = page.getByTestId('visit-signatures');
      for (const testId of ['signature-team-lead', 'signature-unit', 'signature-secretary']) {
        await visible(signatures.getByTestId(testId));
      }
      // For a human to look at, at the phone's size: the attendees form, then the comments and signatures.
      await attendees.evaluate((section) => {
        section.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -160); // below the sticky app bar
      });
      await screenshot(page, 'minutes-attendees-prefilled');
      await signatures.evaluate((section) => section.scrollIntoView({ block: 'end' }));
      await screenshot(page, 'minutes-signatures');

      // Edited like any typed list, then saved whole: the prefill is what is recorded.
      await attendees.getByLabel('Chức vụ').nth(2).fill('Hạt trưởng');
      await attendees.getByRole('button', { name: 'Lưu thành phần này' }).click();
      const box = page.getByLabel('Ý kiến của đơn vị được kiểm tra');
      await box.fill('Đơn vị tiếp thu, sẽ khắc phục trong tháng.');
      await box.blur();
      await expect
        .poll(async () => {
          const [row] = await t.sql<{
            attendees: { name: string; position: string; side: string }[] | null;
            unit_comments: string | null;
          }>('select attendees, unit_comments from visit where id = ?', [visitId]);
          return row;
        })
        .toEqual({
          attendees: [
            { name: 'Lương Văn Tuấn', position: 'Trưởng đoàn', side: 'TEAM' },
            { name: 'Nông Thị Bình', position: 'Thư ký', side: 'TEAM' },
            { name: 'Vi Thị Lan', position: 'Hạt trưởng', side: 'UNIT' },
          ],
          unit_comments: 'Đơn vị tiếp thu, sẽ khắc phục trong tháng.',
        });
      // Recorded now: no longer a prefill.
      await expect.poll(() => attendees.getByTestId('attendees-prefilled').count()).toBe(0);
    });
  });
});
