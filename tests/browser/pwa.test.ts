import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientDist,
  readPersistedCache,
  screenshot,
  signIn,
  visible,
  waitForServiceWorker,
  withBrowser,
} from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface WebManifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  icons?: { src: string; sizes: string; type?: string; purpose?: string }[];
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('installable PWA', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CLIENT_DIST: clientDist() });
  });
  afterAll(() => t?.close());

  it('links a complete manifest with fetchable PNG icons', async () => {
    await withBrowser('manifest', async ({ page }) => {
      await page.goto(t.url);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBeTruthy();
      const manifestUrl = new URL(href ?? '', page.url());
      const res = await fetch(manifestUrl);
      expect(res.status).toBe(200);
      const manifest = (await res.json()) as WebManifest;
      expect(manifest.name).toMatch(/Kỷ cương/);
      expect(manifest.short_name).toBe('Kỷ cương');
      expect(manifest.display).toBe('standalone');
      expect(new URL(manifest.start_url ?? '', manifestUrl).href).toBe(`${t.url}/`);

      const icons = manifest.icons ?? [];
      for (const size of [192, 512]) {
        const icon = icons.find((i) => i.sizes.split(' ').includes(`${size}x${size}`) && i.purpose !== 'maskable');
        expect(icon, `a ${size}x${size} icon`).toBeDefined();
        expect(icon?.type).toBe('image/png');
      }
      for (const icon of icons) {
        const iconRes = await fetch(new URL(icon.src, manifestUrl));
        expect(iconRes.status, icon.src).toBe(200);
        expect(iconRes.headers.get('content-type')).toMatch(/^image\/png/);
        const [width, height] = icon.sizes.split('x').map(Number);
        expect(pngSize(new Uint8Array(await iconRes.arrayBuffer())), icon.src).toEqual({ width, height });
      }
    });
  });

  it('activates the service worker, which controls the page after a reload, and Chromium finds no installability error', async () => {
    await withBrowser('service-worker', async ({ context, page }) => {
      await page.goto(t.url);
      await visible(page.getByLabel('Tên đăng nhập'));
      await waitForServiceWorker(page, { controlling: false });
      const registration = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        return { scope: reg.scope, script: reg.active?.scriptURL, state: reg.active?.state };
      });
      expect(registration).toEqual({ scope: `${t.url}/`, script: `${t.url}/sw.js`, state: 'activated' });

      await page.reload();
      await waitForServiceWorker(page, { controlling: true });
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${t.url}/sw.js`);
      // The shell still works under the worker.
      await visible(page.getByLabel('Tên đăng nhập'));

      const cdp = await context.newCDPSession(page);
      const result = await cdp.send('Page.getInstallabilityErrors');
      expect(result.installabilityErrors).toEqual([]);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(manifest.url).toBe(`${t.url}/manifest.webmanifest`);
    });
  });
});

describe('offline reload', () => {
  let t: TestApp;
  let serverStopped = false;
  beforeAll(async () => {
    t = await startTestApp({ CLIENT_DIST: clientDist() });
  });
  afterAll(async () => {
    if (!serverStopped) await t?.close();
  });

  it('shows the shell, the signed-in unit head and the cached unit tree with the server gone', async () => {
    await withBrowser('offline', async ({ context, page }) => {
      await signIn(page, t.url, 'thutruong');
      await visible(page.getByTestId('home-unit_head'));
      // The first page load is not controlled by the worker it installs; reload once it is active.
      await waitForServiceWorker(page, { controlling: false });
      await page.reload();
      await waitForServiceWorker(page, { controlling: true });
      await visible(page.getByTestId('home-unit_head'));

      await page.getByTestId('card-units').click();
      await page.waitForURL(`${t.url}/don-vi`);
      await visible(page.getByTestId('unit-tree').getByText('Chi cục Kiểm lâm', { exact: true }));
      await page.getByRole('link', { name: 'Trang chủ' }).click();
      await visible(page.getByTestId('home-unit_head'));

      // The Apollo cache is written to IndexedDB ~500 ms after the last change: wait until it holds
      // the signed-in user and the unit list.
      await expect
        .poll(
          async () => {
            const saved = await readPersistedCache(page);
            const root = (saved?.ROOT_QUERY ?? {}) as Record<string, unknown>;
            const names = Object.values(saved ?? {}).map((entry) => (entry as { name?: unknown }).name);
            return {
              me: 'me' in root,
              units: Object.keys(root).some((key) => key.startsWith('units(')),
              department: names.includes('Chi cục Kiểm lâm'),
              fullName: JSON.stringify(saved ?? {}).includes('Vi Thị Lan'),
            };
          },
          { timeout: 15_000, interval: 250 },
        )
        .toEqual({ me: true, units: true, department: true, fullName: true });

      await context.setOffline(true);
      // Really unreachable: stop the server, not only the browser's network.
      serverStopped = true;
      await t.close();
      expect(
        await fetch(t.url).then(
          () => 'reachable',
          () => 'unreachable',
        ),
      ).toBe('unreachable');

      await page.reload();
      await visible(page.getByTestId('home-unit_head'));
      expect(await page.getByTestId('header-user').textContent()).toBe('Vi Thị Lan');
      const indicator = await visible(page.getByTestId('offline-indicator'));
      expect(await indicator.textContent()).toContain('Đang ngoại tuyến');
      expect(await page.getByTestId('card-own-unit').textContent()).toContain('Cao Lộc');
      await screenshot(page, 'offline-home');

      await page.getByTestId('card-units').click();
      await page.waitForURL(`${t.url}/don-vi`);
      const tree = await visible(page.getByTestId('unit-tree'));
      await visible(tree.getByText('Chi cục Kiểm lâm', { exact: true }));
      expect(await page.getByTestId('unit-item').count()).toBeGreaterThan(1);
      expect(await page.getByTestId('offline-indicator').isVisible()).toBe(true);
      await screenshot(page, 'offline-units');
    });
  });
});

describe('photos kept by the service worker', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CLIENT_DIST: clientDist() });
  });
  afterAll(() => t?.close());

  it('are forgotten when the person signs out, so the next person on the phone cannot see them', async () => {
    await withBrowser('sign-out-forgets-photos', async ({ page }) => {
      await signIn(page, t.url, 'kiemtra');
      await waitForServiceWorker(page, { controlling: false });
      await page.reload();
      await waitForServiceWorker(page, { controlling: true });
      // What taking a visit offline leaves in the worker's cache.
      await page.evaluate(async () => {
        const cache = await caches.open('kycuong-files');
        await cache.put('/api/files/00000000-0000-4000-8000-000000000001', new Response('ảnh'));
      });
      expect(await page.evaluate(() => caches.has('kycuong-files'))).toBe(true);
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await visible(page.getByLabel('Tên đăng nhập'));
      expect(await page.evaluate(() => caches.has('kycuong-files'))).toBe(false);
    });
  });

  it('are forgotten when the session ended without a sign-out and another person signs in (who gets in)', async () => {
    await withBrowser('ended-session-forgets-photos', async ({ page }) => {
      await signIn(page, t.url, 'kiemtra');
      await waitForServiceWorker(page, { controlling: false });
      await page.reload();
      await waitForServiceWorker(page, { controlling: true });
      await page.evaluate(async () => {
        const cache = await caches.open('kycuong-files');
        await cache.put('/api/files/00000000-0000-4000-8000-000000000002', new Response('ảnh'));
      });
      // The office revokes the inspector's sessions (e.g. the phone was handed on): no sign-out on the phone.
      await t.sql(
        `update user_session set revoked_at = now()
          where user_id = (select id from app_user where username = 'kiemtra') and revoked_at is null`,
      );
      await page.reload();
      await visible(page.getByLabel('Tên đăng nhập'));
      // The session's end alone clears nothing (the same person may sign in again and work offline)...
      expect(await page.evaluate(() => caches.has('kycuong-files'))).toBe(true);
      await signIn(page, t.url, 'kiemtra2');
      await visible(page.getByRole('button', { name: 'Đăng xuất' }));
      // ...another person does not see it.
      await expect.poll(() => page.evaluate(() => caches.has('kycuong-files'))).toBe(false);
    });
  });
});
