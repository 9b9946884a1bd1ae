import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, localTimeOfDay, todayLocalDate } from '../../rules/src/index.js';
import { expectAccessible } from '../helpers/a11y.js';
import { clientDist, screenshot, signIn, visible, withBrowser } from '../helpers/browser.js';
import { DEMO_YEAR } from '../helpers/demo.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The office side of offline work: on the review screen, the values that did not go into the results
 * (two inspectors editing the same item offline; a write arriving after submission) are shown in plain
 * words; "Máy chưa đồng bộ" lists the phones that still hold changes, the longest waiting first.
 * Arranged through the API as the phones would send it, looked at on a 390 px phone.
 */
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const SYNC = `mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { operationId status code } } }`;

let t: TestApp;
let an: GraphQLCaller;
let binh: GraphQLCaller;
let visitId = '';
const items = new Map<string, string>();
let sequence = 0;
const phoneOfAn = randomUUID();
const phoneOfBinh = randomUUID();
const anEditedAt = '2026-11-20T01:00:00.000Z';

const op = (kind: string, input: Record<string, unknown>) => ({
  operationId: randomUUID(),
  sequence: ++sequence,
  kind,
  input,
});

/** One syncBatch as a phone sends it, with the phone's user agent (GraphQLCaller sends Node's own). */
async function sync(
  caller: GraphQLCaller,
  input: { deviceId: string; operations: ReturnType<typeof op>[]; pending?: Record<string, unknown> },
): Promise<{ status: string; code: string | null }[]> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': ANDROID_CHROME, cookie: caller.cookie ?? '' },
    body: JSON.stringify({ query: SYNC, variables: { i: input } }),
  });
  const body = (await res.json()) as {
    data?: { syncBatch: { outcomes: { status: string; code: string | null }[] } };
    errors?: unknown;
  };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data?.syncBatch.outcomes ?? [];
}

/** `dd/MM/yyyy HH:mm` on Vietnam time, as the app shows an instant whatever the browser's time zone. */
function localTime(iso: string): string {
  const date = new Date(iso);
  return `${formatDate(todayLocalDate(date))} ${localTimeOfDay(date)}`;
}

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  an = await t.as('kiemtra');
  binh = await t.as('kiemtra2');
  // Both inspectors in the team of the demo plan under way, so that both work on the same visit.
  await t.sql(
    `insert into team_member (id, team_id, user_id, role)
     select gen_random_uuid(), tm.team_id, u.id, 'MEMBER' from team_member tm
       join inspection_team team on team.id = tm.team_id and team.year = ${DEMO_YEAR}
       join app_user u on u.username = 'kiemtra2'
      where tm.user_id = (select id from app_user where username = 'kiemtra')`,
  );
  const rows = await t.sql<{ id: string; code: string }>(
    `select i.id, i.code from checklist_item i join checklist_group g on g.id = i.group_id
      join checklist_version v on v.id = g.version_id where v.number = 1`,
  );
  for (const row of rows) items.set(row.code, row.id);
  const visits = await t.sql<{ id: string }>(
    `select v.id from visit v join unit u on u.id = v.unit_id join plan_line l on l.id = v.plan_line_id
      join inspection_plan p on p.id = l.plan_id where p.year = ${DEMO_YEAR} and u.code = 'HKL-CL'`,
  );
  visitId = visits[0]?.id ?? '';
  expect(visitId).not.toBe('');

  // An starts the visit and answers 1.2; offline, An answers 1.1 "Đạt" and Bình, later on his phone,
  // "Không đạt". Bình's answer reaches the server first: An's, arriving after it, is the one in force
  // (the server's order decides, never the phones' clocks) and Bình's is kept as the conflict.
  const answer = (code: string, value: Record<string, unknown>) =>
    op('ANSWER_ITEM', { visitId, itemId: items.get(code), baseVersion: null, ...value });
  const started = await sync(an, {
    deviceId: phoneOfAn,
    operations: [op('START_VISIT', { visitId }), answer('1.2', { passFail: 'PASS', editedAt: anEditedAt })],
  });
  expect(started.map((o) => o.status)).toEqual(['APPLIED', 'APPLIED']);
  const fromBinh = answer('1.1', { passFail: 'FAIL', note: 'Không đeo thẻ.', editedAt: '2026-11-20T02:00:00.000Z' });
  expect((await sync(binh, { deviceId: phoneOfBinh, operations: [fromBinh] }))[0]?.status).toBe('APPLIED');
  const fromAn = answer('1.1', { passFail: 'PASS', editedAt: anEditedAt });
  expect((await sync(an, { deviceId: phoneOfAn, operations: [fromAn] }))[0]?.status).toBe('APPLIED');

  // The team submits (the submission itself is tested elsewhere); then An's phone sends a late change
  // to 1.2 and reports two more changes still waiting on it for two days.
  await t.sql(`update visit set status = 'SUBMITTED', submitted_at = now() where id = ?`, [visitId]);
  const late = answer('1.2', { passFail: 'FAIL', note: 'Sửa khi mất mạng', editedAt: '2026-11-21T03:30:00.000Z' });
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000 - 3600_000).toISOString();
  const refused = await sync(an, {
    deviceId: phoneOfAn,
    operations: [late],
    pending: { count: 2, operationIds: [randomUUID(), randomUUID()], oldestAt: twoDaysAgo },
  });
  expect(refused).toEqual([expect.objectContaining({ status: 'REFUSED', code: 'VISIT_NOT_EDITABLE' })]);
});
afterAll(() => t?.close());

describe('office staff see what the phones could not put into a visit', () => {
  it('the review screen lists both conflicts in plain words and marks their items', () =>
    withBrowser('office-sync-review', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.goto(`${t.url}/duyet/${visitId}`);
      const section = await visible(page.getByTestId('review-conflicts'));
      expect(await section.getByRole('heading').textContent()).toBe('Xung đột dữ liệu từ các máy (2)');
      const rows = section.getByTestId('review-conflict');
      expect(await rows.count()).toBe(2);

      const concurrent = rows.filter({ hasText: 'Tiêu chí 1.1' });
      expect(await concurrent.textContent()).toContain('Hai người cùng sửa khi mất mạng');
      expect(await concurrent.textContent()).toContain(
        `Nông Thị Bình nhập lúc ${localTime('2026-11-20T02:00:00.000Z')}`,
      );
      expect(await concurrent.getByTestId('conflict-not-applied').locator('dd').textContent()).toBe(
        'Không đạt · Ghi chú: Không đeo thẻ.',
      );
      expect(await concurrent.getByTestId('conflict-kept').locator('dd').textContent()).toBe('Đạt');

      const closed = rows.filter({ hasText: 'Sửa kết quả tiêu chí 1.2' });
      expect(await closed.textContent()).toContain('Đến sau khi đã gửi duyệt');
      expect(await closed.textContent()).toContain(
        `Lương Văn Tuấn nhập lúc ${localTime('2026-11-21T03:30:00.000Z')}, đến máy chủ lúc`,
      );
      expect(await closed.getByTestId('conflict-not-applied').locator('dd').textContent()).toBe(
        'Không đạt · Ghi chú: Sửa khi mất mạng',
      );
      expect(await closed.getByTestId('conflict-kept').locator('dd').textContent()).toBe('Đạt');

      // Nothing on the page is wider than the phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await section.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -130));
      await screenshot(page, 'office-sync-review-conflicts');
      await expectAccessible(page, 'visit review with conflicts');

      const marks = page.getByTestId('review-item-conflict');
      expect(await marks.count()).toBe(2);
      const marked = page.getByTestId('review-item').filter({ has: marks });
      expect(await marked.allTextContents()).toEqual([
        expect.stringMatching(/^1\.1 .*Có xung đột dữ liệu \(1\)/),
        expect.stringMatching(/^1\.2 .*Có xung đột dữ liệu \(1\)/),
      ]);
      await marked.first().scrollIntoViewIfNeeded();
      await screenshot(page, 'office-sync-review-item');
      await marks.first().click();
      await page.waitForFunction(() => window.location.hash === '#review-conflicts');

      await page.setViewportSize({ width: 1280, height: 800 });
      await section.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -130));
      await screenshot(page, 'office-sync-review-conflicts-desktop');
    }));

  it('"Máy chưa đồng bộ" shows the phone that still holds changes, with whose it is and since when', () =>
    withBrowser('office-sync-devices', async ({ page }) => {
      await signIn(page, t.url, 'vanphong');
      await page.getByTestId('card-devices').click();
      await visible(page.getByTestId('devices-screen'));
      const rows = page.getByTestId('device-row');
      await visible(rows.first());
      expect(await rows.count()).toBe(2);
      // The phone with changes waiting comes first, highlighted: they have waited more than a day.
      const first = rows.first();
      const text = await first.textContent();
      expect(text).toContain('Lương Văn Tuấn');
      expect(text).toContain('Android · Chrome');
      expect(await first.getByTestId('device-pending').textContent()).toMatch(/^2 thay đổi từ .+ \(2\sngày\strước\)$/);
      expect(await first.getAttribute('class')).toContain('device-late');
      expect(text).toMatch(/Đồng bộ lần cuối\d{2}\/\d{2}\/\d{4}\s\d{2}:\d{2} \(vừa\sxong\)/);
      const second = await rows.nth(1).textContent();
      expect(second).toContain('Nông Thị Bình');
      expect(second).toContain('Đã gửi hết');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'office-sync-devices');
      await expectAccessible(page, 'devices with a late phone');

      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshot(page, 'office-sync-devices-desktop');
    }));
});
