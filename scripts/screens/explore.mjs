import { chromium } from 'playwright-core';

const base = process.env.BASE ?? 'http://127.0.0.1:3961';
const [user, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
await page.goto(base);
await page.getByLabel('Tên đăng nhập').fill(user);
await page.getByLabel('Mật khẩu').fill('kycuong@2026');
await page.getByRole('button', { name: 'Đăng nhập' }).click();
await page.getByTestId('header-user').waitFor();
for (const p of paths) {
  await page.goto(base + p);
  await page.waitForTimeout(2500);
  const links = await page.$$eval('a', (as) =>
    as.map((a) => `${a.getAttribute('href')} | ${a.textContent?.trim().slice(0, 80)}`),
  );
  console.log('==', p);
  console.log(links.join('\n'));
}
await browser.close();
