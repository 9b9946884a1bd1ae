import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../server/src/db/seeders/default-checklist.js';
import { accessibilityProblems } from '../helpers/a11y.js';
import {
  type BrowserSession,
  clientDist,
  explainFailure,
  openBrowser,
  screenshot,
  signIn,
  visible,
} from '../helpers/browser.js';
import { cameraJpeg, visitIdOf } from '../helpers/field.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every screen of every role on a touch phone at 390x844, checked with axe-core (no serious or critical
 * WCAG A/AA or best-practice violation) and for tap targets of at least 44x44 px; also a dialog, a form
 * with errors and a visit in progress with a failed item, its photo and the signature pads. The problems
 * of all screens of a role are reported together, so one run shows everything left to fix.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
});
afterAll(() => t?.close());

/** A role's walk visits a dozen screens on a shared, slow machine. */
const WALK_TIMEOUT = 360_000;

/** Waits until the screen has its heading and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await visible(page.locator('main h1').first());
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('main .spinner').count(), { timeout: 30_000 }).toBe(0);
}

/** Checks the screen now shown and adds its problems to `found`; a screenshot `a11y-<screen>` to look at. */
async function check(page: Page, screenName: string, found: string[]): Promise<void> {
  found.push(...(await accessibilityProblems(page, screenName)));
  await screenshot(page, `a11y-${screenName.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '')}`);
}

async function open(page: Page, path: string, screenName: string, found: string[]): Promise<void> {
  await page.goto(`${t.url}${path}`);
  await settled(page);
  await check(page, screenName, found);
}

/** Opens the first row of a list (if the role has any) and checks the record's screen. */
async function openFirst(page: Page, rowTestId: string, screenName: string, found: string[]): Promise<void> {
  const row = page.getByTestId(rowTestId).first();
  if ((await row.count()) === 0) return;
  await row.click();
  await page.waitForURL(/\/[^/]+\/[^/]+$/);
  await settled(page);
  await check(page, screenName, found);
}

async function asRole(
  username: string,
  touch: boolean,
  walk: (session: BrowserSession, found: string[]) => Promise<void>,
): Promise<void> {
  const session = await openBrowser({ touch });
  const found: string[] = [];
  try {
    await explainFailure(session, `a11y-${username}`, async () => {
      await signIn(session.page, t.url, username);
      await settled(session.page);
      await check(session.page, `home (${username})`, found);
      await walk(session, found);
    });
  } finally {
    await session.close();
  }
  expect(found, found.join('\n')).toEqual([]);
}

/** The office screens shared by office staff and leadership (and the administrator's users screen). */
async function officeScreens(page: Page, who: string, found: string[]): Promise<void> {
  await open(page, '/ke-hoach', `plans (${who})`, found);
  await openFirst(page, 'plan-row', `plan (${who})`, found);
  await open(page, '/duyet', `review list (${who})`, found);
  await openFirst(page, 'review-row', `visit review (${who})`, found);
  await open(page, '/ton-tai', `findings (${who})`, found);
  await openFirst(page, 'finding-row', `finding (${who})`, found);
  await open(page, '/so-lieu-nam', `registers (${who})`, found);
  await open(page, '/tong-hop', `dashboard (${who})`, found);
  await open(page, '/bao-cao-nam', `annual report (${who})`, found);
  await open(page, '/tu-danh-gia/2025', `self-assessment (${who})`, found);
  await open(page, '/tu-danh-gia/bo-tieu-chi?nam=2025', `criteria sets (${who})`, found);
  await open(page, '/may-dong-bo', `devices (${who})`, found);
  await open(page, '/don-vi', `units (${who})`, found);
  await open(page, '/doi-mat-khau', `change password (${who})`, found);
}

describe('accessibility of every screen (axe-core and tap targets)', () => {
  it('sign-in form, empty and with an error', async () => {
    const session = await openBrowser({ touch: true });
    const found: string[] = [];
    try {
      await explainFailure(session, 'a11y-sign-in', async () => {
        const { page } = session;
        await page.goto(t.url);
        await visible(page.getByRole('button', { name: 'Đăng nhập' }));
        await check(page, 'sign-in', found);
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
        await page.getByLabel('Tên đăng nhập').fill('kiemtra');
        await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
        await visible(page.getByRole('alert'));
        await check(page, 'sign-in with a wrong password', found);
      });
    } finally {
      await session.close();
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  it(
    'inspector: visit list, a visit in progress with a failed item, photo and signatures, sync screen',
    () =>
      asRole('kiemtra', true, async ({ page, context }, found) => {
        await context.grantPermissions(['geolocation']);
        await context.setGeolocation({ latitude: 21.85, longitude: 106.76 });
        const visitId = await visitIdOf(t, 'HKL-CL');
        await open(page, '/cuoc-kiem-tra', 'visit list (inspector)', found);
        await page.getByTestId(`my-visit-${visitId}`).click();
        await visible(page.getByTestId('visit-screen'));
        await settled(page);
        await check(page, 'visit before start (inspector)', found);

        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        await expect.poll(() => page.getByTestId('visit-status').first().textContent()).toContain('Đang kiểm tra');
        const group = DEFAULT_CHECKLIST.groups[0];
        const item = group?.items.find((i) => i.answerType === 'PASS_FAIL');
        if (!group || !item) throw new Error('the default checklist has no pass/fail item');
        await page.getByTestId(`group-${group.code}`).click();
        const card = page.getByTestId(`visit-item-${item.code}`);
        await card.getByRole('button', { name: 'Không đạt', exact: true }).click();
        await card.getByLabel('Ghi chú').fill('Chưa niêm yết nội quy.');
        await card.getByLabel('Ghi chú').blur();
        await card
          .getByTestId(`photo-input-${item.code}`)
          .setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: await cameraJpeg(page) });
        await visible(card.locator('img').first());
        await check(page, 'visit in progress, failed item with a photo (inspector)', found);
        await screenshot(page, 'a11y-visit-item');
        await page.getByTestId('signature-team-lead-section').scrollIntoViewIfNeeded();
        await screenshot(page, 'a11y-visit-signature');

        // Submitting too early: the list of what is missing (an error state).
        await page.getByRole('button', { name: 'Gửi duyệt' }).click();
        await visible(page.getByTestId('submit-blocked'));
        await check(page, 'visit submitted too early (inspector)', found);

        await open(page, '/dong-bo', 'sync (inspector)', found);
        await screenshot(page, 'a11y-sync');
        await open(page, '/don-vi', 'units (inspector)', found);
      }),
    WALK_TIMEOUT,
  );

  it(
    'office staff: every office screen, a checklist with its publish dialog',
    () =>
      asRole('vanphong', false, async ({ page }, found) => {
        await officeScreens(page, 'office', found);
        await open(page, '/nhat-ky', 'system log (office)', found);
        await open(page, '/tu-danh-gia/2025', 'self-assessment criterion (office)', found);
        await page.getByTestId('area-1').getByTestId('area-toggle').click();
        await page.getByTestId('criterion-1.1.1').getByTestId('criterion-toggle').click();
        await visible(page.getByTestId('criterion-1.1.1').getByTestId('score-form'));
        await check(page, 'self-assessment criterion form (office)', found);
        await open(page, '/bo-tieu-chi', 'checklists (office)', found);
        await page.getByTestId('checklist-row').filter({ hasText: DEFAULT_CHECKLIST.name }).click();
        await settled(page);
        await check(page, 'checklist template (office)', found);
        await page.getByRole('button', { name: 'Ban hành', exact: true }).first().click();
        await visible(page.getByRole('dialog'));
        await check(page, 'checklist publish dialog (office)', found);
        await screenshot(page, 'a11y-dialog');
      }),
    WALK_TIMEOUT,
  );

  it(
    'leadership: the read-only office screens',
    () =>
      asRole('lanhdao', false, async ({ page }, found) => {
        await officeScreens(page, 'leadership', found);
      }),
    WALK_TIMEOUT,
  );

  it(
    "unit head: own unit's findings and units",
    () =>
      asRole('thutruong', true, async ({ page }, found) => {
        await open(page, '/ton-tai', 'findings (unit head)', found);
        await openFirst(page, 'finding-row', 'finding (unit head)', found);
        await open(page, '/don-vi', 'units (unit head)', found);
      }),
    WALK_TIMEOUT,
  );

  it(
    'administrator: users and units',
    () =>
      asRole('admin', false, async ({ page }, found) => {
        await open(page, '/nguoi-dung', 'users (admin)', found);
        await open(page, '/don-vi', 'units (admin)', found);
        await open(page, '/dong-bo', 'sync (admin)', found);
        await open(page, '/nhat-ky', 'system log (admin)', found);
        const technical = page.getByTestId('audit-technical').first();
        if ((await technical.count()) > 0) {
          await technical.locator('summary').click();
          await check(page, 'system log with technical details (admin)', found);
        }
      }),
    WALK_TIMEOUT,
  );
});
