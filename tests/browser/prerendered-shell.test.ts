import { createHash } from 'node:crypto';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/db/seeders/demo-data.js';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, visible, withBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The prerendered first screen (issue 19, client/build/prerender-shell.ts): the sign-in screen's text is in
 * the HTML the server sends, so a phone paints it before any script has arrived; the app then takes over
 * the same layout and keeps what was typed meanwhile.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

const DESKTOP = { width: 1366, height: 768 };

describe('the prerendered shell', () => {
  it('is in the HTML response: sign-in without a session, the frame of a visit or of the app with one', async () => {
    const signIn = await fetch(`${t.url}/`, { headers: { accept: 'text/html' } });
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('vary')).toContain('Cookie');
    const html = await signIn.text();
    for (const text of ['Kiểm tra kỷ luật, kỷ cương hành chính', '<h1>Đăng nhập</h1>', 'Tên đăng nhập', 'Mật khẩu'])
      expect(html).toContain(text);
    // Before the app's script: the form is in #root, its button waits for the app.
    expect(html).toMatch(/<div id="root"><header class="app-header">/);
    expect(html).toMatch(/<button type="submit" class="btn btn-primary btn-block" disabled>Đăng nhập<\/button>/);
    // Its stylesheets are inline, allowed by their hash in this response's policy and nowhere else.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toContain('.sign-in');
    const hash = createHash('sha256').update(style).digest('base64');
    expect(signIn.headers.get('content-security-policy')).toContain(`style-src 'self' 'sha256-${hash}';`);
    const asset = await fetch(`${t.url}/manifest.webmanifest`);
    expect(asset.headers.get('content-security-policy')).toContain("style-src 'self';");

    const cookie = { accept: 'text/html', cookie: 'kc_session=expired-or-not' };
    const visit = await (await fetch(`${t.url}/cuoc-kiem-tra/some-visit`, { headers: cookie })).text();
    expect(visit).toContain('Đang mở cuộc kiểm tra…');
    expect(visit).not.toContain('Tên đăng nhập');
    const home = await (await fetch(`${t.url}/cuoc-kiem-tra`, { headers: cookie })).text();
    expect(home).toContain('Đang tải…');
    expect(home).not.toContain('Tên đăng nhập');

    // A browser that chose English gets sign-in and a visit's frame in English, each allowed its own style.
    const english = { accept: 'text/html', cookie: 'kycuong-language=en' };
    const signInEn = await fetch(`${t.url}/`, { headers: english });
    const htmlEn = await signInEn.text();
    expect(htmlEn).toMatch(/^<!doctype html>\s*<html lang="en">/i);
    for (const text of ['Administrative discipline inspections', '<h1>Sign in</h1>', 'Username', 'Password'])
      expect(htmlEn).toContain(text);
    expect(htmlEn).not.toContain('Tên đăng nhập');
    const styleEn = /<style>([\s\S]*?)<\/style>/.exec(htmlEn)?.[1] ?? '';
    expect(signInEn.headers.get('content-security-policy')).toContain(
      `'sha256-${createHash('sha256').update(styleEn).digest('base64')}'`,
    );
    const visitEn = await (
      await fetch(`${t.url}/cuoc-kiem-tra/some-visit`, {
        headers: { ...cookie, cookie: `${cookie.cookie}; ${english.cookie}` },
      })
    ).text();
    expect(visitEn).toContain('Opening the inspection…');
    const homeEn = await (
      await fetch(`${t.url}/cuoc-kiem-tra`, { headers: { ...cookie, cookie: `${cookie.cookie}; ${english.cookie}` } })
    ).text();
    expect(homeEn).toMatch(/<html lang="en">/);
    expect(homeEn).toContain('Loading…');
    // Any other value of the cookie is Vietnamese.
    const other = await (
      await fetch(`${t.url}/`, { headers: { accept: 'text/html', cookie: 'kycuong-language=fr' } })
    ).text();
    expect(other).toContain('<h1>Đăng nhập</h1>');
  });

  it('comes in English after English was chosen, and in Vietnamese again after Vietnamese was', async () => {
    await withBrowser('prerendered-shell-english', async ({ page }) => {
      await page.goto(t.url);
      await visible(page.getByRole('button', { name: 'Đăng nhập' }));
      await page.getByRole('button', { name: /^EN/ }).click();
      await visible(page.getByRole('button', { name: 'Sign in' }));

      // The next load, scripts held back: the server's own page is already English.
      const held: Route[] = [];
      let holding = true;
      await page.route(/\/assets\/.*\.js$/, (route) => (holding ? held.push(route) : route.continue()));
      await page.reload({ waitUntil: 'commit' });
      const form = page.locator('#prerendered-sign-in');
      await visible(form.getByRole('heading', { name: 'Sign in' }));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await screenshot(page, 'prerendered-sign-in-english-phone');
      holding = false;
      for (const route of held.splice(0)) await route.continue();
      await form.waitFor({ state: 'detached' });
      await visible(page.getByLabel('Username'));

      // Back to Vietnamese: the next load's page is Vietnamese again.
      await page.getByRole('button', { name: /^VI/ }).click();
      await visible(page.getByRole('button', { name: 'Đăng nhập' }));
      await page.unroute(/\/assets\/.*\.js$/);
      await page.reload();
      await visible(page.getByRole('heading', { name: 'Đăng nhập' }));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    });
  });

  it('shows before any script runs, keeps what was typed and signs in once the app has taken over', async () => {
    await withBrowser('prerendered-shell', async ({ page }) => {
      // Every script of the app is held back until the shell has been looked at and typed into.
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) refused.push(message.text());
      });
      const held: Route[] = [];
      let holding = true;
      await page.route(/\/assets\/.*\.js$/, (route) => (holding ? held.push(route) : route.continue()));
      // Not until DOMContentLoaded: that waits for the app's (held) module script.
      await page.goto(t.url, { waitUntil: 'commit' });
      const form = page.locator('#prerendered-sign-in');
      await visible(form.getByRole('heading', { name: 'Đăng nhập' }));
      expect(held.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => 'kycuongEarly' in window)).toBe(false);
      expect(await form.getByRole('button', { name: 'Đăng nhập' }).isDisabled()).toBe(true);
      await screenshot(page, 'prerendered-sign-in-phone');
      await page.setViewportSize(DESKTOP);
      await screenshot(page, 'prerendered-sign-in-desktop');
      await page.setViewportSize({ width: 390, height: 844 });
      const shellBox = await form.getByRole('heading', { name: 'Đăng nhập' }).boundingBox();

      await form.getByLabel('Tên đăng nhập').fill('kiemtra');
      await form.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
      await form.getByLabel('Mật khẩu').focus();
      holding = false;
      for (const route of held.splice(0)) await route.continue();

      // The app's own form replaces the prerendered one in place, with the typed values and the focus.
      await form.waitFor({ state: 'detached' });
      const button = page.getByRole('button', { name: 'Đăng nhập' });
      await visible(button);
      expect(await button.isEnabled()).toBe(true);
      expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('kiemtra');
      expect(await page.getByLabel('Mật khẩu').inputValue()).toBe(DEMO_PASSWORD);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('password');
      expect(await page.getByRole('heading', { name: 'Đăng nhập' }).boundingBox()).toEqual(shellBox);
      await screenshot(page, 'taken-over-sign-in-phone');
      await expectAccessible(page, 'sign-in after the takeover');
      await page.setViewportSize(DESKTOP);
      await screenshot(page, 'taken-over-sign-in-desktop');
      await page.setViewportSize({ width: 390, height: 844 });

      expect(refused).toEqual([]);
      await button.click();
      expect(await (await visible(page.getByTestId('header-user'))).textContent()).toBe('Lương Văn Tuấn');
    });
  });
});
