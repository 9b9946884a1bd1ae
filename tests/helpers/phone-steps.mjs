// The steps of an inspector's phone in Chromium, shared by the browser tests (through browser.ts and
// field.ts) and by the benchmarks (bench/uplink.mjs), which run as plain Node and cannot import
// TypeScript. Types in phone-steps.d.mts.

/** Chromium's flags for a quiet headless phone: nothing of its own on the network beside the app. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fills the sign-in form and submits it; does not wait for the result. */
export async function submitSignIn(page, username, password) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/**
 * Waits until the page's service worker is activated and, unless `controlling: false`, controls the page.
 * `navigator.serviceWorker.ready` can resolve while the worker is still activating, hence the polling.
 */
export async function waitForServiceWorker(page, { controlling = true, timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    // Not page.waitForFunction: it does not wait for a promise returned by the predicate.
    last = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return { state: registration.active?.state ?? null, controlled: navigator.serviceWorker.controller !== null };
    });
    if (last.state === 'activated' && (last.controlled || !controlling)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `service worker not ready after ${timeout} ms (controlling: ${controlling}): ${JSON.stringify(last)}`,
      );
    }
    await page.waitForTimeout(100);
  }
}

/**
 * After the sign-in: the service worker takes the page (a reload: it does not control the page that
 * registered it), and the visit is downloaded for offline use.
 */
export async function takeVisitOffline(page, baseUrl, visitId) {
  await waitForServiceWorker(page, { controlling: false });
  await page.reload();
  await waitForServiceWorker(page, { controlling: true });
  await page.goto(`${baseUrl}/cuoc-kiem-tra/${visitId}`);
  await page.getByTestId('offline-download').first().click();
  await page.getByTestId('offline-ready').first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** Draws on a signature pad and saves it. */
export async function drawSignature(page, testId) {
  const canvas = page.getByTestId(testId);
  await canvas.scrollIntoViewIfNeeded();
  // In the middle of the screen: the mouse must not land on the phone's navigation bar fixed at the bottom.
  await canvas.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = await canvas.boundingBox();
  if (!box) throw new Error(`no canvas ${testId}`);
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(box.x + 20 + i * ((box.width - 40) / 10), box.y + box.height / 2 + (i % 2 ? -20 : 20));
  }
  await page.mouse.up();
  await page.getByTestId(`${testId}-section`).getByRole('button', { name: 'Lưu chữ ký' }).click();
  await page.getByTestId(`${testId}-section`).locator('img').waitFor({ state: 'visible', timeout: 30_000 });
}

/** The writes waiting in the phone's outbox (IndexedDB), every user's, as stored (kind, input, createdAt...). */
export function readOutboxEntries(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kycuong-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('entries', 'readonly').objectStore('entries').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Photos and signatures waiting in the phone's outbox (IndexedDB), with their bytes. */
export async function readOutboxBlobs(page) {
  const rows = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kycuong-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('blobs')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('blobs', 'readonly').objectStore('blobs').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(
              request.result.map((r) => ({
                fileId: r.fileId,
                sha256: r.sha256,
                mimeType: r.mimeType,
                bytes: [...new Uint8Array(r.bytes)],
              })),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
  return rows.map((r) => ({ ...r, bytes: Buffer.from(r.bytes) }));
}
