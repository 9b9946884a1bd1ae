import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayLocalDate } from '../../rules/src/index.js';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, step, visible, withBrowser } from '../helpers/browser.js';
import { fakeJpeg } from '../helpers/images.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let findingId: string;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  const admin = await t.as('admin');
  const units = await admin.request<{ units: { id: string; code: string }[] }>('{ units { id code } }');
  await admin.request('mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: {
      username: 'truong.hkldl',
      fullName: 'Trưởng Hạt Kiểm lâm Đình Lập',
      role: 'UNIT_HEAD',
      unitId: units.data?.units.find((u) => u.code === 'HKL-DL')?.id,
      password: 'Kiemlam-DinhLap-2026',
    },
  });
  await t.sql(`update app_user set must_change_password = false where username = 'truong.hkldl'`);
  // The demo's 2021 finding of Hạt Kiểm lâm Đình Lập, whose remediation the unit has reported.
  const [row] = await t.sql<{ id: string }>(
    `select f.id from finding f join unit u on u.id = f.responsible_unit_id where u.code = 'HKL-DL'`,
  );
  findingId = row?.id ?? '';
});
afterAll(() => t?.close());

/** Today (in Vietnam, as the server counts) plus some days, as dd/MM/yyyy and as the API's YYYY-MM-DD. */
function dayFromToday(days: number): { typed: string; iso: string } {
  const d = new Date(`${todayLocalDate()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split('-');
  return { typed: `${day}/${m}/${y}`, iso };
}

describe('remediation review on a phone', () => {
  it('office rejects the report with a reason and extends the deadline; the unit head reads why and reports again', async () => {
    const reason = 'Ảnh chưa thể hiện kho hồ sơ đã được sắp xếp.';
    const newDeadline = dayFromToday(40);
    await withBrowser('remediation-office', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/ton-tai/${findingId}`);
      const actions = await visible(page.getByTestId('finding-office-actions'));

      await step('a rejection needs a reason', async () => {
        await actions.getByTestId('finding-reject').click();
        await page.getByTestId('reject-submit').click();
        await visible(page.getByText('Vui lòng nhập lý do.'));
        await expectAccessible(page, 'finding: reject dialog');
        await page.getByTestId('reject-reason').fill(reason);
        await page.getByTestId('reject-submit').click();
        await visible(page.getByText('Đã trả lại báo cáo khắc phục cho đơn vị.'));
        await visible(page.getByTestId('remediation-rejection').getByText(reason));
        await visible(page.getByTestId('remediation-rejection').getByText(/Nguyễn Thị Hoa/));
      });

      await step('gia hạn: a date as dd/MM/yyyy, a reason, a confirmation', async () => {
        await actions.getByTestId('finding-extend').click();
        await page.getByTestId('extend-date').fill('31/02/2027');
        await page.getByTestId('extend-reason').fill('Đơn vị chờ kinh phí mua tủ hồ sơ.');
        await page.getByTestId('extend-next').click();
        await visible(page.getByText('Vui lòng nhập ngày theo dạng dd/mm/yyyy.'));
        await page.getByTestId('extend-date').fill('01/01/2020');
        await page.getByTestId('extend-next').click();
        await page.getByTestId('extend-submit').click();
        await visible(page.getByText('Hạn khắc phục mới không được trước ngày kiểm tra.'));
        await page.getByTestId('extend-date').fill(newDeadline.typed);
        await page.getByTestId('extend-next').click();
        await visible(page.getByText(new RegExp(`sang ${newDeadline.typed}`)));
        await screenshot(page, 'finding-extend-confirm');
        await page.getByTestId('extend-submit').click();
        await visible(page.getByText('Đã gia hạn khắc phục.'));
        const history = await visible(page.getByTestId('deadline-history'));
        await visible(history.getByText(new RegExp(`→ ${newDeadline.typed}`)));
        await visible(history.getByText('Đơn vị chờ kinh phí mua tủ hồ sơ.'));
        await screenshot(page, 'finding-after-review');
        await expectAccessible(page, 'finding: after rejection and extension');
      });
    });
    const [saved] = await t.sql<{ status: string; deadline: string }>(
      `select status, to_char(deadline, 'YYYY-MM-DD') as deadline from finding where id = ?`,
      [findingId],
    );
    expect(saved).toEqual({ status: 'OPEN', deadline: newDeadline.iso });

    await withBrowser('remediation-unit-head', async ({ page }) => {
      await page.goto(t.url);
      await page.getByLabel('Tên đăng nhập').fill('truong.hkldl');
      await page.getByLabel('Mật khẩu').fill('Kiemlam-DinhLap-2026');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await visible(page.getByTestId('header-user'));
      await page.goto(`${t.url}/ton-tai/${findingId}`);
      await visible(page.getByTestId('remediation-rejection').getByText(reason));
      await visible(page.getByTestId('deadline-history'));
      expect(await page.getByTestId('finding-office-actions').count()).toBe(0);
      const form = await visible(page.getByTestId('remediation-form'));
      await visible(form.getByRole('heading', { name: 'Báo cáo khắc phục lại' }));
      await form.getByLabel('Kết quả khắc phục').fill('Đã sắp xếp lại kho hồ sơ theo năm, có sổ theo dõi.');

      await step('a photo: previewed, its upload refused once, then sent again with a progress bar', async () => {
        await page.getByTestId('remediation-photo-input').setInputFiles({
          name: 'kho-ho-so.jpg',
          mimeType: 'image/jpeg',
          buffer: fakeJpeg(600_000, 7),
        });
        await visible(form.getByRole('img', { name: 'kho-ho-so.jpg' }));
        await page.route('**/api/files/**', (route) => route.abort('connectionreset'), { times: 1 });
        await form.getByRole('button', { name: 'Gửi báo cáo khắc phục' }).click();
        await visible(form.getByText(/Không tải được ảnh lên/));
        // Slow uploads, so the bar is seen on its way (the report waits for it, whatever the machine's load).
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 20,
          downloadThroughput: -1,
          uploadThroughput: 100_000,
        });
        await form.getByRole('button', { name: 'Thử gửi lại' }).click();
        const progress = await visible(form.getByTestId('upload-progress'));
        await visible(progress.getByText(/Đang tải ảnh lên… 1\/1 · \d+%/));
        await screenshot(page, 'remediation-upload-progress');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 0,
          downloadThroughput: -1,
          uploadThroughput: -1,
        });
        await visible(page.getByText('Đã gửi báo cáo khắc phục.'));
        await screenshot(page, 'finding-reported-again');
      });

      await step('the own unit’s approved visits: minutes, notice and findings', async () => {
        await page.goto(t.url);
        await page.getByTestId('card-unit-visits').click();
        const visits = await visible(page.getByTestId('unit-visits'));
        const visit = visits.getByTestId('unit-visit').filter({ has: page.locator(`a[href="/ton-tai/${findingId}"]`) });
        await visible(visit.getByRole('link', { name: 'Biên bản kiểm tra (PDF)' }));
        const row = visit.locator(`a[href="/ton-tai/${findingId}"]`);
        await visible(row);
        await visible(row.getByText('Đã báo cáo khắc phục'));
        await screenshot(page, 'unit-visits');
      });
    });
    const [after] = await t.sql<{ status: string; remediation_text: string }>(
      'select status, remediation_text from finding where id = ?',
      [findingId],
    );
    expect(after).toEqual({
      status: 'REMEDIATION_REPORTED',
      remediation_text: 'Đã sắp xếp lại kho hồ sơ theo năm, có sổ theo dõi.',
    });
    const photos = await t.sql<{ size: number }>(
      `select length(fb.data) as size from attachment a join file_blob fb on fb.file_id = a.file_id
        where a.finding_id = ? and a.kind = 'REMEDIATION' and a.created_at > now() - interval '1 hour'`,
      [findingId],
    );
    expect(photos.map((p) => Number(p.size))).toEqual([600_000]);
  });
});
