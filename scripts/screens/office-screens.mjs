// Screenshots of the office, leadership and administrator screens at a phone's (390x844) and a
// laptop's (1366x768) size, for a person to look at (docs/screen-review.md). Not a test.
// Start a demo server first:  PORT=3947 DATA_DIR=/tmp/screens-office setsid node server/dist/main.js
// Then:  node scripts/screens/office-screens.mjs [http://127.0.0.1:3947] [/tmp/screens-office]
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { signedInPage } from './demo-session.mjs';

const BASE = process.argv[2] ?? 'http://127.0.0.1:3947';
const OUT = process.argv[3] ?? '/tmp/screens-office';
const ONLY = process.env.ONLY; // a user name, to shoot one person's screens
const SIZES = [
  { tag: 'phone', width: 390, height: 844 },
  { tag: 'desk', width: 1366, height: 768 },
];

async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .waitForFunction(() => document.querySelectorAll('main .spinner').length === 0, null, { timeout: 20_000 })
    .catch(() => undefined);
  await page.waitForTimeout(400);
}

/** Saves the page at both sizes (full page, up to 4000 px high), then goes back to the phone's size. */
async function shoot(page, name) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await settle(page);
    const file = path.join(OUT, `${name}-${size.tag}.png`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: 0, y: 0, width: size.width, height: Math.min(height, 4000) },
    });
    // The first screen as a person sees it (fixed bars over the content).
    await page.screenshot({ path: path.join(OUT, `${name}-${size.tag}-fold.png`) });
  }
  console.log('shot', name);
}

async function go(page, address, name) {
  await page.goto(`${BASE}${address}`);
  await settle(page);
  await shoot(page, name);
}

async function tryStep(label, action) {
  try {
    await action();
  } catch (error) {
    console.log(`skipped ${label}: ${error.message.split('\n')[0]}`);
  }
}

async function asUser(browser, username, walk) {
  if (ONLY && ONLY !== username) return;
  const { context, page } = await signedInPage(browser, BASE, username, { viewport: SIZES[0] });
  await settle(page);
  await shoot(page, `${username}-home`);
  await walk(page);
  await context.close();
}

async function closeDialog(page) {
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
await mkdir(OUT, { recursive: true });

await asUser(browser, 'vanphong', async (page) => {
  await go(page, '/ke-hoach', 'vanphong-plans');
  await tryStep('plan', async () => {
    await page.getByTestId('plan-row').first().click();
    await settle(page);
    await shoot(page, 'vanphong-plan');
  });
  await go(page, '/duyet', 'vanphong-review-list');
  await go(page, '/duyet?trang=2', 'vanphong-review-list-page2');
  await go(page, '/duyet?q=xyzkhongco', 'vanphong-review-list-empty');
  await go(page, '/duyet?trang-thai=SUBMITTED', 'vanphong-review-list-submitted');
  await tryStep('visit under review', async () => {
    await page.getByTestId('review-row').first().click();
    await settle(page);
    await shoot(page, 'vanphong-visit-review');
    await page.getByRole('button', { name: 'Trả lại', exact: true }).first().click();
    await page.getByRole('dialog').waitFor({ timeout: 10_000 });
    await shoot(page, 'vanphong-return-dialog');
    await closeDialog(page);
    await page.getByRole('button', { name: 'Duyệt', exact: true }).first().click();
    await page.getByRole('dialog').waitFor({ timeout: 10_000 });
    await shoot(page, 'vanphong-approve-dialog');
    await closeDialog(page);
  });
  await go(page, '/duyet?trang-thai=RETURNED', 'vanphong-review-list-returned');
  await tryStep('returned visit', async () => {
    await page.getByTestId('review-row').first().click();
    await settle(page);
    await shoot(page, 'vanphong-visit-returned');
  });
  await go(page, '/duyet?trang-thai=APPROVED', 'vanphong-review-list-approved');
  await tryStep('approved visit', async () => {
    await page.getByTestId('review-row').first().click();
    await settle(page);
    await shoot(page, 'vanphong-visit-approved');
  });
  await go(page, '/ton-tai', 'vanphong-findings');
  await go(page, '/so-lieu-nam', 'vanphong-registers');
  await go(page, '/don-vi', 'vanphong-units');
  await tryStep('unit change wizard', async () => {
    await page.getByTestId('unit-item').nth(1).locator('.unit-main').click();
    await page.getByTestId('unit-detail').waitFor({ timeout: 10_000 });
    await shoot(page, 'vanphong-unit-detail');
    await page.getByTestId('unit-change-actions').getByRole('button').first().click();
    await settle(page);
    await shoot(page, 'vanphong-unit-change');
  });
  await go(page, '/bao-cao-nam', 'vanphong-annual-report');
  await go(page, '/tu-danh-gia/2025', 'vanphong-self-assessment');
  await tryStep('criterion', async () => {
    await page.getByTestId('area-1').getByTestId('area-toggle').click();
    await page.getByTestId('criterion-1.1.1').getByTestId('criterion-toggle').click();
    await page.getByTestId('criterion-1.1.1').getByTestId('score-form').waitFor({ timeout: 10_000 });
    await shoot(page, 'vanphong-self-assessment-criterion');
  });
  await go(page, '/tu-danh-gia/bo-tieu-chi?nam=2025', 'vanphong-criteria-sets');
  await go(page, '/nhat-ky', 'vanphong-audit-log');
});

await asUser(browser, 'lanhdao', async (page) => {
  await go(page, '/tong-hop', 'lanhdao-dashboard');
  await tryStep('drill-down', async () => {
    await page.locator('.dash-figure').first().click();
    await page.getByTestId('drill-records').waitFor({ timeout: 15_000 });
    await shoot(page, 'lanhdao-drill');
    await closeDialog(page);
  });
  await go(page, '/so-lieu-nam', 'lanhdao-registers');
  await go(page, '/duyet', 'lanhdao-visits');
  await go(page, '/tu-danh-gia/2025', 'lanhdao-self-assessment');
  await go(page, '/bao-cao-nam', 'lanhdao-annual-report');
});

await asUser(browser, 'admin', async (page) => {
  await go(page, '/nguoi-dung', 'admin-users');
  await go(page, '/nguoi-dung?q=kiem', 'admin-users-search');
  await tryStep('user dialogs', async () => {
    const row = page.getByTestId('user-kiemtra');
    await row.getByRole('button', { name: 'Sửa', exact: true }).click();
    await page.getByRole('dialog').waitFor({ timeout: 10_000 });
    await shoot(page, 'admin-user-edit');
    await closeDialog(page);
    await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await page.getByRole('dialog').waitFor({ timeout: 10_000 });
    await shoot(page, 'admin-user-reset');
    await closeDialog(page);
    await row.getByRole('button', { name: 'Khóa', exact: true }).click();
    await page.getByRole('dialog').waitFor({ timeout: 10_000 });
    await shoot(page, 'admin-user-lock');
    await closeDialog(page);
  });
  await go(page, '/nhat-ky', 'admin-audit-log');
  await tryStep('technical details', async () => {
    await page.getByTestId('audit-technical').first().locator('summary').click();
    await shoot(page, 'admin-audit-technical');
  });
  await go(page, '/doi-mat-khau', 'admin-settings');
});

await browser.close();
