import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The paged TTHC catalogue and directive document register on 120 procedures and 60 documents made here:
 * every page, totals, order, no entry twice or missed, the accent-insensitive search, and the TTHC
 * figures still counting the whole year.
 */

let t: TestApp;
let office: GraphQLCaller;

const YEAR = 2033;
const PROCEDURES = 120;
const DOCUMENTS = 60;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  // Every third procedure is a civil status one (Hộ tịch); codes P-0001... so the code order is known.
  await t.sql(
    `insert into administrative_procedure (id, year, code, name, level, mechanism, online_service, public_postal,
       legal_days, days_cut, version, created_at, updated_at)
     select gen_random_uuid(), ?, 'P-' || lpad(g::text, 4, '0'),
       case when g % 3 = 0 then 'Đăng ký khai sinh thuộc lĩnh vực Hộ tịch số ' || g
            else 'Cấp giấy phép khai thác thủy lợi số ' || g end,
       'TINH', 'MOT_CUA', case when g % 2 = 0 then 'TOAN_TRINH' else 'KHONG' end, false, 10, 0, 1, now(), now()
     from generate_series(1, ?) g`,
    [YEAR, PROCEDURES],
  );
  // Every fourth document is about Kiểm lâm; dates over the year, two on some days.
  await t.sql(
    `insert into directive_document (id, type, number, issued_on, year, issuing_unit_id, summary, version,
       created_at, updated_at)
     select gen_random_uuid(), 'CONG_VAN', g || '/SNN-VP', make_date(?, 1, 1) + (g / 2), ?,
       (select id from unit order by code limit 1),
       case when g % 4 = 0 then 'Về tăng cường công tác Kiểm lâm đợt ' || g else 'Về kế hoạch thanh tra số ' || g end,
       1, now(), now()
     from generate_series(1, ?) g`,
    [YEAR, YEAR, DOCUMENTS],
  );
});
afterAll(() => t?.close());

const PROCEDURE_PAGE = `query ($year: Int!, $search: String, $first: Int, $offset: Int) {
  procedurePage(year: $year, search: $search, first: $first, offset: $offset) { total items { id code name } }
}`;
const DOCUMENT_PAGE = `query ($year: Int!, $search: String, $first: Int, $offset: Int) {
  directiveDocumentPage(year: $year, search: $search, first: $first, offset: $offset) {
    total items { id number issuedOn summary issuingUnit { code } }
  }
}`;

interface Entry {
  id: string;
  [field: string]: unknown;
}

async function page(query: string, field: string, search: string | null, first: number, offset: number) {
  const res = await office.request<Record<string, { total: number; items: Entry[] }>>(query, {
    year: YEAR,
    search,
    first,
    offset,
  });
  expect(res.errors).toBeUndefined();
  return res.data?.[field] ?? { total: -1, items: [] };
}

/** Every page of a register, checking each page says the same total and holds at most `size`. */
async function allPages(query: string, field: string, search: string | null, size: number) {
  const first = await page(query, field, search, size, 0);
  const items = [...first.items];
  for (let offset = size; offset < first.total; offset += size) {
    const next = await page(query, field, search, size, offset);
    expect(next.total).toBe(first.total);
    expect(next.items.length).toBeLessThanOrEqual(size);
    items.push(...next.items);
  }
  return { total: first.total, items };
}

describe('procedurePage', () => {
  it('pages the whole catalogue of the year by code, each procedure once', async () => {
    const { total, items } = await allPages(PROCEDURE_PAGE, 'procedurePage', null, 25);
    expect(total).toBe(PROCEDURES);
    expect(items).toHaveLength(PROCEDURES);
    expect(new Set(items.map((p) => p.id)).size).toBe(PROCEDURES);
    const codes = items.map((p) => p.code as string);
    expect(codes).toEqual([...codes].sort());
    expect(codes[0]).toBe('P-0001');
    expect(codes.at(-1)).toBe('P-0120');
  });

  it('finds "Hộ tịch" from "ho tich", without accents or case, and pages the matches', async () => {
    const { total, items } = await allPages(PROCEDURE_PAGE, 'procedurePage', 'ho TICH', 15);
    expect(total).toBe(PROCEDURES / 3);
    expect(items).toHaveLength(PROCEDURES / 3);
    expect(new Set(items.map((p) => p.id)).size).toBe(PROCEDURES / 3);
    expect(items.every((p) => (p.name as string).includes('Hộ tịch'))).toBe(true);
    const codes = items.map((p) => p.code as string);
    expect(codes).toEqual([...codes].sort());
  });

  it('matches every word, and finds a procedure by its code', async () => {
    const both = await page(PROCEDURE_PAGE, 'procedurePage', 'khai sinh số 12', 50, 0);
    expect(both.items.map((p) => p.code)).toEqual(['P-0012', 'P-0120']);
    const byCode = await page(PROCEDURE_PAGE, 'procedurePage', 'p-0007', 50, 0);
    expect(byCode.total).toBe(1);
    expect(byCode.items[0]?.name).toBe('Cấp giấy phép khai thác thủy lợi số 7');
    const none = await page(PROCEDURE_PAGE, 'procedurePage', 'khai sinh thủy lợi', 50, 0);
    expect(none).toEqual({ total: 0, items: [] });
  });

  it('leaves the TTHC figures and the old list on the whole year', async () => {
    await page(PROCEDURE_PAGE, 'procedurePage', 'ho tich', 5, 0);
    const res = await office.request<{
      tthcFigures: { total: number; online: number };
      administrativeProcedures: Entry[];
    }>(
      `query ($year: Int!) { tthcFigures(year: $year) { total online } administrativeProcedures(year: $year) { id } }`,
      { year: YEAR },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.tthcFigures).toEqual({ total: PROCEDURES, online: PROCEDURES / 2 });
    expect(res.data?.administrativeProcedures).toHaveLength(PROCEDURES);
  });
});

describe('directiveDocumentPage', () => {
  it('pages the documents of the year by date then number, each once, with their issuing unit', async () => {
    const { total, items } = await allPages(DOCUMENT_PAGE, 'directiveDocumentPage', null, 20);
    expect(total).toBe(DOCUMENTS);
    expect(new Set(items.map((d) => d.id)).size).toBe(DOCUMENTS);
    const keys = items.map((d) => `${d.issuedOn} ${d.number}`);
    expect(keys).toEqual([...keys].sort());
    expect(items.every((d) => typeof (d.issuingUnit as { code: string }).code === 'string')).toBe(true);
  });

  it('finds "Kiểm lâm" from "kiem lam" and a document by its number', async () => {
    const { total, items } = await allPages(DOCUMENT_PAGE, 'directiveDocumentPage', 'kiem lam', 4);
    expect(total).toBe(DOCUMENTS / 4);
    expect(new Set(items.map((d) => d.id)).size).toBe(DOCUMENTS / 4);
    expect(items.every((d) => (d.summary as string).includes('Kiểm lâm'))).toBe(true);
    const byNumber = await page(DOCUMENT_PAGE, 'directiveDocumentPage', '37/snn', 10, 0);
    expect(byNumber.items.map((d) => d.number)).toEqual(['37/SNN-VP']);
  });

  it('answers an empty page past the end, with the total', async () => {
    const past = await page(DOCUMENT_PAGE, 'directiveDocumentPage', null, 20, 100);
    expect(past).toEqual({ total: DOCUMENTS, items: [] });
  });
});
