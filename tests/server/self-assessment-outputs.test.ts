import { createHash, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_COLUMNS } from '../../server/src/features/self-assessment/outputs/evidence-manifest.js';
import { SHEET_HEADER_ROW } from '../../server/src/features/self-assessment/outputs/scoring-table-files.js';
import {
  type AssessmentView,
  assessmentOf,
  criteriaFile,
  criterionId,
  postFile,
  SCORE,
  SMALL_SET,
  setQuery,
} from '../helpers/criteria-sheet.js';
import { docxText, unzip } from '../helpers/documents.js';
import { TINY_PNG } from '../helpers/images.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The self-assessment's outputs (issue 17 item 5): the self-scoring table read back from its .xlsx and
 * .docx (codes, totals, "Không áp dụng", the agency of the table's year, Vietnamese intact); the evidence
 * pack built by the background job, followed to the end and unpacked (the manifest matches the files,
 * the uploads' bytes are the same); the annual report citing the total.
 */

let t: TestApp;
let office: GraphQLCaller;
let leadership: GraphQLCaller;

const OLD_HEADER = 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN';
const NEW_HEADER = 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG';
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

async function get(
  caller: GraphQLCaller,
  path: string,
): Promise<{ status: number; bytes: Buffer; type: string | null }> {
  const res = await fetch(`${t.url}${path}`, { headers: { cookie: caller.cookie ?? '' } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
}

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

/** The table's rows under its header, up to the total, as [code, text, max, self, evidence, explanation, ...]. */
function tableRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let n = SHEET_HEADER_ROW + 1; ; n += 1) {
    const row = sheet.getRow(n);
    const values = (row.values as unknown[]).slice(1);
    rows.push(values);
    if (values[1] === 'TỔNG CỘNG') return rows;
    if (n > 500) throw new Error('no total row');
  }
}

/** A year's assessment on the small set of 10 points (two areas, five leaves), as the office imports it. */
async function smallAssessment(year: number): Promise<AssessmentView> {
  const file = await criteriaFile(SMALL_SET);
  const imported = await postFile(
    t,
    office,
    `/api/criteria-sets/${year}/import?${setQuery({ issuedOn: `${year}-01-15` })}`,
    file,
  );
  expect(imported.status).toBe(200);
  expect(
    code(await office.request('mutation ($y: Int!) { startSelfAssessment(input: { year: $y }) { id } }', { y: year })),
  ).toBeNull();
  return assessmentOf(office, year);
}

const EVIDENCE = `mutation ($i: AddAssessmentEvidenceInput!) { addAssessmentEvidence(input: $i) { id } }`;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  leadership = await t.as('lanhdao');
});
afterAll(() => t?.close());

describe('the self-scoring table of the demo 2025 assessment', () => {
  let demo: AssessmentView;
  let texts: Map<string, string>;
  beforeAll(async () => {
    demo = await assessmentOf(office, 2025);
    const res = await office.request<{ selfAssessment: { criteria: { code: string; text: string }[] } }>(
      '{ selfAssessment(year: 2025) { criteria { code text } } }',
    );
    texts = new Map(res.data?.selfAssessment.criteria.map((c) => [c.code, c.text]));
  });

  it('as .xlsx: the 2025 agency, every criterion in order with its text, the areas’ and the whole totals', async () => {
    const file = await get(leadership, '/api/self-assessments/2025/scoring-table.xlsx');
    expect(file.status).toBe(200);
    const sheet = await sheetOf(file.bytes);
    expect(sheet.getCell('A1').value).toBe('UBND TỈNH LẠNG SƠN');
    expect(sheet.getCell('A2').value).toBe(NEW_HEADER);
    expect(sheet.getCell('A5').value).toBe('BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    const header = (sheet.getRow(SHEET_HEADER_ROW).values as unknown[]).slice(1);
    expect(header).toEqual([
      'STT/Mã',
      'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
      'Điểm tối đa',
      'Điểm tự đánh giá',
      'Tài liệu kiểm chứng (số, ngày, cơ quan ban hành, trang)',
      'Giải trình',
    ]);
    const rows = tableRows(sheet);
    expect(rows.slice(0, -1).map((r) => r[0])).toEqual(demo.criteria.map((c) => c.code));
    for (const r of rows.slice(0, -1)) expect(r[1]).toBe(texts.get(String(r[0])));
    for (const area of demo.totals.areas) {
      const row = rows.find((r) => r[0] === area.code);
      expect([row?.[2], row?.[3]], area.code).toEqual([area.maxPoints, area.selfPoints]);
    }
    const total = rows.at(-1) ?? [];
    expect([total[1], total[2], total[3]]).toEqual(['TỔNG CỘNG', 99, demo.totals.overall.selfPoints]);
    expect(rows.find((r) => r[0] === '2.1.1')?.[3]).toBe('Không áp dụng');
    expect(rows.find((r) => r[0] === '1.3.2')?.[5]).toContain('Hạt Kiểm lâm khu vực Hữu Lũng và khu vực Đình Lập');
    // The records of the demo's 2025 it cites (demo-criteria.ts, DEMO_EVIDENCE_2025).
    expect(rows.find((r) => r[0] === '1.1.1')?.[4]).toContain('10/KH-SNN');
  });

  it('as .docx: A4 on its side in Times New Roman, the same rows and total in Vietnamese', async () => {
    const file = await get(leadership, '/api/self-assessments/2025/scoring-table.docx');
    expect(file.status).toBe(200);
    const { xml, text } = docxText(file.bytes);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('Times New Roman');
    expect(text).toContain(NEW_HEADER);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025');
    expect(text).toContain('Không áp dụng');
    const selfTotal = String(demo.totals.overall.selfPoints).replace('.', ',');
    expect(text).toMatch(new RegExp(`TỔNG CỘNG\\n99\\n${selfTotal}\\n`));
    expect(text).toContain(texts.get('1.3.2'));
    expect(text).toContain('01 tiêu chí không áp dụng (1 điểm): điểm tối đa còn 99 điểm.');
  });

  it('is refused to the inspectors, and for a year without an assessment', async () => {
    expect((await get(await t.as('kiemtra'), '/api/self-assessments/2025/scoring-table.xlsx')).status).toBe(403);
    const none = await get(office, '/api/self-assessments/2019/scoring-table.docx');
    expect([none.status, JSON.parse(none.bytes.toString()).code]).toEqual([404, 'SELF_ASSESSMENT_NOT_FOUND']);
    expect((await get(office, '/api/self-assessments/1999/scoring-table.docx')).status).toBe(400);
  });
});

describe('a 2024 table: the old name, evidence cited, the appraisal’s columns', () => {
  let view: AssessmentView;
  beforeAll(async () => {
    view = await smallAssessment(2024);
    for (const [c, points] of [
      ['1.1.1', 1],
      ['1.1.2', 0.75],
      ['1.2', 2],
      ['2.1', 2.5],
    ] as const)
      expect(
        code(await office.request(SCORE, { i: { assessmentId: view.id, criterionId: criterionId(view, c), points } })),
      ).toBeNull();
    const fileId = randomUUID();
    expect((await office.upload(fileId, TINY_PNG, 'image/png')).status).toBe(201);
    const cited = await office.request(EVIDENCE, {
      i: {
        assessmentId: view.id,
        criterionId: criterionId(view, '1.1.1'),
        fileId,
        documentNumber: '15/KH-SNN',
        documentDate: '2024-01-20',
        issuer: 'Sở Nông nghiệp và Phát triển nông thôn',
        pointer: 'trang 2, mục II',
      },
    });
    expect(cited.errors).toBeUndefined();
    // The Sở Nội vụ's appraisal as entered (features/self-assessment covers how; here only its columns).
    await t.sql(
      `update criterion_score set appraisal_points1 = points, appraisal_comment1 = 'Đạt' where assessment_id = ?`,
      [view.id],
    );
    await t.sql(
      `update criterion_score s set appraisal_points2 = 2, appraisal_comment2 = 'Thẩm định lại' from criterion c
        where c.id = s.criterion_id and c.code = '2.1' and s.assessment_id = ?`,
      [view.id],
    );
  });

  it('is headed by the department’s name of 2024, cites the evidence, and totals both rounds', async () => {
    const sheet = await sheetOf((await get(office, '/api/self-assessments/2024/scoring-table.xlsx')).bytes);
    expect(sheet.getCell('A2').value).toBe(OLD_HEADER);
    const header = (sheet.getRow(SHEET_HEADER_ROW).values as unknown[]).slice(1);
    expect(header.slice(6)).toEqual(['Điểm thẩm định vòng 1', 'Điểm thẩm định vòng 2', 'Nhận xét']);
    const rows = tableRows(sheet);
    expect(rows.find((r) => r[0] === '1.1.1')?.[4]).toBe(
      'Số 15/KH-SNN ngày 20/01/2024 của Sở Nông nghiệp và Phát triển nông thôn (trang 2, mục II)',
    );
    expect(rows.find((r) => r[0] === '2.2')?.[3]).toBe('Chưa chấm');
    // Self: 1 + 0,75 + 2 + 2,5; round 1 the same; final: round 2 of 2.1 (2) instead of 2,5.
    expect(rows.at(-1)?.slice(1, 8)).toEqual(['TỔNG CỘNG', 10, 6.25, '', '', 6.25, 5.75]);
    expect(rows.find((r) => r[0] === '2')?.slice(2, 8)).toEqual([6, 2.5, '', '', 2.5, 2]);
    expect(rows.find((r) => r[0] === '2.1')?.[8]).toBe('Vòng 1: Đạt\nVòng 2: Thẩm định lại');
    const { text } = docxText((await get(office, '/api/self-assessments/2024/scoring-table.docx')).bytes);
    expect(text).toContain(OLD_HEADER);
    expect(text).not.toContain(NEW_HEADER);
    expect(text).toContain('Điểm thẩm định vòng 2');
  });

  it('the annual report of 2024 cites the total; 2021, with no assessment, does not', async () => {
    const preview = async (year: number) =>
      (
        await office.request<{ annualReportPreview: string }>('query ($y: Int!) { annualReportPreview(year: $y) }', {
          y: year,
        })
      ).data?.annualReportPreview ?? '';
    expect(await preview(2024)).toContain(
      'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở Nông nghiệp và Phát triển nông thôn: 6,25/10 điểm (đang tự chấm điểm).',
    );
    expect(await preview(2021)).not.toContain('Kết quả tự đánh giá');
  });
});

interface PackView {
  id: string;
  status: string;
  progress: { done: number; total: number };
  errorMessage: string | null;
  errorCode: string | null;
  downloadUrl: string | null;
  files: number | null;
  size: number | null;
}
const PACK_FIELDS = 'id status progress { done total } errorMessage errorCode downloadUrl files size';
const START = `mutation ($y: Int!) { startEvidencePack(year: $y) { ${PACK_FIELDS} } }`;
const PACK = `query ($id: ID!) { evidencePack(id: $id) { ${PACK_FIELDS} } }`;

/** Polls the pack until it is done or failed, keeping each progress seen. */
async function finished(caller: GraphQLCaller, id: string, seen: PackView['progress'][] = []): Promise<PackView> {
  for (;;) {
    const res = await caller.request<{ evidencePack: PackView }>(PACK, { id });
    const pack = res.data?.evidencePack;
    if (!pack) throw new Error(JSON.stringify(res.errors));
    seen.push(pack.progress);
    if (pack.status === 'DONE' || pack.status === 'FAILED') return pack;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe('the evidence pack of 2022', () => {
  let view: AssessmentView;
  const uploads = new Map<string, Buffer>();
  let visits: { id: string; findings: number }[];

  beforeAll(async () => {
    view = await smallAssessment(2022);
    const cite = async (c: string, fields: Record<string, unknown>) => {
      const res = await office.request(EVIDENCE, {
        i: { assessmentId: view.id, criterionId: criterionId(view, c), ...fields },
      });
      expect(res.errors).toBeUndefined();
    };
    const pdf = Buffer.from('%PDF-1.4\n% Kế hoạch cải cách hành chính năm 2022\n%%EOF\n');
    for (const [c, bytes, type, number] of [
      ['1.1.1', pdf, 'application/pdf', '20/KH-SNN'],
      ['2.2', TINY_PNG, 'image/png', null],
    ] as const) {
      const id = randomUUID();
      expect((await office.upload(id, bytes, type)).status).toBe(201);
      uploads.set(id, bytes);
      await cite(c, { fileId: id, documentNumber: number, pointer: 'trang 1', note: 'Ảnh chụp bảng niêm yết TTHC' });
    }
    const [doc] = await t.sql<{ id: string }>(
      'select id from directive_document where year = 2022 order by number limit 1',
    );
    await cite('1.1.1', { recordKind: 'DIRECTIVE_DOCUMENT', recordId: doc?.id, pointer: 'mục I' });
    visits = await t.sql<{ id: string; findings: number }>(
      `select v.id, (select count(*) from finding f where f.visit_id = v.id)::int as findings from visit v
        join plan_line l on l.id = v.plan_line_id join inspection_plan p on p.id = l.plan_id
        where p.year = 2022 and v.status = 'APPROVED' order by v.visit_date, v.id limit 3`,
    );
    expect(visits).toHaveLength(3);
    const notice = await office.request(
      'mutation ($i: IssueConclusionNoticeInput!) { issueConclusionNotice(input: $i) { id } }',
      {
        i: {
          visitId: visits[0]?.id,
          number: '31/TB-SNN',
          issuedOn: '2022-12-20',
          strengths: 'Đơn vị chấp hành tốt giờ giấc làm việc.',
          reportDueOn: visits[0]?.findings ? '2023-01-31' : null,
          signerName: 'Hoàng Văn Minh',
        },
      },
    );
    expect(notice.errors).toBeUndefined();
    for (const v of visits) await cite('1.2', { recordKind: 'VISIT', recordId: v.id });
    const [plan] = await t.sql<{ id: string }>('select id from inspection_plan where year = 2022 limit 1');
    await cite('1.2', { recordKind: 'PLAN', recordId: plan?.id, pointer: 'Phụ lục' });
  });

  it('is built in the background with its progress, then holds exactly the files its manifest lists', async () => {
    const started = await leadership.request<{ startEvidencePack: PackView }>(START, { y: 2022 });
    expect(started.errors).toBeUndefined();
    const first = started.data?.startEvidencePack as PackView;
    expect(['QUEUED', 'RUNNING']).toContain(first.status);
    expect(first.downloadUrl).toBeNull();
    const seen: PackView['progress'][] = [];
    const pack = await finished(leadership, first.id, seen);
    expect([pack.status, pack.errorCode]).toEqual(['DONE', null]);
    // 2 uploads, 1 document's listing, 3 visits' minutes (the first with its notice), 1 plan's listing, the manifest.
    expect(pack.progress).toEqual({ done: 9, total: 9 });
    expect(pack.files).toBe(9);
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(p.total || p.done);

    const zip = await get(leadership, pack.downloadUrl ?? '');
    expect([zip.status, zip.type, zip.bytes.length]).toEqual([200, 'application/zip', pack.size]);
    const files = unzip(zip.bytes);
    const manifestBytes = files.get('danh-muc-tai-lieu-kiem-chung-2022.xlsx');
    if (!manifestBytes) throw new Error(`no manifest in ${[...files.keys()].join(', ')}`);
    const sheet = await sheetOf(manifestBytes);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...MANIFEST_COLUMNS]);
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    const listed = rows.map((r) => String(r[8]));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...files.keys()].filter((name) => !name.endsWith('.xlsx') || name.includes('/')).sort()).toEqual(
      [...listed].sort(),
    );
    for (const r of rows) {
      const bytes = files.get(String(r[8])) as Buffer;
      expect([r[9], r[10]], String(r[8])).toEqual([bytes.length, sha(bytes)]);
    }
    expect(listed).toEqual([
      '1.1.1/1.1.1_01_20-kh-snn.pdf',
      expect.stringMatching(/^1\.1\.1\/1\.1\.1_02_van-ban-.+\.txt$/),
      expect.stringMatching(/^1\.2\/1\.2_01_bien-ban-cuoc-kiem-tra-.+\.docx$/),
      '1.2/1.2_02_thong-bao-ket-luan-31-tb-snn.docx',
      expect.stringMatching(/^1\.2\/1\.2_03_bien-ban-.+\.docx$/),
      expect.stringMatching(/^1\.2\/1\.2_04_bien-ban-.+\.docx$/),
      expect.stringMatching(/^1\.2\/1\.2_05_ke-hoach-.+\.txt$/),
      '2.2/2.2_01_anh-chup-bang-niem-yet-tthc.png',
    ]);
    // The uploads come back byte for byte.
    const byPath = new Map(rows.map((r) => [String(r[8]), r]));
    expect(sha(files.get('1.1.1/1.1.1_01_20-kh-snn.pdf') as Buffer)).toBe(sha([...uploads.values()][0] as Buffer));
    expect((files.get('2.2/2.2_01_anh-chup-bang-niem-yet-tthc.png') as Buffer).equals(TINY_PNG)).toBe(true);
    expect(byPath.get('1.1.1/1.1.1_01_20-kh-snn.pdf')?.slice(1, 8)).toEqual([
      '1.1.1',
      'Ban hành kế hoạch đúng thời hạn',
      '20/KH-SNN',
      '20/KH-SNN',
      undefined,
      undefined,
      'trang 1',
    ]);
    const notice = byPath.get('1.2/1.2_02_thong-bao-ket-luan-31-tb-snn.docx') ?? [];
    expect([notice[4], (notice[5] as Date).toISOString().slice(0, 10)]).toEqual(['31/TB-SNN', '2022-12-20']);
    // The rendered documents and listings say what they are, in Vietnamese.
    const minutes = docxText(files.get(listed[2] as string) as Buffer).text;
    expect(minutes).toContain('BIÊN BẢN');
    expect(docxText(files.get(listed[3] as string) as Buffer).text).toContain('Số: 31/TB-SNN');
    const listing = (files.get(listed[1] as string) as Buffer).toString('utf8');
    expect(listing.charCodeAt(0)).toBe(0xfeff);
    expect(listing).toContain('Tài liệu kiểm chứng của tiêu chí 1.1.1: Ban hành kế hoạch đúng thời hạn');
    expect(listing).toContain('Trang, mục: mục I');

    // Another instance of the deployment answers for the same pack, and serves the same bytes.
    const second = await (await t.startSecondInstance()).as('lanhdao');
    const there = await finished(second, pack.id);
    expect([there.status, there.progress]).toEqual(['DONE', pack.progress]);
    const again = await fetch(`${second.url}${pack.downloadUrl}`, { headers: { cookie: second.cookie ?? '' } });
    expect(sha(Buffer.from(await again.arrayBuffer()))).toBe(sha(zip.bytes));

    const trail = await t.sql<{ n: string }>(
      `select count(*) as n from audit_entry where entity_id = ? and action = 'BUILD_EVIDENCE_PACK'`,
      [view.id],
    );
    expect(Number(trail[0]?.n)).toBe(1);
  });

  it('answers for a pack not done yet, not found, or whose uploaded file is gone', async () => {
    const early = await office.request<{ startEvidencePack: PackView }>(START, { y: 2022 });
    const id = early.data?.startEvidencePack.id as string;
    await t.sql(`update evidence_pack set status = 'RUNNING' where id = ?`, [id]);
    const notReady = await get(office, `/api/evidence-packs/${id}.zip`);
    expect([notReady.status, JSON.parse(notReady.bytes.toString()).code]).toEqual([409, 'EVIDENCE_PACK_NOT_READY']);
    // Asked again while it is being built: the same pack.
    expect((await office.request<{ startEvidencePack: PackView }>(START, { y: 2022 })).data?.startEvidencePack.id).toBe(
      id,
    );
    await t.sql(`update evidence_pack set status = 'FAILED' where id = ?`, [id]);

    expect((await get(office, `/api/evidence-packs/${randomUUID()}.zip`)).status).toBe(404);
    expect(code(await office.request(PACK, { id: randomUUID() }))).toBe('EVIDENCE_PACK_NOT_FOUND');
    expect(code(await office.request(START, { y: 2019 }))).toBe('SELF_ASSESSMENT_NOT_FOUND');

    await t.sql('delete from file_blob where file_id = ?', [[...uploads.keys()][1]]);
    const broken = await office.request<{ startEvidencePack: PackView }>(START, { y: 2022 });
    const failed = await finished(office, broken.data?.startEvidencePack.id as string);
    expect([failed.status, failed.errorCode, failed.downloadUrl]).toEqual([
      'FAILED',
      'EVIDENCE_PACK_FILE_MISSING',
      null,
    ]);
    expect(failed.errorMessage).toContain('tiêu chí 2.2');
    const pieces = await t.sql<{ n: string }>('select count(*) as n from evidence_pack_piece where pack_id = ?', [
      failed.id,
    ]);
    expect(Number(pieces[0]?.n)).toBe(0);
  });

  it('deletes packs older than a week, with their pieces, in the cleanup job', async () => {
    const [done] = await t.sql<{ id: string }>(`select id from evidence_pack where status = 'DONE' limit 1`);
    const pieces = async () =>
      Number(
        (await t.sql<{ n: string }>('select count(*) as n from evidence_pack_piece where pack_id = ?', [done?.id]))[0]
          ?.n,
      );
    expect(await pieces()).toBeGreaterThan(0);
    await t.sql(`update evidence_pack set created_at = now() - interval '8 days' where id = ?`, [done?.id]);
    await t.app.jobs.runNow('evidence-packs-cleanup');
    expect(await t.sql('select id from evidence_pack where id = ?', [done?.id])).toEqual([]);
    expect(await pieces()).toBe(0);
    expect((await t.sql('select id from evidence_pack')).length).toBeGreaterThan(0);
  });
});
