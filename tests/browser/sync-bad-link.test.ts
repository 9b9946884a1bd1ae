import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist, explainFailure, openBrowser, screenshot, visible } from '../helpers/browser.js';
import { cameraJpeg, phoneWithVisitOffline, readOutboxBlobs, visitIdOf } from '../helpers/field.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A phone on a bad link, through a real TCP proxy between Chromium and the server: a link that
 * accepts connections and delivers nothing (stalled), a server answering 503, a link that refuses
 * everything, and a link that drops every couple of seconds. DevTools' offline switch is used only
 * for the part of the visit done with no network at all.
 */
let t: TestApp;
let proxy: TcpProxy;

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  proxy = await startTcpProxy(t.url);
});
afterAll(async () => {
  await proxy?.close();
  await t?.close();
});

const screenStatus = (page: Page) => page.getByTestId('sync-screen-status').textContent();

async function answersOnServer(visitId: string): Promise<string[]> {
  const rows = await t.sql<{ code: string }>(
    `select i.code from visit_answer a join checklist_item i on i.id = a.item_id where a.visit_id = ? order by i.code`,
    [visitId],
  );
  return rows.map((r) => r.code);
}

async function choose(page: Page, code: string, choice: 'Đạt' | 'Không đạt') {
  await page.getByTestId(`group-${code.split('.')[0]}`).click();
  const card = page.getByTestId(`visit-item-${code}`);
  await card.scrollIntoViewIfNeeded();
  await card.getByRole('button', { name: choice, exact: true }).click();
  await expect
    .poll(() => card.getByRole('button', { name: choice, exact: true }).getAttribute('aria-pressed'))
    .toBe('true');
  return card;
}

/** Both sizes the brief asks for: the phone, and a laptop in the office. */
async function screenshots(page: Page, name: string) {
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
}

describe('sync on a bad link', () => {
  it('a stalled link does not hang the sync: no answer, 503 and no network are told apart, and the button works', async () => {
    const phone = await openBrowser({ touch: true });
    try {
      await explainFailure(phone, 'bad-link-stall', async () => {
        const { page, context } = phone;
        const visitId = await visitIdOf(t, 'HKL-CL');
        await phoneWithVisitOffline(page, proxy.url, visitId);

        // Eight writes made with no network: the start and seven answers.
        await context.setOffline(true);
        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        for (const code of ['1.1', '1.2', '1.4', '1.5', '2.1', '2.2', '2.3']) await choose(page, code, 'Đạt');
        // The card shows a tap at once, before the write is stored; a reload too soon would cut the last one off.
        await expect.poll(() => page.getByTestId('sync-status').textContent()).toMatch(/^8 thay đổi trên máy/);
        await page.goto(`${proxy.url}/dong-bo`);
        await visible(page.getByTestId('sync-screen'));
        await expect.poll(() => screenStatus(page)).toBe('8 thay đổi trên máy · chờ có mạng');

        // The network comes back, but the link swallows everything: connections open and nothing comes.
        proxy.stall();
        await context.setOffline(false);
        await expect
          .poll(() => screenStatus(page), { timeout: 120_000, interval: 500 })
          .toBe('8 thay đổi trên máy · máy chủ không trả lời');
        const button = page.getByTestId('sync-button');
        await expect.poll(() => button.isEnabled()).toBe(true);
        expect(await button.textContent()).toBe('Đồng bộ');
        expect(await page.getByTestId('sync-error').textContent()).toMatch(
          /^Máy chủ không trả lời: đường truyền chập chờn hoặc máy chủ quá tải\. Đã dừng chờ; máy sẽ tự thử lại\. Thử lại lúc /,
        );
        expect(await answersOnServer(visitId)).toEqual([]);
        await screenshots(page, 'bad-link-1-no-answer');

        // Something answers, with 503: not "no network".
        proxy.unavailable();
        await button.click();
        await expect
          .poll(() => screenStatus(page), { timeout: 60_000 })
          .toBe('8 thay đổi trên máy · máy chủ tạm thời không phục vụ');
        expect(await page.getByTestId('sync-error').textContent()).toContain(
          'Máy chủ tạm thời không phục vụ (lỗi 503); máy sẽ tự thử lại.',
        );
        await expect.poll(() => button.isEnabled()).toBe(true);
        await screenshots(page, 'bad-link-2-unavailable');

        // Every connection refused: that is "cannot reach the server".
        proxy.cut();
        await button.click();
        await expect
          .poll(() => screenStatus(page), { timeout: 60_000 })
          .toBe('8 thay đổi trên máy · không kết nối được máy chủ');
        await expect.poll(() => button.isEnabled()).toBe(true);
        await screenshots(page, 'bad-link-3-no-network');

        // The link is good again: one tap sends everything.
        proxy.pass();
        await button.click();
        await expect.poll(() => screenStatus(page), { timeout: 60_000 }).toBe('Đã đồng bộ');
        expect(await answersOnServer(visitId)).toEqual(['1.1', '1.2', '1.4', '1.5', '2.1', '2.2', '2.3']);
        const visit = await t.sql<{ status: string }>('select status from visit where id = ?', [visitId]);
        expect(visit[0]?.status).toBe('IN_PROGRESS');
      });
    } finally {
      proxy.pass();
      await phone.close();
    }
  }, 300_000);

  it('on a flickering link the writes get through first and the photos arrive whole', async () => {
    const phone = await openBrowser({ touch: true });
    try {
      await explainFailure(phone, 'bad-link-flicker', async () => {
        const { page, context } = phone;
        const visitId = await visitIdOf(t, 'HKL-TD');
        await phoneWithVisitOffline(page, proxy.url, visitId);

        await context.setOffline(true);
        await page.getByRole('button', { name: 'Bắt đầu kiểm tra' }).click();
        const passed = ['1.1', '1.2', '1.5', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3'];
        for (const code of passed) await choose(page, code, 'Đạt');
        for (const code of ['1.4', '2.1']) {
          const card = await choose(page, code, 'Không đạt');
          await card
            .getByTestId(`photo-input-${code}`)
            .setInputFiles({ name: `anh-${code}.jpg`, mimeType: 'image/jpeg', buffer: await cameraJpeg(page, code) });
          await visible(card.locator('img').first());
        }
        const photos = await readOutboxBlobs(page);
        expect(photos).toHaveLength(2);
        await page.goto(`${proxy.url}/dong-bo`);
        await visible(page.getByTestId('sync-screen'));

        const since = (await t.sql<{ now: Date }>('select now() as now'))[0]?.now;
        // Back in coverage on a weak signal, and the link drops every two seconds or so. The uplink is
        // slow enough that the two photos need at least eight seconds of link, so drops are certain to
        // cut them mid-piece, on a fast machine as on a slow one.
        const photoBytes = photos.reduce((sum, p) => sum + p.bytes.length, 0);
        proxy.limitUpload(Math.ceil(photoBytes / 8));
        proxy.flicker({ upMs: 1500, downMs: 700 });
        await context.setOffline(false);
        await expect
          .poll(() => answersOnServer(visitId), { timeout: 240_000, interval: 1000 })
          .toEqual([...passed, '1.4', '2.1'].sort());
        await expect
          .poll(
            async () =>
              (
                await t.sql<{ sha256: string }>(
                  `select f.sha256 from attachment a join stored_file f on f.id = a.file_id
                  where a.visit_id = ? and a.kind = 'PHOTO' order by f.sha256`,
                  [visitId],
                )
              ).map((r) => r.sha256),
            { timeout: 240_000, interval: 1000 },
          )
          .toEqual(photos.map((p) => createHash('sha256').update(p.bytes).digest('hex')).sort());
        expect(proxy.stats.cuts).toBeGreaterThan(1);

        // The answers were applied before any photo was attached: they did not wait behind the photos.
        const applied = await t.sql<{ name: string; first: Date; last: Date }>(
          `select name, min(created_at) as first, max(created_at) as last from applied_operation
            where name in ('answerItem', 'attachFile') and created_at >= ? group by name`,
          [since],
        );
        const byName = new Map(applied.map((row) => [row.name, row]));
        const answers = byName.get('answerItem');
        const attachments = byName.get('attachFile');
        expect(answers && attachments).toBeTruthy();
        expect(new Date(answers?.last ?? 0).getTime()).toBeLessThanOrEqual(new Date(attachments?.first ?? 0).getTime());

        proxy.pass();
        await expect.poll(() => screenStatus(page), { timeout: 60_000 }).toBe('Đã đồng bộ');
      });
    } finally {
      proxy.limitUpload(null);
      proxy.pass();
      await phone.close();
    }
  }, 600_000);
});
