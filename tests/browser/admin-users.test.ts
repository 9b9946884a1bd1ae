import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, screenshot, signIn, step, submitSignIn, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const userRow = async (username: string) =>
  (
    await t.sql<{ full_name: string; role: string; unit: string | null; active: boolean; must: boolean }>(
      `select u.full_name, u.role, un.code as unit, u.active, u.must_change_password as must
        from app_user u left join unit un on un.id = u.unit_id where u.username = ?`,
      [username],
    )
  )[0];

describe('user administration in the browser', () => {
  it('on a phone: search without accents, edit name/role/unit, reset a password, lock with a confirmation; the locked person is told so', async () => {
    let temporary = '';
    await withBrowser('admin-users-phone', async ({ page }) => {
      await signIn(page, t.url, 'admin');
      await page.goto(`${t.url}/nguoi-dung`);
      const list = await visible(page.getByRole('list', { name: 'Quản lý người dùng' }));

      await step('search ignores accents and is kept in the address', async () => {
        await page.getByLabel('Tìm theo họ tên, tên đăng nhập').fill('nong thi binh');
        await page.waitForURL(/q=nong\+thi\+binh/);
        await visible(list.getByTestId('user-kiemtra2'));
        await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
      });

      const row = list.getByTestId('user-kiemtra2');
      await step('edit the full name, the role and the unit', async () => {
        await row.getByRole('button', { name: 'Sửa' }).click();
        const dialog = await visible(page.getByRole('dialog', { name: 'Sửa thông tin người dùng' }));
        await dialog.getByLabel('Họ và tên').fill('Nông Thị Bình An');
        await dialog.getByLabel('Vai trò').selectOption({ label: 'Thủ trưởng đơn vị' });
        await dialog.getByLabel('Đơn vị (bắt buộc với Thủ trưởng đơn vị)').selectOption({ index: 0 });
        expect(await dialog.getByRole('button', { name: 'Lưu thay đổi' }).isDisabled()).toBe(true);
        const unit = dialog.getByLabel('Đơn vị (bắt buộc với Thủ trưởng đơn vị)');
        const option = unit.locator('option', { hasText: '(HKL-VL)' });
        await unit.selectOption((await option.getAttribute('value')) ?? '');
        await screenshot(page, 'admin-users-edit');
        await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
        await visible(row.getByText('Nông Thị Bình An'));
        await visible(row.getByText(/Thủ trưởng đơn vị/));
        expect(await userRow('kiemtra2')).toMatchObject({
          full_name: 'Nông Thị Bình An',
          role: 'UNIT_HEAD',
          unit: 'HKL-VL',
        });
      });

      await step('reset the password: a temporary one, shown once', async () => {
        await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
        const dialog = await visible(page.getByRole('dialog', { name: /Đặt lại mật khẩu cho Nông Thị Bình An/ }));
        await dialog.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
        temporary = (await (await visible(dialog.getByTestId('temporary-password'))).textContent()) ?? '';
        expect(temporary).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
        await visible(dialog.getByRole('button', { name: 'Sao chép' }));
        await screenshot(page, 'admin-users-reset');
        await dialog.getByRole('button', { name: 'Xong' }).click();
        await visible(row.getByText('Chờ đổi mật khẩu'));
        expect((await userRow('kiemtra2'))?.must).toBe(true);
      });

      await step('locking asks first, with the name', async () => {
        await row.getByRole('button', { name: 'Khóa' }).click();
        const dialog = await visible(page.getByRole('dialog', { name: 'Khóa tài khoản' }));
        await visible(
          dialog.getByText('Khóa tài khoản Nông Thị Bình An (kiemtra2)? Người này sẽ không đăng nhập được.'),
        );
        await dialog.getByRole('button', { name: 'Hủy' }).click();
        expect((await userRow('kiemtra2'))?.active).toBe(true);
        await row.getByRole('button', { name: 'Khóa' }).click();
        await page.getByRole('dialog', { name: 'Khóa tài khoản' }).getByRole('button', { name: 'Khóa' }).click();
        await visible(row.getByText('Đã khóa'));
        expect((await userRow('kiemtra2'))?.active).toBe(false);
      });
    });

    await withBrowser('admin-users-locked-sign-in', async ({ page }) => {
      await page.goto(t.url);
      await submitSignIn(page, 'kiemtra2', 'Sai-mat-khau-2026');
      await visible(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.'));
      await submitSignIn(page, 'kiemtra2', temporary);
      await visible(page.getByText('Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.'));
      expect(await page.getByTestId('header-user').count()).toBe(0);
    });
  });

  it('on a desktop: filters by role and status stay in the address across a reload; unlocking asks first', async () => {
    await t.sql(`update app_user set active = false where username = 'lanhdao'`);
    await withBrowser('admin-users-desktop', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await signIn(page, t.url, 'admin');
      await page.goto(`${t.url}/nguoi-dung`);
      const filters = await visible(page.getByRole('search'));
      await filters.getByLabel('Trạng thái').selectOption({ label: 'Đã khóa' });
      await page.waitForURL(/trang-thai=LOCKED/);
      await filters.getByLabel('Vai trò').selectOption({ label: 'Lãnh đạo' });
      await page.waitForURL(/vai-tro=LEADERSHIP/);
      await page.reload();
      const list = await visible(page.getByRole('list', { name: 'Quản lý người dùng' }));
      await visible(list.getByTestId('user-lanhdao'));
      await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
      expect(await page.getByRole('search').getByLabel('Vai trò').inputValue()).toBe('LEADERSHIP');
      await screenshot(page, 'admin-users-desktop');
      await list.getByTestId('user-lanhdao').getByRole('button', { name: 'Mở khóa' }).click();
      const dialog = await visible(page.getByRole('dialog', { name: 'Mở khóa tài khoản' }));
      await dialog.getByRole('button', { name: 'Mở khóa' }).click();
      await expect.poll(async () => (await userRow('lanhdao'))?.active).toBe(true);
    });
  });
});
