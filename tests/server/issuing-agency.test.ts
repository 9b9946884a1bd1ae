import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_YEAR } from '../helpers/demo.js';
import { docxText } from '../helpers/documents.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The issuing agency per period (issue 16 item 2): every document is headed by the department's identity
 * in force on its date. The demo dates the 2025 merger: the Sở Nông nghiệp và Phát triển nông thôn (SNN)
 * until 28/02/2025, the Sở Nông nghiệp và Môi trường (SNNMT) from 01/03/2025.
 */

const OLD_HEADER = 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN';
const NEW_HEADER = 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG';

const FIELDS = `id validFrom validTo name parentName abbreviation place noticeRecipients reportRecipients
  signerTitleLines legalBasis legalBasisDate version`;
const LIST = `{ issuingAgencyIdentities { ${FIELDS} } }`;
const ADD = `mutation ($i: AddIssuingAgencyIdentityInput!) { addIssuingAgencyIdentity(input: $i) { ${FIELDS} } }`;
const TRAIL = 'query ($id: ID!) { auditTrail(entityId: $id) { action actorName before after } }';
const VISITS = `query ($year: Int) { visits(year: $year, first: 50) { id status visitDate unit { code name } } }`;

interface Identity {
  id: string;
  validFrom: string;
  validTo: string | null;
  name: string;
  parentName: string | null;
  abbreviation: string;
  place: string;
  noticeRecipients: string[];
  reportRecipients: string[];
  signerTitleLines: string[];
  legalBasis: string;
  legalBasisDate: string | null;
}

interface VisitRow {
  id: string;
  status: string;
  visitDate: string | null;
  unit: { code: string; name: string };
}

let t: TestApp;
let office: GraphQLCaller;

async function file(caller: GraphQLCaller, url: string): Promise<Buffer> {
  const res = await fetch(`${t.url}${url}`, { headers: { cookie: caller.cookie ?? '' } });
  expect(res.status, url).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

async function identities(): Promise<Identity[]> {
  const res = await office.request<{ issuingAgencyIdentities: Identity[] }>(LIST);
  expect(res.errors).toBeUndefined();
  return res.data?.issuingAgencyIdentities ?? [];
}

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
});

afterAll(() => t?.close());

describe('the demo department’s identities', () => {
  it('are the Sở NN&PTNT until 28/02/2025 and the Sở NN&MT from 01/03/2025, contiguous', async () => {
    const list = await identities();
    expect(list.map((i) => [i.validFrom, i.validTo, i.name, i.abbreviation])).toEqual([
      ['2015-01-01', '2025-02-28', 'Sở Nông nghiệp và Phát triển nông thôn', 'SNN'],
      ['2025-03-01', null, 'Sở Nông nghiệp và Môi trường', 'SNNMT'],
    ]);
    expect(list[1]).toMatchObject({
      parentName: 'UBND TỈNH LẠNG SƠN',
      place: 'Lạng Sơn',
      signerTitleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      legalBasisDate: '2025-02-18',
    });
    expect(list[1]?.legalBasis).toContain('Nghị quyết 176/2025/QH15');
    expect(list[1]?.noticeRecipients.at(-1)).toBe('- Lưu: VT, VP.');
  });
});

describe('documents are headed by the identity in force on their date', () => {
  it(`a ${DEMO_YEAR} minutes and notice: the Sở Nông nghiệp và Môi trường, numbered TB-SNNMT`, async () => {
    const lead = await t.as('kiemtra');
    const res = await office.request<{ visits: VisitRow[] }>(VISITS, { year: DEMO_YEAR });
    const planned = res.data?.visits.find((v) => v.status === 'PLANNED');
    if (!planned) throw new Error(`no planned ${DEMO_YEAR} visit in the demo data`);
    const started = await lead.request(`mutation ($i: StartVisitInput!) { startVisit(input: $i) { id } }`, {
      i: { operationId: randomUUID(), visitId: planned.id },
    });
    expect(started.errors).toBeUndefined();

    const minutes = docxText(await file(lead, `/api/visits/${planned.id}/minutes.docx`)).text;
    expect(minutes).toContain(NEW_HEADER);
    expect(minutes).not.toContain(OLD_HEADER);
    expect(minutes).toContain('của Sở Nông nghiệp và Môi trường về việc thành lập');

    const notice = docxText(await file(lead, `/api/visits/${planned.id}/conclusion.docx`)).text;
    expect(notice).toContain(NEW_HEADER);
    expect(notice).not.toContain(OLD_HEADER);
    expect(notice).toContain('Số:      /TB-SNNMT');
    expect(notice).toContain('Xét báo cáo của Đoàn kiểm tra, Sở Nông nghiệp và Môi trường thông báo kết luận');
    expect(notice).toContain('KT. GIÁM ĐỐC');
  });

  it('a 2021 minutes and notice keep the Sở Nông nghiệp và Phát triển nông thôn, numbered TB-SNN', async () => {
    const res = await office.request<{ visits: VisitRow[] }>(VISITS, { year: 2021 });
    const visit = res.data?.visits.find((v) => v.unit.code === 'TTKN');
    if (!visit) throw new Error('no 2021 visit of TTKN');
    const minutes = docxText(await file(office, `/api/visits/${visit.id}/minutes.docx`)).text;
    expect(minutes).toContain(OLD_HEADER);
    expect(minutes).not.toContain(NEW_HEADER);
    const notice = docxText(await file(office, `/api/visits/${visit.id}/conclusion.docx`)).text;
    expect(notice).toContain(OLD_HEADER);
    expect(notice).toContain('Số:      /TB-SNN\n');
    expect(notice).not.toContain('SNNMT');
  });

  it(`the ${DEMO_YEAR} annual report is the new Sở’s (BC-SNNMT); the 2021 and 2024 reports the old one’s`, async () => {
    const current = docxText(await file(office, `/api/annual-reports/${DEMO_YEAR}.docx`)).text;
    expect(current).toContain(NEW_HEADER);
    expect(current).toContain('/BC-SNNMT');
    expect(current).toContain('của Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn./.');
    expect(current).not.toContain(OLD_HEADER);
    for (const year of [2021, 2024]) {
      const past = docxText(await file(office, `/api/annual-reports/${year}.docx`)).text;
      expect(past).toContain(OLD_HEADER);
      expect(past).toContain('/BC-SNN\n');
      expect(past).toContain('của Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn./.');
      expect(past).not.toContain('SNNMT');
    }
  });

  it('the roll-up workbook names the department as it was on the day its figures stand at', async () => {
    const scope = async (year: number) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(
        (await file(office, `/api/rollup/${year}.xlsx`)) as unknown as Parameters<typeof book.xlsx.load>[0],
      );
      return String(book.getWorksheet('Kiểm tra đơn vị')?.getCell('A1').value);
    };
    expect(await scope(DEMO_YEAR)).toContain('Phạm vi: Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn');
    expect(await scope(2021)).toContain('Phạm vi: Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn');
  });
});

describe('adding an identity from a day', () => {
  const VALID = {
    validFrom: '2030-01-01',
    name: 'Sở Nông nghiệp và Môi trường',
    parentName: 'UBND TỈNH LẠNG SƠN',
    abbreviation: 'SNNMT',
    place: 'Lạng Sơn',
    legalBasis: 'Quyết định số 1/QĐ-UBND (thử)',
  };

  it.each([
    ['an empty name', { name: '   ' }, 'AGENCY_NAME_REQUIRED'],
    ['an empty abbreviation', { abbreviation: ' ' }, 'AGENCY_ABBREVIATION_REQUIRED'],
    ['an abbreviation with a space', { abbreviation: 'SNN MT' }, 'AGENCY_ABBREVIATION_INVALID'],
    ['an empty place', { place: '' }, 'AGENCY_PLACE_REQUIRED'],
    ['no legal basis', { legalBasis: ' ' }, 'AGENCY_LEGAL_BASIS_REQUIRED'],
    ['the current one’s first day', { validFrom: '2025-03-01' }, 'AGENCY_PERIOD_OVERLAP'],
    ['before the current one starts', { validFrom: '2024-06-01' }, 'AGENCY_PERIOD_BEFORE_CURRENT'],
  ])('refuses %s with its code and a Vietnamese message, saving nothing', async (_name, change, expected) => {
    const res = await office.request(ADD, { i: { ...VALID, ...change } });
    expect(code(res)).toBe(expected);
    // A Vietnamese sentence, diacritics and all.
    expect(res.errors?.[0]?.message).toMatch(/^[A-ZĐ].*[^ -~].*\.$/u);
    const list = await identities();
    expect(list.map((i) => [i.validFrom, i.validTo])).toEqual([
      ['2015-01-01', '2025-02-28'],
      ['2025-03-01', null],
    ]);
  });

  it('closes the one in force the day before, copies its lists, and records both changes in the audit trail', async () => {
    const before = await identities();
    const res = await office.request<{ addIssuingAgencyIdentity: Identity }>(ADD, {
      i: { ...VALID, name: ' Sở Nông nghiệp  và Môi trường ', abbreviation: 'snnmt' },
    });
    expect(res.errors).toBeUndefined();
    const added = res.data?.addIssuingAgencyIdentity;
    expect(added).toMatchObject({
      validFrom: '2030-01-01',
      validTo: null,
      name: 'Sở Nông nghiệp và Môi trường',
      abbreviation: 'SNNMT',
      noticeRecipients: before[1]?.noticeRecipients,
      reportRecipients: before[1]?.reportRecipients,
      signerTitleLines: before[1]?.signerTitleLines,
    });
    const after = await identities();
    expect(after.map((i) => [i.validFrom, i.validTo])).toEqual([
      ['2015-01-01', '2025-02-28'],
      ['2025-03-01', '2029-12-31'],
      ['2030-01-01', null],
    ]);

    const me = await office.request<{ me: { fullName: string } }>('{ me { fullName } }');
    const trail = async (id: string) =>
      await office.request<{ auditTrail: { action: string; actorName: string; before: unknown; after: unknown }[] }>(
        TRAIL,
        { id },
      );
    const created = await trail(added?.id ?? '');
    expect(created.errors).toBeUndefined();
    expect(created.data?.auditTrail).toMatchObject([
      { action: 'CREATE', actorName: me.data?.me.fullName, before: null, after: { validFrom: '2030-01-01' } },
    ]);
    const closed = await trail(before[1]?.id ?? '');
    expect(closed.data?.auditTrail).toMatchObject([
      { action: 'CLOSE', before: { validTo: null }, after: { validTo: '2029-12-31' } },
    ]);
  });

  it('refuses a new period that would share a day with another, even written straight to the table', async () => {
    await expect(
      t.sql(
        `insert into issuing_agency_identity (id, version, created_at, updated_at, valid_from, valid_to, name,
          abbreviation, place, notice_recipients, report_recipients, signer_title_lines, legal_basis)
         values (?, 1, now(), now(), '2029-06-01', null, 'X', 'X', 'X', '[]', '[]', '[]', 'X')`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/issuing_agency_identity_no_overlap/);
  });
});
