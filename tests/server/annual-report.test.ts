import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, pdfText, pdfTool } from '../helpers/documents.js';
import { type GraphQLCaller, startTestApp, TEST_SECRET, type TestApp } from '../helpers/test-app.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../server/dist/cli.js');

const DRAFT_FIELDS =
  'id year basis sipasTasks parTasks strengths weaknesses directions signerName issuedNumber issuedOn version';
const DRAFT = `query ($year: Int!) { annualReportDraft(year: $year) { ${DRAFT_FIELDS} } }`;
const SAVE = `mutation ($i: SaveAnnualReportDraftInput!) { saveAnnualReportDraft(input: $i) { ${DRAFT_FIELDS} } }`;
const START = `mutation ($year: Int!, $from: Int!) { startAnnualReportDraftFromYear(year: $year, fromYear: $from) { ${DRAFT_FIELDS} } }`;
const ISSUE = `mutation ($year: Int!, $n: Int!, $d: LocalDate!) { issueAnnualReport(year: $year, number: $n, date: $d) { ${DRAFT_FIELDS} } }`;

interface Draft {
  id: string;
  year: number;
  strengths: string;
  weaknesses: string;
  directions: string;
  sipasTasks: string | null;
  signerName: string | null;
  issuedNumber: number | null;
  issuedOn: string | null;
  version: number;
}

const NARRATIVE_2020 = {
  year: 2020,
  strengths: 'Ưu điểm năm trước: công khai đầy đủ thủ tục hành chính.',
  weaknesses: 'Hồ sơ trực tuyến còn ít.\nDịch bệnh ảnh hưởng đến công tác cải cách hành chính.',
  directions: '1. Tiếp tục triển khai Kế hoạch số 167/KH-UBND.\n2. Siết chặt kỷ luật, kỷ cương hành chính.',
  sipasTasks: 'Thực hiện nghiêm túc việc công khai xin lỗi tổ chức, cá nhân khi giải quyết TTHC quá hạn.',
  signerName: 'Nguyễn Phúc Đạt',
};

let t: TestApp;
let office: GraphQLCaller;
let leadership: GraphQLCaller;
let inspector: GraphQLCaller;

async function get(caller: GraphQLCaller | null, url: string) {
  const headers: Record<string, string> = {};
  if (caller?.cookie) headers.cookie = caller.cookie;
  const res = await fetch(`${t.url}${url}`, { headers });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, bytes, type: res.headers.get('content-type') };
}

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

/** Text of the report in both formats: the docx body with its footnotes, and the PDF. */
async function reportTexts(caller: GraphQLCaller, year: number) {
  const docx = await get(caller, `/api/annual-reports/${year}.docx`);
  const pdf = await get(caller, `/api/annual-reports/${year}.pdf`);
  expect(docx.status).toBe(200);
  expect(pdf.status).toBe(200);
  const word = docxText(docx.bytes);
  const footnotes = (word.files.get('word/footnotes.xml')?.toString('utf8') ?? '').replace(/<[^>]+>/g, ' ');
  return {
    docx: word.text.replace(/\s+/g, ' '),
    footnotes: footnotes.replace(/\s+/g, ' '),
    xml: word.xml,
    pdf: pdfText(pdf.bytes),
    pdfBytes: pdf.bytes,
    docxBytes: docx.bytes,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  leadership = await t.as('lanhdao');
  inspector = await t.as('kiemtra');
});
afterAll(() => t?.close());

describe('the 2021 report from the demo data', () => {
  it('states every figure of the seed, computed exactly, in the Word file and in the PDF', async () => {
    const { docx, pdf, footnotes } = await reportTexts(office, 2021);
    for (const text of [docx, pdf]) {
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain(
        'Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ số cải cách hành chính (PAR INDEX) năm 2021',
      );
      expect(text).toContain('toàn bộ 91 TTHC');
      expect(text).toMatch(/bưu chính công ích: 89\/91 TTHC \(97,8%\)/);
      expect(text).toMatch(/dịch vụ công trực tuyến: 80\/91 TTHC \(87,91%\)/);
      expect(text).toContain(
        '07 TTHC thuộc thẩm quyền giải quyết của ngành, cắt giảm 99 ngày thực hiện, đạt tỷ lệ 33,11%',
      );
      expect(text).toContain(
        '01 TTHC thuộc thẩm quyền giải quyết của huyện, cắt giảm 01 ngày thực hiện, đạt tỷ lệ 16,67%',
      );
      expect(text).toMatch(/ban hành 08 Kế hoạch¹?, 17 công văn/);
      expect(text).toContain('kiểm tra 100% các đơn vị trực thuộc');
      for (const heading of [
        'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
        'II. KẾT QUẢ THỰC HIỆN',
        'III. ĐÁNH GIÁ CHUNG',
        'IV. PHƯƠNG HƯỚNG',
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).toContain('Nơi nhận:');
      expect(text).toContain('KT. GIÁM ĐỐC');
      expect(text).not.toContain('87%');
    }
    // The documents counted are listed in the footnotes, in Word's own and at the foot of the PDF (where
    // pdfkit wraps long lines after a "/" or "-" of a number, which pdftotext then joins or spaces).
    const loose = (text: string) => text.replace(/[\s-]/g, '');
    for (const reference of ['Kế hoạch số 80/KH-SNN ngày 12/08/2021', 'Công văn số 2187/SNN-VP ngày 12/11/2021']) {
      expect(footnotes).toContain(reference);
      expect(loose(pdf)).toContain(loose(reference));
    }
  });

  it('states the SIPAS and PAR INDEX results with their change from the year before, and what the inspections found', async () => {
    const { docx, pdf } = await reportTexts(leadership, 2021);
    // The demo's scores (demo-registers.ts): SIPAS is the mean of its five elements, PAR INDEX the sum of
    // its eight fields. 2021: (85,3 + 84,2 + 83,9 + 82,7 + 80,4) / 5 = 83,3; 2020: 402,1 / 5 = 80,42.
    // PAR INDEX 2021: 85,85 points; 2020: 81,45.
    const found = await leadership.request<{
      rollup: {
        compliance: { total: { passedPoints: number; applicablePoints: number } };
        findings: { total: { total: number } };
      };
    }>(
      `query ($year: Int!) { rollup(year: $year) { compliance { total { passedPoints applicablePoints } } findings { total { total } } } }`,
      { year: 2021 },
    );
    const total = found.data?.rollup.compliance.total;
    if (!total) throw new Error(JSON.stringify(found.errors));
    const share = `${(Math.round((total.passedPoints / total.applicablePoints) * 10_000) / 100).toString().replace('.', ',')}%`;
    const findings = String(found.data?.rollup.findings.total.total).padStart(2, '0');
    for (const text of [docx, pdf]) {
      expect(text).toContain(
        'Kết quả Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2021 của Sở Nông nghiệp và Phát triển nông thôn đạt 83,3%, xếp thứ 5; tăng 2,88 điểm phần trăm so với năm 2020 (80,42%).',
      );
      expect(text).toContain(
        'Kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2021 của Sở Nông nghiệp và Phát triển nông thôn đạt 85,85 điểm, xếp thứ 6; tăng 4,4 điểm so với năm 2020 (81,45 điểm).',
      );
      expect(text).toContain(`Qua kiểm tra, tỷ lệ tiêu chí đạt yêu cầu là ${share}`);
      expect(text).toContain(`phát hiện ${findings} tồn tại, hạn chế`);
      expect(text).not.toContain('năm 2022');
    }
  });

  it('is an A4 Times New Roman Word file with real footnotes, and a PDF with its fonts embedded', async () => {
    const { xml, pdfBytes } = await reportTexts(leadership, 2021);
    expect(xml).toContain('w:footnoteReference');
    expect(xml).toContain('Times New Roman');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(pdfTool('pdffonts', pdfBytes)).toMatch(/DejaVuSerif/);
  });
});

const PREVIEW = 'query ($year: Int!) { annualReportPreview(year: $year) }';
const PROCEDURE = `mutation ($i: AdministrativeProcedureInput!) { createAdministrativeProcedure(input: $i) { id } }`;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_m, name: string) => ENTITIES[name] ?? '');
/** Non-empty paragraphs of Word XML, in document order. */
const wordParagraphs = (xml: string) =>
  xml
    .split('</w:p>')
    .map((p) => decode(p.replace(/<[^>]+>/g, '')).trim())
    .filter(Boolean);
/** Non-empty paragraphs and headings of the preview, footnote marks left out (Word keeps them apart). */
const htmlParagraphs = (html: string) =>
  [...html.replace(/<sup class="doc-footnote-mark">\d+<\/sup>/g, '').matchAll(/<(p|h2)\b[^>]*>(.*?)<\/\1>/g)]
    .map((m) => decode((m[2] ?? '').replace(/<[^>]+>/g, '')).trim())
    .filter(Boolean);

async function preview(caller: GraphQLCaller, year: number): Promise<string> {
  const res = await caller.request<{ annualReportPreview: string }>(PREVIEW, { year });
  expect(res.errors).toBeUndefined();
  return res.data?.annualReportPreview ?? '';
}

describe('the report says what the year’s data says (issue 15)', () => {
  it('a year without its own SIPAS / PAR INDEX, TTHC catalogue or plan says so, and names no earlier result as its own', async () => {
    const { docx, pdf } = await reportTexts(office, 2023);
    for (const text of [docx, pdf]) {
      expect(text).toContain(
        'Kết quả Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 của Sở Nông nghiệp và Phát triển nông thôn: chưa có kết quả. Kết quả các năm trước: năm 2020: 80,42%; năm 2021: 83,3%;',
      );
      expect(text).toContain(
        'Kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của Sở Nông nghiệp và Phát triển nông thôn: chưa có kết quả. Kết quả các năm trước: năm 2020: 81,45 điểm; năm 2021: 85,85 điểm;',
      );
      expect(text).not.toMatch(/năm 202[0-2] của Sở Nông nghiệp và Phát triển nông thôn đạt/);
      expect(text).not.toMatch(/toàn bộ 0 TTHC|\/0 TTHC/);
      expect(text).toContain('Danh mục TTHC năm 2023 của Sở Nông nghiệp và Phát triển nông thôn chưa được cập nhật');
      expect(text).not.toMatch(/đã ban hành (kế hoạch|Kế hoạch|Quyết định)/);
      expect(text).toContain(
        'Trong năm 2023, chưa ghi nhận kế hoạch kiểm tra, quyết định thành lập đoàn kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính.',
      );
      expect(text).not.toContain('Tổ chức kiểm tra');
    }
  });

  it('2021 cites its plan and team decision, opens with the seed’s numbering, the online split and the share fixed on time', async () => {
    const { docx, pdf } = await reportTexts(office, 2021);
    const figures = await office.request<{ tthcFigures: { onlineFull: number; onlinePartial: number } }>(
      'query { tthcFigures(year: 2021) { onlineFull onlinePartial } }',
    );
    const split = figures.data?.tthcFigures;
    if (!split) throw new Error(JSON.stringify(figures.errors));
    const parts = [
      split.onlineFull ? `${split.onlineFull} TTHC trực tuyến toàn trình` : null,
      split.onlinePartial ? `${split.onlinePartial} TTHC trực tuyến một phần` : null,
    ].filter(Boolean);
    for (const text of [docx, pdf]) {
      expect(text).toContain(
        'đã ban hành Kế hoạch số 45/KH-SNN ngày 15/03/2021 về kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính và Quyết định số 52/QĐ-SNN ngày 10/03/2021 thành lập đoàn kiểm tra.',
      );
      expect(text).toContain(`dịch vụ công trực tuyến: 80/91 TTHC (87,91%), trong đó ${parts.join(', ')}.`);
      expect(text).toMatch(/Tỷ lệ tồn tại, hạn chế được khắc phục đúng hạn: \d+\/\d+ \(\d+(,\d+)?%\)\./);
      expect(text).toContain(
        'II. KẾT QUẢ THỰC HIỆN 1. Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao chỉ số hài lòng về sự phục vụ hành chính (SIPAS) a) Chỉ đạo đăng tải',
      );
      expect(text).toContain(
        '2. Kết quả thực hiện các nhiệm vụ, giải pháp nâng cao chỉ số cải cách hành chính (PAR INDEX) a) Kết quả Chỉ số cải cách hành chính',
      );
    }
  });

  it('lists the findings overdue at the year’s end under their count, by unit', async () => {
    const [root] = await t.sql<{ id: string }>('select id from unit where parent_id is null order by code limit 1');
    const records = await office.request<{ rollupRecords: { unitName: string; label: string }[] }>(
      'query ($root: ID) { rollupRecords(year: 2022, rootUnitId: $root, figure: FINDINGS_OVERDUE) { unitName label } }',
      { root: root?.id },
    );
    const overdue = records.data?.rollupRecords ?? [];
    expect(overdue.length).toBeGreaterThan(0);
    const { docx, footnotes } = await reportTexts(office, 2022);
    expect(docx).toContain(`${String(overdue.length).padStart(2, '0')} quá hạn chưa khắc phục`);
    expect(footnotes).toContain('Tồn tại, hạn chế quá hạn chưa khắc phục:');
    for (const finding of overdue) {
      expect(footnotes).toContain(`${finding.unitName}:`);
      expect(footnotes).toContain(`“${finding.label.replace(/[.;,]+$/, '').replace(/\s+/g, ' ')}”`);
    }
  });

  it('prints the time cuts at xã level beside the other levels', async () => {
    const base = { year: 2024, mechanism: 'MOT_CUA', onlineService: 'TOAN_TRINH', publicPostal: true };
    for (const procedure of [
      { ...base, code: 'XA-01', name: 'Thủ tục cấp xã một', level: 'XA', legalDays: 10, daysCut: 2 },
      { ...base, code: 'XA-02', name: 'Thủ tục cấp xã hai', level: 'XA', legalDays: 5, daysCut: 1 },
      { ...base, code: 'T-01', name: 'Thủ tục cấp tỉnh', level: 'TINH', legalDays: 20, daysCut: 5 },
    ]) {
      const created = await office.request(PROCEDURE, { i: procedure });
      expect(created.errors).toBeUndefined();
    }
    const { docx, pdf } = await reportTexts(office, 2024);
    for (const text of [docx, pdf]) {
      expect(text).toContain(
        'rà soát: 01 TTHC thuộc thẩm quyền giải quyết của ngành, cắt giảm 05 ngày thực hiện, đạt tỷ lệ 25%; 02 TTHC thuộc thẩm quyền giải quyết của xã, cắt giảm 03 ngày thực hiện, đạt tỷ lệ 20%.',
      );
      expect(text).toContain('toàn bộ 3 TTHC');
    }
  });

  it('the preview on screen is the .docx text, paragraph by paragraph, footnotes alike; read as the files are', async () => {
    for (const year of [2021, 2022]) {
      const html = await preview(leadership, year);
      const { xml, docxBytes } = await reportTexts(leadership, year);
      const [body, notes = ''] = html.split('<section class="doc-footnotes">');
      expect(htmlParagraphs(body ?? '')).toEqual(wordParagraphs(xml));
      const wordNotes = docxText(docxBytes).files.get('word/footnotes.xml')?.toString('utf8') ?? '';
      expect(htmlParagraphs(notes).map((p) => p.replace(/^\d+ /, ''))).toEqual(wordParagraphs(wordNotes));
      expect(htmlParagraphs(notes).length).toBeGreaterThan(0);
    }
    expect(code(await inspector.request(PREVIEW, { year: 2021 }))).toBe('FORBIDDEN');
    expect(code(await office.request(PREVIEW, { year: 1900 }))).toBe('ANNUAL_REPORT_YEAR_INVALID');
  });
});

describe('draft and issued report', () => {
  it('a draft leaves the number and the day blank; an issued one carries them', async () => {
    const draft = await reportTexts(office, 2021);
    for (const text of [draft.docx, draft.pdf]) {
      expect(text).toMatch(/Số: \/BC-SNN/);
      // As the seed's draft: only the day is blank; the month is the one the report is made in (here after
      // the year, so December of it).
      expect(text).toMatch(/Lạng Sơn, ngày tháng 12 năm 2021/);
    }
    const saved = await office.request<{ saveAnnualReportDraft: Draft }>(SAVE, {
      i: { ...NARRATIVE_2020, year: 2021 },
    });
    expect(saved.errors).toBeUndefined();
    const issued = await office.request<{ issueAnnualReport: Draft }>(ISSUE, { year: 2021, n: 215, d: '2021-11-25' });
    expect(issued.errors).toBeUndefined();
    expect(issued.data?.issueAnnualReport).toMatchObject({ issuedNumber: 215, issuedOn: '2021-11-25' });
    const final = await reportTexts(office, 2021);
    for (const text of [final.docx, final.pdf]) {
      expect(text).toContain('Số: 215/BC-SNN');
      expect(text).toContain('Lạng Sơn, ngày 25 tháng 11 năm 2021');
      expect(text).toContain('Nguyễn Phúc Đạt');
      expect(text).toContain('Hồ sơ trực tuyến còn ít.');
    }
    // Issued is final: no second number, no edits.
    expect(code(await office.request(ISSUE, { year: 2021, n: 216, d: '2021-11-26' }))).toBe(
      'ANNUAL_REPORT_ALREADY_ISSUED',
    );
    const version = issued.data?.issueAnnualReport.version;
    expect(code(await office.request(SAVE, { i: { ...NARRATIVE_2020, year: 2021, version } }))).toBe(
      'ANNUAL_REPORT_ALREADY_ISSUED',
    );
    const audit = await t.sql<{ action: string }>(
      'select action from audit_entry where entity_type = ? and entity_id = ? order by at, id',
      ['AnnualReportDraft', saved.data?.saveAnnualReportDraft.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'ISSUE']);
  });

  it('refuses a bad number or date, and issuing before a draft exists, with Vietnamese messages', async () => {
    const bad = await office.request(ISSUE, { year: 2019, n: 0, d: '2019-11-25' });
    expect(code(bad)).toBe('ANNUAL_REPORT_NUMBER_INVALID');
    expect(bad.errors?.[0]?.message).toMatch(/Số báo cáo/);
    expect(code(await office.request(ISSUE, { year: 2019, n: 5, d: '2025-01-02' }))).toBe('ANNUAL_REPORT_DATE_INVALID');
    expect(code(await office.request(ISSUE, { year: 2019, n: 5, d: '2019-12-30' }))).toBe(
      'ANNUAL_REPORT_DRAFT_NOT_FOUND',
    );
  });
});

describe('narrative per year', () => {
  it('is saved, edited with its version, and copied to the next year', async () => {
    const first = await office.request<{ saveAnnualReportDraft: Draft }>(SAVE, { i: NARRATIVE_2020 });
    expect(first.errors).toBeUndefined();
    const saved = first.data?.saveAnnualReportDraft;
    expect(saved).toMatchObject({ year: 2020, strengths: NARRATIVE_2020.strengths, issuedNumber: null });

    // A second first save, or a stale version, is a conflict.
    expect(code(await office.request(SAVE, { i: NARRATIVE_2020 }))).toBe('ANNUAL_REPORT_VERSION_CONFLICT');
    const edited = await office.request<{ saveAnnualReportDraft: Draft }>(SAVE, {
      i: { ...NARRATIVE_2020, strengths: 'Ưu điểm đã sửa.', version: saved?.version },
    });
    expect(edited.data?.saveAnnualReportDraft.strengths).toBe('Ưu điểm đã sửa.');
    expect(code(await office.request(SAVE, { i: { ...NARRATIVE_2020, version: saved?.version } }))).toBe(
      'ANNUAL_REPORT_VERSION_CONFLICT',
    );

    const read = await leadership.request<{ annualReportDraft: Draft | null }>(DRAFT, { year: 2020 });
    expect(read.data?.annualReportDraft?.strengths).toBe('Ưu điểm đã sửa.');

    const copied = await office.request<{ startAnnualReportDraftFromYear: Draft }>(START, { year: 2022, from: 2020 });
    expect(copied.errors).toBeUndefined();
    expect(copied.data?.startAnnualReportDraftFromYear).toMatchObject({
      year: 2022,
      strengths: 'Ưu điểm đã sửa.',
      weaknesses: NARRATIVE_2020.weaknesses,
      directions: NARRATIVE_2020.directions,
      sipasTasks: NARRATIVE_2020.sipasTasks,
      issuedNumber: null,
      issuedOn: null,
    });
    expect(code(await office.request(START, { year: 2022, from: 2020 }))).toBe('ANNUAL_REPORT_DRAFT_EXISTS');
    expect(code(await office.request(START, { year: 2023, from: 2018 }))).toBe('ANNUAL_REPORT_DRAFT_NOT_FOUND');

    // The copied narrative is what the 2022 report says, under the 2022 figures.
    const report = await reportTexts(leadership, 2022);
    for (const text of [report.docx, report.pdf]) {
      expect(text).toContain('Ưu điểm đã sửa.');
      expect(text).toContain('Dịch bệnh ảnh hưởng đến công tác cải cách hành chính.');
      expect(text).toContain(NARRATIVE_2020.sipasTasks);
      expect(text).toContain('năm 2022');
    }
  });

  it('is read by leadership but written only by the office; an inspector gets neither draft nor report', async () => {
    expect(code(await leadership.request(SAVE, { i: { ...NARRATIVE_2020, year: 2024 } }))).toBe('FORBIDDEN');
    expect(code(await inspector.request(DRAFT, { year: 2021 }))).toBe('FORBIDDEN');
    expect((await get(inspector, '/api/annual-reports/2021.docx')).status).toBe(403);
    expect((await get(inspector, '/api/annual-reports/2021.pdf')).status).toBe(403);
    expect((await get(null, '/api/annual-reports/2021.pdf')).status).toBe(401);
    expect((await get(office, '/api/annual-reports/1900.pdf')).status).toBe(400);
  });
});

describe('command line', () => {
  it('`cli report annual` writes the same report from the database as the server serves', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-cli-'));
    try {
      const served = await reportTexts(office, 2022);
      const docxFile = path.join(dir, 'report.docx');
      const pdfFile = path.join(dir, 'report.pdf');
      const env = { ...process.env, DATABASE_URL: t.app.database.url, DATA_DIR: dir, SESSION_SECRET: TEST_SECRET };
      // The embedded PGlite serves only the app's few connections: the app lets go of them while the command
      // runs, as docs/product.md asks of anyone running it on the app's own data folder.
      await t.app.orm.close();
      try {
        for (const out of [docxFile, pdfFile]) {
          const { stdout } = await run('node', [CLI, 'report', 'annual', '--year', '2022', '--out', out], { env });
          expect(stdout).toContain('wrote');
        }
      } finally {
        await t.restart();
      }
      expect(docxText(readFileSync(docxFile)).text.replace(/\s+/g, ' ')).toBe(served.docx);
      expect(pdfText(readFileSync(pdfFile))).toBe(served.pdf);

      const usage = await run('node', [CLI, 'report', 'annual', '--year', '2022', '--out', 'x.txt'], { env }).catch(
        (err: { code: number; stderr: string }) => err,
      );
      expect(usage).toMatchObject({ code: 2 });
      expect((usage as { stderr: string }).stderr).toContain('usage: pnpm cli report annual');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
