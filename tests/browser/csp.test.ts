import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../server/src/db/seeders/default-checklist.js';
import { type BrowserSession, clientDist, explainFailure, openBrowser, signIn, visible } from '../helpers/browser.js';
import { cameraJpeg, drawSignature, phoneWithVisitOffline, visitIdOf } from '../helpers/field.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  page: string;
}

/**
 * Records every Content-Security-Policy violation of the page, across navigations and reloads: the
 * `securitypolicyviolation` event and Chromium's console report ("Refused to ...").
 */
async function recordViolations(session: BrowserSession): Promise<Violation[]> {
  const violations: Violation[] = [];
  await session.page.exposeFunction('__cspViolation', (v: Violation) => violations.push(v));
  await session.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: Violation): void }).__cspViolation({
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        page: location.pathname,
      });
    });
  });
  session.page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      violations.push({ directive: 'console', blocked: message.text(), source: '', page: session.page.url() });
    }
  });
  return violations;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

describe('the PWA under its Content-Security-Policy', () => {
  it('works offline with a photo and a signature (blob: images) and no CSP violation', async () => {
    const session = await openBrowser();
    try {
      const violations = await recordViolations(session);
      await explainFailure(session, 'csp', async () => {
        const { page, context } = session;
        const first = await page.goto(t.url);
        expect(first?.headers()['content-security-policy']).toMatch(/script-src 'self'/);

        await context.grantPermissions(['geolocation']);
        await context.setGeolocation({ latitude: 21.85, longitude: 106.76 });
        await phoneWithVisitOffline(page, t.url, await visitIdOf(t, 'HKL-CL'));

        // Offline: the shell comes from the service worker; the photo and the signature are blob: images.
        await context.setOffline(true);
        await page.reload();
        await visible(page.getByTestId('visit-screen'));
        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        const group = DEFAULT_CHECKLIST.groups[0];
        const item = group?.items.find((i) => i.answerType === 'PASS_FAIL');
        if (!group || !item) throw new Error('the default checklist has no pass/fail item');
        await page.getByTestId(`group-${group.code}`).click();
        const card = page.getByTestId(`visit-item-${item.code}`);
        await card.getByRole('button', { name: 'Không đạt', exact: true }).click();
        await card
          .getByTestId(`photo-input-${item.code}`)
          .setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(page) });
        const photo = await visible(card.locator('img').first());
        expect(await photo.getAttribute('src')).toMatch(/^blob:/);
        await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
        await drawSignature(page, 'signature-team-lead');
        await page.reload();
        await visible(page.getByTestId('visit-screen'));
        await context.setOffline(false);
        expect(violations).toEqual([]);
      });
    } finally {
      await session.close();
    }
  });

  it("leadership's dashboard, a lazily loaded chunk with its own stylesheet, loads with no CSP violation", async () => {
    const session = await openBrowser();
    try {
      const violations = await recordViolations(session);
      await explainFailure(session, 'csp-dashboard', async () => {
        const { page } = session;
        await signIn(page, t.url, 'lanhdao');
        await page.getByTestId('card-dashboard').click();
        await visible(page.getByRole('heading', { name: 'Tổng hợp năm' }));
        await visible(page.getByTestId('leadership-summary'));
        // The trend chart: another lazy chunk and stylesheet, and a chart library that styles its elements.
        await page.getByTestId('dashboard-trend').locator('summary').click();
        await visible(page.getByTestId('trend-chart').first().locator('canvas'));
        expect(violations).toEqual([]);

        // The recorder works, and the policy is enforced: an injected inline script is refused.
        const ran = await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true';
          document.body.append(script);
          return (window as unknown as { __injected?: boolean }).__injected ?? false;
        });
        expect(ran).toBe(false);
        await expect.poll(() => violations.some((v) => v.directive.startsWith('script-src'))).toBe(true);
      });
    } finally {
      await session.close();
    }
  });
});
