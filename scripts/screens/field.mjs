/**
 * Screenshots of the inspector's and the unit head's screens at 390x844 and 1366x768, for a person to
 * look at (issue 18). Not a test. Against a demo server started by hand:
 *   PORT=3961 DATA_DIR=/tmp/screens-field/data setsid node server/dist/main.js
 *   node scripts/screens/field.mjs            (BASE=http://127.0.0.1:3961, OUT=/tmp/screens-field)
 * The first run prepares a visit in progress (one Không đạt item with a photo) and a returned visit
 * through the API, as the inspector and office would; later runs reuse them.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DemoCaller, signedInPage } from './demo-session.mjs';

const BASE = process.env.BASE ?? 'http://127.0.0.1:3961';
const OUT = process.env.OUT ?? '/tmp/screens-field';
const ONLY = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
mkdirSync(OUT, { recursive: true });

/** Conducts `visitId` through one sync batch: all items Đạt but the first Không đạt one (note, photo). */
async function conduct(inspector, visitId, photo, { complete }) {
  const { visit } = await inspector.request(
    'query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { id groups { items { id code answerType } } } } }',
    { id: visitId },
  );
  const version = visit.plannedTemplateVersion;
  const items = version.groups.flatMap((g) => g.items);
  const failed = items.find((i) => i.answerType === 'PASS_FAIL');
  let sequence = 0;
  const op = (kind, input) => ({ operationId: randomUUID(), sequence: ++sequence, kind, input: { visitId, ...input } });
  const answered = complete ? items : items.slice(0, 8);
  const photoId = randomUUID();
  await inspector.upload(photoId, photo, 'image/png');
  const ops = [
    op('START_VISIT', { templateVersionId: version.id }),
    ...answered.map((item) =>
      op('ANSWER_ITEM', {
        itemId: item.id,
        passFail: item.answerType === 'PASS_FAIL' ? (item === failed ? 'FAIL' : 'PASS') : null,
        numberValue: item.answerType === 'NUMBER' ? 12.5 : null,
        textValue: item.answerType === 'TEXT' ? 'Không có ý kiến phản ánh.' : null,
        note: item === failed ? 'Hai công chức không đeo thẻ khi tiếp công dân.' : null,
        foundText:
          item === failed ? 'Hai công chức phòng Một cửa không đeo thẻ công chức trong giờ làm việc.' : undefined,
        recommendation: item === failed ? 'Nhắc nhở công chức đeo thẻ đầy đủ.' : undefined,
        baseVersion: null,
      }),
    ),
    op('ATTACH_VISIT_FILE', { kind: 'PHOTO', itemId: failed.id, fileId: photoId, attachmentId: randomUUID() }),
    op('SET_VISIT_ATTENDEES', {
      attendees: [
        { name: 'Lê Văn Tâm', position: 'Chánh Văn phòng', side: 'UNIT' },
        { name: 'Hoàng Thị Mai', position: 'Phó Hạt trưởng phụ trách', side: 'UNIT' },
      ],
    }),
  ];
  if (complete) {
    ops.push(op('SET_VISIT_CONCLUSION', { conclusion: 'Đơn vị cơ bản chấp hành tốt; còn một tồn tại cần khắc phục.' }));
    for (const kind of ['SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE']) {
      const fileId = randomUUID();
      await inspector.upload(fileId, photo, 'image/png');
      ops.push(op('ATTACH_VISIT_FILE', { kind, fileId, attachmentId: randomUUID() }));
    }
    ops.push(op('SUBMIT_VISIT', {}));
  }
  const { syncBatch } = await inspector.request(
    'mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status code message } } }',
    { i: { deviceId: randomUUID(), operations: ops } },
  );
  const refused = syncBatch.outcomes.filter((o) => o.status !== 'APPLIED');
  if (refused.length) throw new Error(JSON.stringify(refused));
  return failed;
}

const SETUP = path.join(OUT, 'setup.json');
async function prepare(browser) {
  if (existsSync(SETUP)) return JSON.parse(readFileSync(SETUP, 'utf8'));
  const page = await browser.newPage({ viewport: { width: 320, height: 240 } });
  await page.setContent(
    '<div style="background:linear-gradient(#8ab,#364);height:240px;font:40px sans-serif;color:#fff">Thẻ công chức</div>',
  );
  const photo = await page.screenshot();
  await page.close();
  const inspector = await DemoCaller.as(BASE, 'kiemtra');
  const office = await DemoCaller.as(BASE, 'vanphong');
  const { myVisits: list } = await inspector.request('query { myVisits { id unit { code name } status } }');
  const planned = list.filter((v) => v.status === 'PLANNED');
  const [inProgress, returned] = [
    planned.find((v) => v.unit.code !== 'HKL-CL'),
    planned.filter((v) => v.unit.code !== 'HKL-CL')[1],
  ];
  await conduct(inspector, inProgress.id, photo, { complete: false });
  const failed = await conduct(inspector, returned.id, photo, { complete: true });
  await office.request('mutation ($i: ReturnVisitInput!) { returnVisit(input: $i) { id } }', {
    i: {
      visitId: returned.id,
      comment: 'Bổ sung ảnh chụp hồ sơ lưu trữ và ghi rõ số lượng công chức được kiểm tra.',
      itemComments: [{ itemId: failed.id, comment: 'Ghi rõ họ tên hai công chức không đeo thẻ.' }],
    },
  });
  const setup = { inProgress: inProgress.id, returned: returned.id, failedCode: failed.code };
  writeFileSync(SETUP, JSON.stringify(setup));
  return setup;
}

const SIZES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1366, height: 768 }],
];

function session(browser, username, viewport) {
  return signedInPage(browser, BASE, username, { viewport, serviceWorkers: 'allow' });
}

async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
  await page.waitForTimeout(800);
}

/**
 * A wide screen: the whole page. A phone: the screen as a person sees it (the bottom bar is fixed, so a
 * whole-page shot would draw it in the middle), at the top and scrolled to the end. Then each of `at`
 * scrolled to the middle of the screen.
 */
async function shoot(page, name, size, { at } = {}) {
  if (ONLY && !ONLY.test(name)) return;
  await settle(page);
  if (size === 'desktop') {
    await page.screenshot({ path: path.join(OUT, `${name}-${size}.png`), fullPage: true });
  } else {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(OUT, `${name}-${size}.png`) });
    const tall = await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 40);
    if (tall) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, `${name}-end-${size}.png`) });
    }
  }
  for (const [label, locator] of Object.entries(at ?? {})) {
    const target = locator.first();
    if ((await target.count()) === 0) {
      console.log(`missing ${name} ${label}`);
      continue;
    }
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, `${name}-${label}-${size}.png`) });
  }
  console.log('shot', name, size);
}

async function go(page, address) {
  await page.goto(BASE + address);
  await settle(page);
}

async function inspectorScreens(browser, size, viewport, setup) {
  const { context, page } = await session(browser, 'kiemtra', viewport);
  await shoot(page, 'i01-home', size);
  await go(page, '/cuoc-kiem-tra');
  await shoot(page, 'i02-my-visits', size);
  await go(page, '/cuoc-kiem-tra?ky=qua-han');
  await shoot(page, 'i03-my-visits-overdue', size);
  await go(page, '/cuoc-kiem-tra?trang-thai=RETURNED');
  await shoot(page, 'i04-my-visits-returned', size);
  await go(page, `/cuoc-kiem-tra/${setup.inProgress}`);
  await shoot(page, 'i05-visit-in-progress', size, {
    at: {
      top: page.getByTestId('visit-status'),
      failed: page.getByTestId(`visit-item-${setup.failedCode}`),
      attendees: page.getByTestId('visit-attendees'),
      findings: page.getByTestId('visit-findings'),
      signatures: page.getByTestId('visit-signatures'),
      submit: page.getByRole('button', { name: 'Gửi duyệt', exact: true }),
    },
  });
  await go(page, `/cuoc-kiem-tra/${setup.returned}`);
  await shoot(page, 'i06-visit-returned', size, {
    at: { top: page.getByTestId('visit-status'), failed: page.getByTestId(`visit-item-${setup.failedCode}`) },
  });
  await go(page, '/dong-bo');
  await shoot(page, 'i07-sync', size);
  await go(page, '/thong-bao');
  await shoot(page, 'i08-inbox', size);
  await page.getByText('Chọn thông báo muốn nhận').click();
  await shoot(page, 'i09-notification-settings', size);
  // Offline: the app already loaded; the network goes away.
  await go(page, `/cuoc-kiem-tra/${setup.inProgress}`);
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Cuộc kiểm tra' }).first().click();
  await shoot(page, 'i10-offline-my-visits', size);
  await page
    .getByRole('link', { name: 'Đồng bộ' })
    .first()
    .click()
    .catch(() => undefined);
  await shoot(page, 'i11-offline-sync', size);
  await page
    .getByRole('link', { name: 'Trang chủ' })
    .first()
    .click()
    .catch(() => undefined);
  await shoot(page, 'i12-offline-home', size);
  await context.close();
}

async function unitHeadScreens(browser, size, viewport) {
  const { context, page } = await session(browser, 'thutruong', viewport);
  await shoot(page, 'u01-home', size);
  await go(page, '/ton-tai');
  await shoot(page, 'u02-findings', size);
  const open = page.locator('a[href^="/ton-tai/"]');
  const href = (await open.count()) ? await open.first().getAttribute('href') : null;
  if (href) {
    await go(page, href);
    await shoot(page, 'u03-finding', size, {
      at: { form: page.getByRole('button', { name: 'Gửi báo cáo khắc phục' }) },
    });
  }
  await go(page, '/kiem-tra-don-vi');
  await shoot(page, 'u04-unit-visits', size);
  await go(page, '/thong-bao');
  await shoot(page, 'u05-inbox', size);
  await context.close();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const setup = await prepare(browser);
  for (const [size, viewport] of SIZES) {
    if (!process.env.WHO || process.env.WHO === 'kiemtra') await inspectorScreens(browser, size, viewport, setup);
    if (!process.env.WHO || process.env.WHO === 'thutruong') await unitHeadScreens(browser, size, viewport);
  }
} finally {
  await browser.close();
}
