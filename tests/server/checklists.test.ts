import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let office: GraphQLCaller;
let templateId: string;
let v1Id: string;

// Every template's versions, then one version's groups and items: all of them in one query would cost
// more than the query cost limit allows.
const VERSIONS = '{ checklistTemplates { id code versions { id number status } } }';
const VERSION_CONTENT = `query ($id: ID!) { checklistVersion(id: $id) {
  groups { code title items { code text answerType points required photoRequiredOnFail } } } }`;
type VersionContent = { checklistVersion: { groups: { code: string; title: string; items: unknown[] }[] } };
type Versions = {
  checklistTemplates: {
    id: string;
    code: string;
    versions: {
      id: string;
      number: number;
      status: string;
    }[];
  }[];
};

async function get(caller: GraphQLCaller | null, path: string) {
  const res = await fetch(`${t.url}${path}`, { headers: caller?.cookie ? { cookie: caller.cookie } : {} });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}
async function post(caller: GraphQLCaller, path: string, body: Buffer) {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (caller.cookie) headers.cookie = caller.cookie;
  const res = await fetch(`${t.url}${path}`, { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  const res = await office.request<Versions>(VERSIONS);
  const template = res.data?.checklistTemplates.find((c) => c.code === 'KLKC');
  templateId = template?.id ?? '';
  v1Id = template?.versions.find((v) => v.number === 1)?.id ?? '';
});
afterAll(() => t?.close());

describe('checklist templates as Excel files', () => {
  it('exports a version and imports it back as a draft with the same content', async () => {
    const exported = await get(office, `/api/checklist-versions/${v1Id}/xlsx`);
    expect(exported.status).toBe(200);
    expect(exported.type).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(1).getCell(4).value).toBe('Nội dung tiêu chí');
    expect(workbook.worksheets[0]?.getRow(2).getCell(2).value).toBe('Giờ giấc làm việc');

    const imported = await post(office, `/api/checklists/${templateId}/draft-xlsx`, exported.bytes);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ number: 2, groups: 6 });
    const after = await office.request<Versions>(VERSIONS);
    const versions = after.data?.checklistTemplates.find((c) => c.id === templateId)?.versions ?? [];
    const v1 = versions.find((v) => v.number === 1);
    const draft = versions.find((v) => v.number === 2);
    expect(draft?.status).toBe('DRAFT');
    const groupsOf = async (id: string | undefined) =>
      (await office.request<VersionContent>(VERSION_CONTENT, { id })).data?.checklistVersion.groups;
    const v1Groups = await groupsOf(v1?.id);
    expect(v1Groups?.length).toBe(6);
    expect(await groupsOf(draft?.id)).toEqual(v1Groups);
  });

  it('refuses a file with bad rows, names each row, and saves nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tiêu chí');
    sheet.addRow(['Mã nhóm', 'Tên nhóm', 'Mã tiêu chí', 'Nội dung tiêu chí']);
    sheet.addRow(['1', 'Nhóm một', '1.1', 'Đúng giờ', null, null, 'Đạt/Không đạt', null, null, 5, 'Không', 'Có']);
    sheet.addRow(['1', null, '1.2', '', null, null, 'Đạt/Không đạt', null, null, 5, 'Không', 'Có']);
    sheet.addRow(['1', null, '1.3', 'Số người', null, null, 'Số', 9, 1, 5, 'Không', 'Có']);
    const before = await t.sql('select id, number, status from checklist_version order by number');
    const res = await post(
      office,
      `/api/checklists/${templateId}/draft-xlsx`,
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CHECKLIST_IMPORT_INVALID');
    expect(res.body.message).toMatch(/2 dòng/);
    expect((res.body.rows as { row: number }[]).map((r) => r.row)).toEqual([3, 4]);
    expect(await t.sql('select id, number, status from checklist_version order by number')).toEqual(before);
    const notExcel = await post(office, `/api/checklists/${templateId}/draft-xlsx`, Buffer.from('hello'));
    expect(notExcel.status).toBe(422);
  });

  it('only office staff and admins import; anonymous callers get 401; unknown versions 404', async () => {
    const inspector = await t.as('kiemtra');
    const exported = await get(inspector, `/api/checklist-versions/${v1Id}/xlsx`);
    expect(exported.status).toBe(200);
    const refused = await post(inspector, `/api/checklists/${templateId}/draft-xlsx`, exported.bytes);
    expect(refused).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect((await get(await t.as('thutruong'), `/api/checklist-versions/${v1Id}/xlsx`)).status).toBe(403);
    expect((await get(null, `/api/checklist-versions/${v1Id}/xlsx`)).status).toBe(401);
    expect((await get(office, '/api/checklist-versions/00000000-0000-4000-8000-000000000000/xlsx')).status).toBe(404);
  });
});
