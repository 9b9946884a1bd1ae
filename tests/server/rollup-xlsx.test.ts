import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR } from '../helpers/demo.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let office: GraphQLCaller;
beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
});
afterAll(() => t?.close());

const FIGURE = 'key label groupCode passed failed notApplicable passedPoints applicablePoints ratio';
const FINDING = 'groupCode groupTitle severity total fixedOnTime fixedLate overdue open repeat';
const ROLLUP = `query ($year: Int!, $root: ID) {
  rollup(year: $year, rootUnitId: $root) {
    year asOf repeatFindings
    coverage { inScope inspected ratio unitsNotInspected { id code name } }
    compliance { total { ${FIGURE} } byGroup { ${FIGURE} } byItem { ${FIGURE} } byUnit { ${FIGURE} } }
    findings { total { ${FINDING} } byGroupAndSeverity { ${FINDING} } }
    documents { type count }
    tthc { total oneStop interconnected online onlineFull onlinePartial publicPostal
      levels { level procedures reviewed daysCut legalDays cutShare } }
    indexTrend { year index totalScore rank }
    warnings { code message }
  }
}`;
const RECORDS = `query ($year: Int!, $root: ID, $figure: RollupFigure!) {
  rollupRecords(year: $year, rootUnitId: $root, figure: $figure) { id unitName date label detail }
}`;

interface Figure {
  key: string;
  label: string;
  groupCode: string | null;
  passed: number;
  failed: number;
  notApplicable: number;
  passedPoints: number;
  applicablePoints: number;
  ratio: number | null;
}
interface FindingFigure {
  groupTitle: string;
  severity: string | null;
  total: number;
  fixedOnTime: number;
  fixedLate: number;
  overdue: number;
  open: number;
  repeat: number;
}
interface Rollup {
  year: number;
  asOf: string;
  repeatFindings: number;
  coverage: { inScope: number; inspected: number; ratio: number; unitsNotInspected: { code: string; name: string }[] };
  compliance: { total: Figure; byGroup: Figure[]; byItem: Figure[]; byUnit: Figure[] };
  findings: { total: FindingFigure; byGroupAndSeverity: FindingFigure[] };
  documents: { type: string; count: number }[];
  tthc: {
    total: number;
    oneStop: number;
    interconnected: number;
    online: number;
    onlineFull: number;
    onlinePartial: number;
    publicPostal: number;
    levels: { level: string; procedures: number; reviewed: number; daysCut: number; legalDays: number }[];
  };
  indexTrend: { year: number; index: string; totalScore: number; rank: number | null }[];
  warnings: { code: string; message: string }[];
}

async function rollup(year: number, root: string | null = null): Promise<Rollup> {
  const res = await office.request<{ rollup: Rollup }>(ROLLUP, { year, root });
  expect(res.errors).toBeUndefined();
  if (!res.data) throw new Error('no roll-up');
  return res.data.rollup;
}

async function records(year: number, figure: string, root: string | null = null) {
  const res = await office.request<{ rollupRecords: { label: string; unitName: string; date: string }[] }>(RECORDS, {
    year,
    root,
    figure,
  });
  expect(res.errors).toBeUndefined();
  return res.data?.rollupRecords ?? [];
}

async function download(caller: GraphQLCaller | null, path: string) {
  const headers: Record<string, string> = {};
  if (caller?.cookie) headers.cookie = caller.cookie;
  const res = await fetch(`${t.url}${path}`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

async function workbook(year: number, root: string | null = null): Promise<ExcelJS.Workbook> {
  const res = await download(office, `/api/rollup/${year}.xlsx${root ? `?unit=${root}` : ''}`);
  expect(res.status).toBe(200);
  expect(res.type).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.bytes as unknown as ArrayBuffer);
  return book;
}

type Cell = string | number | null;

/** The rows of the table whose header row starts with `header`, up to the first empty row. */
function table(book: ExcelJS.Workbook, sheetName: string, header: string): Cell[][] {
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet "${sheetName}"`);
  const values = (row: ExcelJS.Row): Cell[] => {
    const cells: Cell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? null : typeof v === 'number' ? v : String(v));
    }
    while (cells.length && cells[cells.length - 1] === null) cells.pop();
    return cells;
  };
  const rows: Cell[][] = [];
  let inTable = false;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells = values(sheet.getRow(r));
    if (!inTable) {
      inTable = cells[0] === header;
      continue;
    }
    if (cells.length === 0) break;
    rows.push(cells);
  }
  if (!inTable) throw new Error(`no table "${header}" on "${sheetName}"`);
  return rows;
}

const title = (book: ExcelJS.Workbook, sheetName: string) => String(book.getWorksheet(sheetName)?.getCell('A1').value);

const complianceRow = (f: Figure) => [
  f.passed,
  f.failed,
  f.notApplicable,
  f.passedPoints,
  f.applicablePoints,
  ...(f.ratio === null ? [] : [f.ratio]),
];

function expectSameFigures(book: ExcelJS.Workbook, r: Rollup): void {
  expect(table(book, 'Kiểm tra đơn vị', 'Chỉ tiêu')).toEqual([
    ['Đơn vị thuộc phạm vi', r.coverage.inScope],
    ['Đơn vị đã được kiểm tra', r.coverage.inspected],
    ['Đơn vị chưa được kiểm tra', r.coverage.unitsNotInspected.length],
    ['Tỷ lệ đơn vị được kiểm tra', r.coverage.ratio],
  ]);
  const missing = table(book, 'Kiểm tra đơn vị', 'Mã đơn vị');
  expect(missing).toEqual(r.coverage.unitsNotInspected.map((u) => [u.code, u.name]));

  expect(table(book, 'Đạt theo nhóm', 'Mã nhóm')).toEqual([
    ...r.compliance.byGroup.map((f) => [f.key, f.label, ...complianceRow(f)]),
    ['Tổng', 'Toàn bộ', ...complianceRow(r.compliance.total)],
  ]);
  expect(table(book, 'Đạt theo tiêu chí', 'Mã nhóm')).toEqual(
    r.compliance.byItem.map((f) => [f.groupCode, f.label, ...complianceRow(f)]),
  );
  expect(table(book, 'Đạt theo đơn vị', 'Đơn vị')).toEqual(
    r.compliance.byUnit.map((f) => [f.label, ...complianceRow(f)]),
  );

  const findings = table(book, 'Tồn tại', 'Nhóm tiêu chí');
  expect(findings).toHaveLength(r.findings.byGroupAndSeverity.length + 1);
  const severity: Record<string, string> = { LOW: 'Nhẹ', MEDIUM: 'Trung bình', HIGH: 'Nghiêm trọng' };
  for (const [i, f] of [...r.findings.byGroupAndSeverity, r.findings.total].entries()) {
    const row = findings[i] ?? [];
    expect(row[0]).toBe(f.severity ? f.groupTitle : 'Toàn bộ');
    expect(row[1]).toBe(f.severity ? severity[f.severity] : null);
    expect(row.slice(2, 8)).toEqual([f.total, f.fixedOnTime, f.fixedLate, f.overdue, f.open, f.repeat]);
  }
  expect(title(book, 'Tồn tại lặp lại')).toContain(`(${r.repeatFindings})`);

  const documents = table(book, 'Văn bản chỉ đạo', 'Loại văn bản');
  expect(documents.at(-1)).toEqual(['Tổng', r.documents.reduce((s, d) => s + d.count, 0)]);
  expect(documents.slice(0, -1).map((row) => row[1])).toEqual(r.documents.map((d) => d.count));

  const tthc = table(book, 'TTHC', 'Chỉ tiêu').map((row) => row.slice(0, 2));
  expect(tthc).toEqual([
    ['Tổng số TTHC', r.tthc.total],
    ['Thực hiện theo cơ chế một cửa', r.tthc.oneStop],
    ['Thực hiện theo cơ chế một cửa liên thông', r.tthc.interconnected],
    ['Dịch vụ công trực tuyến', r.tthc.online],
    ['— toàn trình', r.tthc.onlineFull],
    ['— một phần', r.tthc.onlinePartial],
    ['Qua dịch vụ bưu chính công ích', r.tthc.publicPostal],
  ]);
  expect(table(book, 'TTHC', 'Cấp').map((row) => row.slice(1, 5))).toEqual(
    r.tthc.levels.map((l) => [l.procedures, l.reviewed, l.legalDays, l.daysCut]),
  );
  expect(table(book, 'SIPAS - PAR INDEX', 'Năm')).toEqual(
    r.indexTrend.map((s) =>
      [s.year, s.index === 'SIPAS' ? 'SIPAS' : 'PAR INDEX', s.totalScore, s.rank].filter((v) => v !== null),
    ),
  );
}

describe('the roll-up as an Excel file', () => {
  it('has the 2021 figures of the GraphQL roll-up, with Vietnamese headers and a title naming year and scope', async () => {
    const [book, r] = await Promise.all([workbook(2021), rollup(2021)]);
    expect(book.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Kiểm tra đơn vị',
        'Đạt theo nhóm',
        'Đạt theo tiêu chí',
        'Đạt theo đơn vị',
        'Tồn tại',
        'Tồn tại lặp lại',
        'Tồn tại quá hạn',
        'Văn bản chỉ đạo',
        'TTHC',
        'SIPAS - PAR INDEX',
      ]),
    );
    expect(title(book, 'Kiểm tra đơn vị')).toBe(
      'Kiểm tra đơn vị · Năm 2021 · Phạm vi: Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn',
    );
    expect(String(book.getWorksheet('TTHC')?.getCell('A2').value)).toBe('Số liệu tính đến ngày 31/12/2021');
    expectSameFigures(book, r);
    // The seed's figures, as numbers with number formats (not text).
    const tthc = book.getWorksheet('TTHC');
    expect(tthc?.getCell('B5').value).toBe(91);
    expect(tthc?.getCell('B11').value).toBe(89);
    expect(tthc?.getCell('C11').value).toBeCloseTo(89 / 91, 10);
    expect(tthc?.getCell('C11').numFmt).toBe('0.00%');
    const plans = table(book, 'Văn bản chỉ đạo', 'Loại văn bản').find((row) => row[0] === 'Kế hoạch');
    expect(plans).toEqual(['Kế hoạch', 8]);
    expect(table(book, 'Văn bản chỉ đạo', 'Số, ký hiệu').map((row) => row[0])).toContain('80/KH-SNN');
    expect(book.getWorksheet('Kiểm tra đơn vị')?.getCell('B8').numFmt).toBe('0.00%');
  });

  it('has the current demo year with its gaps, and a sub-tree, the same as GraphQL', async () => {
    const year = DEMO_YEAR;
    const [book, r] = await Promise.all([workbook(year), rollup(year)]);
    expect(r.coverage.unitsNotInspected.length).toBeGreaterThan(0);
    expectSameFigures(book, r);

    const [forestry] = await t.sql<{ id: string }>(`select id from unit where code = 'CCKL'`);
    const root = forestry?.id ?? null;
    const [subBook, sub] = await Promise.all([workbook(2021, root), rollup(2021, root)]);
    expect(title(subBook, 'Đạt theo đơn vị')).toBe('Mức độ đạt theo đơn vị · Năm 2021 · Phạm vi: Chi cục Kiểm lâm');
    expect(sub.coverage.inScope).toBeLessThan((await rollup(2021)).coverage.inScope);
    expectSameFigures(subBook, sub);
  });

  it('lists the repeat and the overdue findings that GraphQL lists', async () => {
    // A 2020 visit with a finding on the item and unit of a 2021 finding makes that one a repeat; another
    // 2021 finding left open past its deadline is overdue.
    const [source] = await t.sql<{ id: string; visit_id: string }>(
      `select f.id, f.visit_id from finding f join visit v on v.id = f.visit_id
        where v.status = 'APPROVED' and extract(year from v.visit_date) = 2021 and f.item_id is not null
        order by f.id limit 1`,
    );
    const visit = randomUUID();
    await t.sql(
      `insert into visit (id, unit_id, team_id, status, visit_date, attendees, version, created_at, updated_at)
       select ?, unit_id, team_id, 'APPROVED', make_date(2020, 6, 15), '[]', 1, now(), now() from visit where id = ?`,
      [visit, source?.visit_id],
    );
    await t.sql(
      `insert into finding (id, visit_id, item_id, responsible_unit_id, group_title, severity, found_text, status, created_at)
       select ?, ?, item_id, responsible_unit_id, group_title, severity, 'Tồn tại năm 2020', 'CLOSED', now()
         from finding where id = ?`,
      [randomUUID(), visit, source?.id],
    );
    await t.sql(
      `update finding set status = 'OPEN', closed_at = null, deadline = make_date(2021, 6, 30)
        where id = (select f.id from finding f join visit v on v.id = f.visit_id
                     where v.status = 'APPROVED' and extract(year from v.visit_date) = 2021 and f.id <> ?
                     order by f.id desc limit 1)`,
      [source?.id],
    );
    const [book, r] = await Promise.all([workbook(2021), rollup(2021)]);
    expectSameFigures(book, r);
    const repeats = await records(2021, 'REPEAT_FINDINGS');
    expect(repeats.length).toBeGreaterThan(0);
    expect(r.repeatFindings).toBe(repeats.length);
    expect(table(book, 'Tồn tại lặp lại', 'Ngày kiểm tra').map((row) => [row[1], row[2]])).toEqual(
      repeats.map((x) => [x.unitName, x.label]),
    );
    expect(book.getWorksheet('Tồn tại lặp lại')?.getCell('A5').numFmt).toBe('dd/mm/yyyy');
    const firstDate = book.getWorksheet('Tồn tại lặp lại')?.getCell('A5').value;
    expect(firstDate).toBeInstanceOf(Date);
    expect((firstDate as Date).toISOString().slice(0, 10)).toBe(repeats[0]?.date);
    const overdue = await records(2021, 'FINDINGS_OVERDUE');
    expect(overdue.length).toBeGreaterThan(0);
    expect(table(book, 'Tồn tại quá hạn', 'Ngày kiểm tra').map((row) => [row[1], row[2]])).toEqual(
      overdue.map((x) => [x.unitName, x.label]),
    );
  });

  it('is refused to a unit head and an inspector (403 FORBIDDEN), to no one signed in (401), and for a bad scope', async () => {
    for (const username of ['thutruong', 'kiemtra']) {
      const caller = await t.as(username);
      const res = await download(caller, '/api/rollup/2021.xlsx');
      expect(res.status).toBe(403);
      expect(JSON.parse(res.bytes.toString('utf8'))).toMatchObject({ code: 'FORBIDDEN' });
    }
    const anonymous = await download(null, '/api/rollup/2021.xlsx');
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.bytes.toString('utf8')).code).toBe('UNAUTHENTICATED');
    const leadership = await download(await t.as('lanhdao'), '/api/rollup/2021.xlsx');
    expect(leadership.status).toBe(200);
    const unknown = await download(office, '/api/rollup/2021.xlsx?unit=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.bytes.toString('utf8')).code).toBe('UNIT_NOT_FOUND');
    const badYear = await download(office, '/api/rollup/1990.xlsx');
    expect(badYear.status).toBe(400);
    expect(JSON.parse(badYear.bytes.toString('utf8')).code).toBe('ROLLUP_YEAR_INVALID');
  });
});
