import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, clientDist, explainFailure, openBrowser, signIn, visible } from '../helpers/browser.js';
import { docxText, pdfText } from '../helpers/documents.js';
import { submitForReview, visitIdOf } from '../helpers/field.js';
import { TINY_PNG } from '../helpers/images.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * A finding says what the team found, as the inspector typed it on the phone: never the checklist item
 * (the requirement), on the unit head's screen, in the minutes (.docx and .pdf) and in the notice.
 */
const REQUIREMENT = 'Cán bộ, công chức, viên chức có mặt đúng giờ làm việc, không đi muộn.';
const FOUND = 'Lúc 7h40 ngày kiểm tra, 3/11 viên chức chưa có mặt; sổ chấm công vẫn ghi đủ.';
const ADVICE = 'Chấm công đúng thực tế; kiểm điểm viên chức đi muộn.';

let t: TestApp;
let inspector: GraphQLCaller;
let office: GraphQLCaller;
let visitId = '';
const sessions: BrowserSession[] = [];

/** Everything but item 1.1 done through the API, as another phone of the team would: all Đạt, the minutes signed. */
async function prepareVisit(): Promise<void> {
  const planned = await inspector.request<{
    visit: {
      plannedTemplateVersion: { id: string; groups: { items: { id: string; code: string; answerType: string }[] }[] };
    };
  }>('query ($id: ID!) { visit(id: $id) { plannedTemplateVersion { id groups { items { id code answerType } } } } }', {
    id: visitId,
  });
  const version = planned.data?.visit.plannedTemplateVersion;
  if (!version) throw new Error('visit not planned');
  let sequence = 0;
  const op = (kind: string, input: Record<string, unknown>) => ({
    operationId: randomUUID(),
    sequence: ++sequence,
    kind,
    input: { visitId, ...input },
  });
  const start = op('START_VISIT', { templateVersionId: version.id });
  const signatures = [];
  for (const kind of ['SIGNATURE_TEAM_LEAD', 'SIGNATURE_UNIT_REPRESENTATIVE']) {
    const fileId = randomUUID();
    expect((await inspector.upload(fileId, TINY_PNG, 'image/png')).status).toBe(201);
    signatures.push(op('ATTACH_VISIT_FILE', { kind, fileId, attachmentId: randomUUID() }));
  }
  const items = version.groups.flatMap((g) => g.items).filter((item) => item.code !== '1.1');
  const operations = [
    start,
    ...items.map((item) =>
      op('ANSWER_ITEM', {
        itemId: item.id,
        passFail: item.answerType === 'PASS_FAIL' ? 'PASS' : null,
        numberValue: item.answerType === 'NUMBER' ? 0 : null,
        textValue: item.answerType === 'TEXT' ? 'Không có.' : null,
      }),
    ),
    op('SET_VISIT_ATTENDEES', { attendees: [{ name: 'Vi Thị Lan', position: 'Hạt trưởng', side: 'UNIT' }] }),
    op('SET_VISIT_CONCLUSION', { conclusion: 'Đơn vị cơ bản chấp hành tốt; còn một tồn tại về giờ giấc.' }),
    ...signatures,
  ];
  const res = await inspector.request<{ syncBatch: { outcomes: { status: string }[] } }>(
    'mutation ($i: SyncBatchInput!) { syncBatch(input: $i) { outcomes { status code message } } }',
    { i: { deviceId: randomUUID(), operations } },
  );
  const refused = res.data?.syncBatch.outcomes.filter((o) => o.status !== 'APPLIED');
  if (res.errors || refused?.length !== 0) throw new Error(`could not prepare the visit: ${JSON.stringify(res)}`);
}

async function download(caller: GraphQLCaller, path: string): Promise<Buffer> {
  const res = await fetch(`${t.url}${path}`, { headers: { cookie: caller.cookie ?? '' } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

beforeAll(async () => {
  t = await startTestApp({ CLIENT_DIST: clientDist() });
  [inspector, office] = await Promise.all([t.as('kiemtra'), t.as('vanphong')]);
  visitId = await visitIdOf(t, 'HKL-CL');
  await prepareVisit();
});
afterAll(async () => {
  for (const session of sessions) await session.close();
  await t?.close();
});

describe('a Không đạt answer on the phone', () => {
  it('asks what was found, which then is the finding everywhere, never the requirement', async () => {
    const phone = await openBrowser({ touch: true });
    sessions.push(phone);
    await explainFailure(phone, 'finding-found-phone', async () => {
      const { page } = phone;
      await signIn(page, t.url, 'kiemtra');
      await page.goto(`${t.url}/cuoc-kiem-tra/${visitId}`);
      await page.getByTestId('group-1').click();
      const card = page.getByTestId('visit-item-1.1');
      await card.getByRole('button', { name: 'Không đạt', exact: true }).click();
      const found = await visible(card.getByLabel('Thực trạng phát hiện'));
      // Asked for, empty: never prefilled with the requirement.
      expect(await found.inputValue()).toBe('');
      await found.fill(FOUND);
      await found.blur();
      await card.getByLabel('Kiến nghị').fill(ADVICE);
      await card.getByLabel('Kiến nghị').blur();
      await submitForReview(page);
      await expect
        .poll(
          async () => (await t.sql<{ status: string }>('select status from visit where id = ?', [visitId]))[0]?.status,
          {
            timeout: 60_000,
          },
        )
        .toBe('SUBMITTED');
    });

    const approved = await office.request('mutation ($id: ID!) { approveVisit(visitId: $id) { id } }', { id: visitId });
    expect(approved.errors).toBeUndefined();

    const desk = await openBrowser();
    sessions.push(desk);
    await explainFailure(desk, 'finding-found-unit-head', async () => {
      const { page } = desk;
      await signIn(page, t.url, 'thutruong');
      await page.goto(`${t.url}/ton-tai`);
      const row = await visible(page.getByTestId('finding-row').filter({ hasText: FOUND }));
      expect(await row.getByTestId('finding-found-text').textContent()).toBe(FOUND);
      await row.click();
      await expect.poll(() => page.getByTestId('finding-found-text').first().textContent()).toBe(FOUND);
      expect(await page.getByTestId('finding-requirement').first().textContent()).toBe(`Yêu cầu: ${REQUIREMENT}`);
    });

    // The office issues the notice; the unit head reads the minutes and the notice as the office does.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const issued = await office.request(
      'mutation ($i: IssueConclusionNoticeInput!) { issueConclusionNotice(input: $i) { id } }',
      {
        i: {
          visitId,
          number: '41/TB-SNNMT',
          issuedOn: today,
          strengths: 'Đơn vị niêm yết đầy đủ thủ tục hành chính.',
          reportDueOn: new Date(Date.now() + 7 * 3_600_000 + 30 * 86_400_000).toISOString().slice(0, 10),
          signerName: 'Hoàng Văn Minh',
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    const unitHead = await t.as('thutruong');

    const statement = `${FOUND} (Yêu cầu: ${REQUIREMENT})`;
    for (const [doc, reader] of [
      ['minutes', office],
      ['conclusion', office],
      ['minutes', unitHead],
      ['conclusion', unitHead],
    ] as const) {
      const word = docxText(await download(reader, `/api/visits/${visitId}/${doc}.docx`)).text;
      expect(word).toContain(statement);
      expect(word).toContain(ADVICE);
      const pdf = pdfText(await download(reader, `/api/visits/${visitId}/${doc}.pdf`));
      expect(pdf).toContain('3/11 viên chức chưa có mặt');
      expect(pdf).toContain('Chấm công đúng thực tế');
    }
  });
});
