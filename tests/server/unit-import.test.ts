import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNIT_IMPORT_COLUMNS } from '../../server/src/features/units/unit-import-sheet.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * A restructure imported from Excel (issue 16, item 5): the preview names every bad row with its code,
 * nothing is recorded unless every row is good, and the rows are recorded in date order in one
 * transaction, each through the same code as recordUnitChange (its rules, moves and audit).
 */

interface Preview {
  rows: {
    row: number;
    order: number | null;
    kind: string | null;
    effectiveOn: string | null;
    outcome: {
      endedUnits: string[];
      unitsNow: string[];
      planLines: number;
      users: number;
      findings: number;
      successor: string | null;
    } | null;
    problems: { code: string; message: string }[];
  }[];
  problems: { row: number; code: string; message: string }[];
  counts: { changes: number; bad: number };
  code?: string;
  message?: string;
}

let t: TestApp;
let office: GraphQLCaller;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
async function xlsx(rows: unknown[][], header: readonly string[] = UNIT_IMPORT_COLUMNS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Thay đổi');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
async function post(caller: GraphQLCaller | null, path: string, body: Buffer) {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (caller?.cookie) headers.cookie = caller.cookie;
  const res = await fetch(`${t.url}${path}`, { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as Preview };
}
const count = async (sql: string) => Number((await t.sql<{ n: string }>(sql))[0]?.n);
/** What an import could change: the changes, the units' rows and versions, the audit trail. */
const fingerprint = async () =>
  t.sql(`select (select count(*) from unit_change) as changes, (select count(*) from unit_version) as versions,
    (select count(*) from unit) as units, (select count(*) from audit_entry) as audit,
    (select string_agg(code || ':' || name || ':' || coalesce(active_to::text, '-'), ',' order by code) from unit) as rows`);

beforeAll(async () => {
  // The organisation's changes are tested on the demo as it was before the 2025 reform (its units of 2021).
  t = await startTestApp({ SEED_DEMO_REFORM: 'false' });
  office = await t.as('vanphong');
});
afterAll(() => t?.close());

describe('a restructure imported from Excel', () => {
  it('offers a template with the header and an example row, which previews clean', async () => {
    const res = await fetch(`${t.url}/api/unit-changes/template.xlsx`, { headers: { cookie: office.cookie ?? '' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = Buffer.from(await res.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, ...UNIT_IMPORT_COLUMNS]);
    expect(sheet?.rowCount).toBe(2);
    const before = await fingerprint();
    const preview = await post(office, '/api/unit-changes/import-preview', bytes);
    expect(preview.status).toBe(200);
    expect(preview.body.problems).toEqual([]);
    expect(preview.body.rows[0]?.kind).toBe('MERGE');
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a bad file naming every bad row with its code, and saves nothing', async () => {
    const file = await xlsx([
      ['Đổi tên', 'TTKN', '', 'Trung tâm Khuyến nông tỉnh Lạng Sơn', '', '', '01/03/2025', '12/QĐ-UBND', '20/02/2025'],
      ['Đổi tên', 'KHONG-CO', '', 'Tên mới', '', '', '01/03/2025', '12/QĐ-UBND', '20/02/2025'],
      ['Sáp xếp', 'TTKN', '', '', '', '', '01/03/2025', '12/QĐ-UBND', '20/02/2025'],
      ['Giải thể', 'HKL-HL', '', '', '', '', '31/02/2025', '12/QĐ-UBND', '20/02/2025'],
      ['Giải thể', 'CCKL', '', '', '', '', '01/03/2025', '12/QĐ-UBND', '20/02/2025'],
      ['Chia tách', 'HKL-LB', 'HKL-LB1', 'Hạt Kiểm lâm Lộc Bình 1', '', '', '01/03/2025', '12/QĐ-UBND', '20/02/2025'],
    ]);
    const before = await fingerprint();
    const preview = await post(office, '/api/unit-changes/import-preview', file);
    expect(preview.status).toBe(200);
    expect(preview.body.counts).toEqual({ changes: 1, bad: 5 });
    expect(preview.body.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'UNIT_CODE_UNKNOWN'],
      [4, 'UNIT_IMPORT_KIND_UNKNOWN'],
      [5, 'UNIT_IMPORT_DATE_INVALID'],
      [6, 'UNIT_HAS_ACTIVE_CHILDREN'],
      [7, 'UNIT_IMPORT_ROW_INVALID'],
    ]);
    expect(preview.body.problems[0]?.message).toBe('Không có đơn vị nào mã "KHONG-CO".');
    expect(preview.body.problems[2]?.message).toContain('"31/02/2025" không đúng dạng ngày/tháng/năm');
    // The good row says what it would do.
    expect(preview.body.rows.find((r) => r.row === 2)?.outcome?.unitsNow).toEqual([
      'Trung tâm Khuyến nông tỉnh Lạng Sơn (TTKN)',
    ]);
    expect(await fingerprint()).toEqual(before);

    const refused = await post(office, '/api/unit-changes/import?confirmRehome=1', file);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('UNIT_IMPORT_INVALID');
    expect(refused.body.message).toBe('Tệp có 5 dòng chưa đúng; chưa ghi nhận thay đổi nào.');
    expect(await fingerprint()).toEqual(before);
  });

  it('refuses a file that is not the template, naming the columns', async () => {
    const file = await xlsx([['Hợp nhất', 'A', 'B']], ['Mã cũ', 'Mã mới']);
    const preview = await post(office, '/api/unit-changes/import-preview', file);
    expect(preview.body.problems[0]).toMatchObject({ row: 0, code: 'UNIT_IMPORT_INVALID' });
    expect(preview.body.problems[0]?.message).toContain('Loại thay đổi, Mã đơn vị cũ');
    const refused = await post(office, '/api/unit-changes/import', file);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('UNIT_IMPORT_INVALID');
  });

  it('is all or nothing: a later row that a rule refuses after an earlier one keeps both out', async () => {
    const file = await xlsx([
      // Dated later but listed first: the rows are recorded in date order.
      ['Đổi tên', 'HKL-BS', '', 'Hạt Kiểm lâm Bắc Sơn mới', '', '', day('2025-08-01'), '9/QĐ-UBND', day('2025-07-20')],
      ['Hợp nhất', 'HKL-BS', 'HKL-BG', '', '', '', day('2025-07-01'), '8/QĐ-UBND', day('2025-06-20')],
    ]);
    const before = await fingerprint();
    const preview = await post(office, '/api/unit-changes/import-preview', file);
    expect(preview.body.rows.map((r) => [r.row, r.order, r.problems.map((p) => p.code)])).toEqual([
      [2, null, ['UNIT_NOT_IN_FORCE']],
      [3, 1, []],
    ]);
    const refused = await post(office, '/api/unit-changes/import', file);
    expect(refused.status).toBe(400);
    expect((refused.body as { rows?: unknown }).rows).toEqual([
      { row: 2, code: 'UNIT_NOT_IN_FORCE', message: expect.stringContaining('01/08/2025') },
    ]);
    expect(await fingerprint()).toEqual(before);
    expect(await count("select count(*) as n from unit where code = 'HKL-BS' and active_to is null")).toBe(1);
  });

  it('records a valid file in date order, in one transaction, each change audited and its records moved', async () => {
    const file = await xlsx([
      ['Điều chuyển', 'HKL-KV1', '', '', '', 'SNN', '15/07/2025', '15/QĐ-UBND', '10/07/2025'],
      [
        'Chia tách',
        'HKL-TD',
        'HKL-TD1; HKL-TD2',
        'Hạt Kiểm lâm khu vực Tràng Định 1; Hạt Kiểm lâm khu vực Tràng Định 2',
        '',
        '',
        day('2025-07-01'),
        '14/QĐ-UBND',
        day('2025-06-25'),
      ],
      [
        'Hợp nhất',
        'HKL-VL, HKL-CL',
        'hkl-kv1',
        'Hạt Kiểm lâm khu vực I',
        'Hạt Kiểm lâm',
        '',
        '01/07/2025',
        '14/QĐ-UBND',
        '25/06/2025',
      ],
      ['Đổi tên', 'CCKL', '', 'Chi cục Kiểm lâm tỉnh Lạng Sơn', '', '', '01/03/2025', '13/QĐ-UBND', '20/02/2025'],
      ['Thành lập', '', 'PQLDD', 'Phòng Quản lý đất đai', 'Phòng', 'SNN', '01/03/2025', '13/QĐ-UBND', '20/02/2025'],
      ['Giải thể', 'PQLDD', '', '', '', '', '01/08/2025', '16/QĐ-UBND', '25/07/2025'],
      // The new code of a dissolution: the unit taking over its tasks and open records.
      ['Giải thể', 'CCTL', 'ttkn', '', '', '', '01/08/2025', '16/QĐ-UBND', '25/07/2025'],
    ]);
    const preview = await post(office, '/api/unit-changes/import-preview', file);
    expect(preview.body.problems).toEqual([]);
    // The rows in the file's order, each with its place in the recording order (by day, then by row).
    expect(preview.body.rows.map((r) => [r.row, r.order, r.kind, r.effectiveOn])).toEqual([
      [2, 5, 'MOVE', '2025-07-15'],
      [3, 3, 'SPLIT', '2025-07-01'],
      [4, 4, 'MERGE', '2025-07-01'],
      [5, 1, 'RENAME', '2025-03-01'],
      [6, 2, 'CREATE', '2025-03-01'],
      [7, 6, 'DISSOLVE', '2025-08-01'],
      [8, 7, 'DISSOLVE', '2025-08-01'],
    ]);
    const merge = preview.body.rows.find((r) => r.row === 4)?.outcome;
    expect(merge?.endedUnits).toEqual(['Hạt Kiểm lâm huyện Cao Lộc (HKL-CL)', 'Hạt Kiểm lâm huyện Văn Lãng (HKL-VL)']);
    expect(merge?.users).toBe(1);
    expect(merge?.successor).toBe('Hạt Kiểm lâm khu vực I (HKL-KV1)');
    // A dissolution without a receiving unit hands over to its parent; with one, to it.
    expect(preview.body.rows.find((r) => r.row === 7)?.outcome?.successor).toMatch(/\(SNN\)$/);
    expect(preview.body.rows.find((r) => r.row === 8)?.outcome).toMatchObject({
      endedUnits: [expect.stringMatching(/\(CCTL\)$/)],
      successor: expect.stringMatching(/\(TTKN\)$/),
      planLines: 1,
    });
    expect(await count('select count(*) as n from unit_change')).toBe(0);

    const auditBefore = await count('select count(*) as n from audit_entry');
    const done = await post(office, '/api/unit-changes/import?confirmRehome=1', file);
    expect(done.status).toBe(200);
    expect(done.body.counts).toEqual({ changes: 7, bad: 0 });
    expect(
      await t.sql(`select kind, effective_on::text as on, basis_number as basis from unit_change
        order by effective_on, created_at`),
    ).toEqual([
      { kind: 'RENAME', on: '2025-03-01', basis: '13/QĐ-UBND' },
      { kind: 'CREATE', on: '2025-03-01', basis: '13/QĐ-UBND' },
      { kind: 'SPLIT', on: '2025-07-01', basis: '14/QĐ-UBND' },
      { kind: 'MERGE', on: '2025-07-01', basis: '14/QĐ-UBND' },
      { kind: 'MOVE', on: '2025-07-15', basis: '15/QĐ-UBND' },
      { kind: 'DISSOLVE', on: '2025-08-01', basis: '16/QĐ-UBND' },
      { kind: 'DISSOLVE', on: '2025-08-01', basis: '16/QĐ-UBND' },
    ]);
    expect(
      await t.sql(`select u.code from plan_line l join unit u on u.id = l.unit_id
        join inspection_plan p on p.id = l.plan_id where p.year = 2026 and u.code in ('CCTL', 'TTKN')`),
    ).toEqual([{ code: 'TTKN' }]);
    expect(
      await t.sql(`select r.code from unit_change c join unit d on d.id = (c.event->>'unitId')::uuid
        join unit r on r.id = (c.event->>'receiverId')::uuid where c.kind = 'DISSOLVE' order by d.code`),
    ).toEqual([{ code: 'TTKN' }, { code: 'SNN' }]);
    const units = await t.sql<{ code: string; parent: string | null; active_to: string | null }>(
      `select u.code, p.code as parent, u.active_to::text from unit u left join unit p on p.id = u.parent_id
        where u.code in ('HKL-TD', 'HKL-TD1', 'HKL-TD2', 'HKL-KV1', 'HKL-VL', 'HKL-CL', 'PQLDD') order by u.code`,
    );
    expect(units).toEqual([
      { code: 'HKL-CL', parent: 'CCKL', active_to: '2025-06-30' },
      { code: 'HKL-KV1', parent: 'SNN', active_to: null },
      { code: 'HKL-TD', parent: 'CCKL', active_to: '2025-06-30' },
      { code: 'HKL-TD1', parent: 'CCKL', active_to: null },
      { code: 'HKL-TD2', parent: 'CCKL', active_to: null },
      { code: 'HKL-VL', parent: 'CCKL', active_to: '2025-06-30' },
      { code: 'PQLDD', parent: 'SNN', active_to: '2025-07-31' },
    ]);
    // The unit head of HKL-CL now belongs to its successor; the split's first new unit took the plan line.
    expect(
      await t.sql(`select u.code from app_user a join unit u on u.id = a.unit_id where a.username = 'thutruong'`),
    ).toEqual([{ code: 'HKL-KV1' }]);
    expect(
      await count(`select count(*) as n from plan_line l join unit u on u.id = l.unit_id where u.code = 'HKL-TD1'`),
    ).toBe(1);
    const audited = await t.sql<{ action: string }>(
      `select action from audit_entry where action like 'CHANGE_%' order by action`,
    );
    expect(new Set(audited.map((a) => a.action))).toEqual(
      new Set(['CHANGE_RENAME', 'CHANGE_CREATE', 'CHANGE_SPLIT', 'CHANGE_MERGE', 'CHANGE_MOVE', 'CHANGE_DISSOLVE']),
    );
    expect(await count('select count(*) as n from audit_entry')).toBeGreaterThan(auditBefore + 6);
  });

  it('reads a dissolution’s receiving unit from the new code column and refuses a wrong one with its code', async () => {
    const row = (old: string, receiver: string, on = '01/08/2025') => [
      'Giải thể',
      old,
      receiver,
      '',
      '',
      '',
      on,
      '16/QĐ-UBND',
      '25/07/2025',
    ];
    const file = await xlsx([
      row('HKL-BG', 'HKL-BS; HKL-HL'),
      row('HKL-BG', 'KHONG-CO'),
      row('HKL-BG', 'HKL-BG'),
      row('CCKL', 'HKL-LB'),
      // Văn Quan merged into Lộc Bình on 01/07 (the next row, recorded first) cannot take over on 01/08.
      row('HKL-BG', 'HKL-VQ'),
      ['Hợp nhất', 'HKL-VQ', 'HKL-LB', '', '', '', '01/07/2025', '15/QĐ-UBND', '25/06/2025'],
    ]);
    const before = await fingerprint();
    const preview = await post(office, '/api/unit-changes/import-preview', file);
    expect(preview.body.counts).toEqual({ changes: 1, bad: 5 });
    expect(preview.body.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'UNIT_IMPORT_ROW_INVALID'],
      [3, 'UNIT_CODE_UNKNOWN'],
      [4, 'UNIT_RECEIVER_SELF'],
      [5, 'UNIT_RECEIVER_DESCENDANT'],
      [6, 'UNIT_RECEIVER_DISSOLVED'],
    ]);
    expect(preview.body.problems[0]?.message).toContain('mã của đơn vị tiếp nhận nhiệm vụ');
    expect(await fingerprint()).toEqual(before);
    const refused = await post(office, '/api/unit-changes/import?confirmRehome=1', file);
    expect(refused.status).toBe(400);
    expect(await fingerprint()).toEqual(before);
  });

  it('a merge row into an existing code with a new name renames that unit from the day, in a version of its own', async () => {
    const merge = (name: string) => [
      'Hợp nhất',
      'HKL-VQ',
      'HKL-LB',
      name,
      '',
      '',
      '01/09/2025',
      '17/QĐ-UBND',
      '25/08/2025',
    ];
    const before = await fingerprint();
    const tooLong = await post(office, '/api/unit-changes/import-preview', await xlsx([merge('a'.repeat(201))]));
    expect(tooLong.body.problems.map((p) => [p.row, p.code, p.message])).toEqual([
      [2, 'UNIT_IMPORT_ROW_INVALID', 'Tên đơn vị không được dài quá 200 ký tự.'],
    ]);
    expect(await fingerprint()).toEqual(before);

    const file = await xlsx([merge('Hạt Kiểm lâm khu vực  Lộc Bình - Văn Quan')]);
    const preview = await post(office, '/api/unit-changes/import-preview', file);
    expect(preview.body.problems).toEqual([]);
    expect(preview.body.rows[0]?.outcome).toMatchObject({
      endedUnits: ['Hạt Kiểm lâm huyện Văn Quan (HKL-VQ)'],
      unitsNow: ['Hạt Kiểm lâm khu vực Lộc Bình - Văn Quan (HKL-LB)'],
      successor: 'Hạt Kiểm lâm khu vực Lộc Bình - Văn Quan (HKL-LB)',
    });
    expect(await fingerprint()).toEqual(before);

    const done = await post(office, '/api/unit-changes/import?confirmRehome=1', file);
    expect(done.status).toBe(200);
    expect(
      await t.sql(`select v.name, v.valid_from::text as from, v.valid_to::text as to from unit_version v
        join unit u on u.id = v.unit_id where u.code = 'HKL-LB' order by v.valid_from`),
    ).toEqual([
      { name: 'Hạt Kiểm lâm huyện Lộc Bình', from: expect.any(String), to: '2025-08-31' },
      { name: 'Hạt Kiểm lâm khu vực Lộc Bình - Văn Quan', from: '2025-09-01', to: null },
    ]);
    const [change] = await t.sql<{ kind: string; target: string }>(
      `select kind, event->'targetChanges'->>'name' as target from unit_change where basis_number = '17/QĐ-UBND'`,
    );
    expect(change).toEqual({ kind: 'MERGE', target: 'Hạt Kiểm lâm khu vực Lộc Bình - Văn Quan' });
    expect(
      await t.sql(`select a.after->'targetChanges'->>'name' as name from audit_entry a join unit u on u.id = a.entity_id
        where a.action = 'CHANGE_MERGE' and u.code = 'HKL-LB'`),
    ).toEqual([{ name: 'Hạt Kiểm lâm khu vực Lộc Bình - Văn Quan' }]);
  });

  it('leaves the import to those who record changes', async () => {
    const file = await xlsx([['Giải thể', 'HKL-DL', '', '', '', '', '01/03/2025', '1/QĐ-UBND', '20/02/2025']]);
    const before = await fingerprint();
    for (const who of ['kiemtra', 'lanhdao', 'thutruong']) {
      const caller = await t.as(who);
      expect((await post(caller, '/api/unit-changes/import', file)).status).toBe(403);
    }
    expect((await post(null, '/api/unit-changes/import-preview', file)).status).toBe(401);
    expect(await fingerprint()).toEqual(before);
  });
});
