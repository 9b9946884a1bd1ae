import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, submitSignIn, VIEWPORT, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const ROLES = [
  { username: 'admin', home: 'home-admin', fullName: 'Quản trị hệ thống' },
  { username: 'vanphong', home: 'home-office', fullName: 'Nguyễn Thị Hoa' },
  { username: 'lanhdao', home: 'home-leadership', fullName: 'Hoàng Văn Minh' },
  { username: 'kiemtra', home: 'home-inspector', fullName: 'Lương Văn Tuấn' },
  { username: 'thutruong', home: 'home-unit_head', fullName: 'Vi Thị Lan' },
] as const;

describe('sign-in in the browser', () => {
  it.each(ROLES)('$username sees the home of the role and the name in the header', async (role) => {
    await withBrowser(`sign-in-${role.username}`, async ({ page }) => {
      await signIn(page, t.url, role.username);
      const home = await visible(page.getByTestId(role.home));
      await expectAccessible(page, `home (${role.username})`);
      expect(await page.getByTestId('header-user').textContent()).toBe(role.fullName);
      expect(await home.getByTestId('card-units').isVisible()).toBe(true);
      expect(await home.getByTestId('card-change-password').isVisible()).toBe(true);
      // Only the administrator manages users.
      expect(await page.getByTestId('card-users').count()).toBe(role.username === 'admin' ? 1 : 0);
      // Only the unit head has the own-unit card; only leadership the overview.
      const ownUnit = page.getByTestId('card-own-unit');
      if (role.username === 'thutruong') {
        expect(await (await visible(ownUnit)).textContent()).toContain('Cao Lộc');
      } else {
        expect(await ownUnit.count()).toBe(0);
      }
      expect(await page.getByTestId('card-units-overview').count()).toBe(role.username === 'lanhdao' ? 1 : 0);
      // The PAR INDEX self-assessment: office, administrator and leadership; not inspectors nor unit heads.
      expect(await page.getByTestId('card-self-assessment').count()).toBe(
        ['admin', 'vanphong', 'lanhdao'].includes(role.username) ? 1 : 0,
      );
      // No other role's home is rendered.
      for (const other of ROLES) {
        if (other.home !== role.home) expect(await page.getByTestId(other.home).count()).toBe(0);
      }
      if (role.username === 'thutruong') {
        expect(page.viewportSize()).toEqual(VIEWPORT);
        await screenshot(page, 'home-unit-head');
      }
    });
  });

  it('shows the Vietnamese error on a wrong password and stays on the sign-in form', async () => {
    await withBrowser('wrong-password', async ({ page }) => {
      await page.goto(t.url);
      await visible(page.getByRole('button', { name: 'Đăng nhập' }));
      await screenshot(page, 'sign-in');
      await expectAccessible(page, 'sign-in');
      await submitSignIn(page, 'vanphong', 'sai-mat-khau');
      const alert = await visible(page.getByRole('alert'));
      expect((await alert.textContent())?.trim()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('vanphong');
      expect(await page.getByRole('button', { name: 'Đăng nhập' }).isVisible()).toBe(true);
      expect(await page.getByTestId('header-user').count()).toBe(0);
      expect(await page.getByTestId('home-office').count()).toBe(0);
      await screenshot(page, 'sign-in-wrong-password');
      await expectAccessible(page, 'sign-in with a wrong password');
    });
  });

  it("shows the error in English in the English UI, not the server's Vietnamese", async () => {
    await withBrowser('wrong-password-en', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('kycuong.language', 'en'));
      await page.goto(t.url);
      await page.getByLabel('Username', { exact: true }).fill('vanphong');
      await page.getByLabel('Password', { exact: true }).fill('sai-mat-khau');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const alert = await visible(page.getByRole('alert'));
      expect((await alert.textContent())?.trim()).toBe('Wrong username or password.');
      expect(await page.getByTestId('header-user').count()).toBe(0);
    });
  });

  it('signs out back to the sign-in form, and a reload does not sign in again', async () => {
    await withBrowser('sign-out', async ({ page }) => {
      await signIn(page, t.url, 'kiemtra');
      await visible(page.getByTestId('home-inspector'));
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await visible(page.getByLabel('Tên đăng nhập'));
      expect(await page.getByTestId('header-user').count()).toBe(0);
      expect(await page.getByTestId('home-inspector').count()).toBe(0);
      // The session is really over on the server: a reload still shows the form.
      await page.reload();
      await visible(page.getByLabel('Tên đăng nhập'));
      expect(await page.getByTestId('header-user').count()).toBe(0);
    });
  });
});
