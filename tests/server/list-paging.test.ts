import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../server/src/common/search-text.js';
import { Role } from '../../server/src/features/users/role.js';
import { visitListQuery } from '../../server/src/features/visits/visit-list.js';
import { VISIT_PAGE_ORDER, visitFilterSql } from '../../server/src/features/visits/visit-page.js';
import { type GraphQLCaller, startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The paged lists on 1,000 visits made here: every page of a filtered list, counts, order, no visit twice
 * or missed, the accent-insensitive search, and the page query served by an index (no sequential scan of
 * the visit table).
 */

let t: TestApp;
let office: GraphQLCaller;

const YEAR = 2031;
const MADE = 1000;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  // 1,000 visits of the demo's units and first team: statuses in turn, dates over two years, every tenth not held.
  await t.sql(
    `insert into visit (id, unit_id, team_id, status, visit_date, attendees, version, created_at, updated_at)
     select gen_random_uuid(), u.ids[1 + g % array_length(u.ids, 1)], (select id from inspection_team order by id limit 1),
       (array['PLANNED','IN_PROGRESS','SUBMITTED','RETURNED','APPROVED'])[1 + g % 5],
       case when g % 10 = 0 then null else make_date(?, 1, 1) + (g % 700) end, '[]', 1, now(), now()
     from generate_series(1, ?) g, (select array_agg(id order by code) as ids from unit) u`,
    [YEAR, MADE],
  );
  await t.sql('analyze visit');
  await t.sql('analyze unit');
  await t.sql('analyze plan_line');
});
afterAll(() => t?.close());

const VISIT_PAGE = `query ($filter: VisitListFilter, $first: Int, $offset: Int) {
  visitPage(filter: $filter, first: $first, offset: $offset) { total items { id status visitDate unit { id name } } }
}`;

interface PageVisit {
  id: string;
  status: string;
  visitDate: string | null;
  unit: { id: string; name: string };
}

async function visitPage(filter: Record<string, unknown>, first: number, offset: number) {
  const res = await office.request<{ visitPage: { total: number; items: PageVisit[] } }>(VISIT_PAGE, {
    filter,
    first,
    offset,
  });
  expect(res.errors).toBeUndefined();
  return res.data?.visitPage ?? { total: -1, items: [] };
}

/** Every page of a list, in order, checking that each page says the same total. */
async function allPages(filter: Record<string, unknown>, size = 50) {
  const first = await visitPage(filter, size, 0);
  const items = [...first.items];
  for (let offset = size; offset < first.total; offset += size) {
    const page = await visitPage(filter, size, offset);
    expect(page.total).toBe(first.total);
    items.push(...page.items);
  }
  return { total: first.total, items };
}

/** Visit date descending, visits not held last, then id: the list's order. */
function inListOrder(a: PageVisit, b: PageVisit): number {
  if (a.visitDate !== b.visitDate) {
    if (a.visitDate === null) return 1;
    if (b.visitDate === null) return -1;
    return a.visitDate < b.visitDate ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

describe('visitPage on 1,000 visits', () => {
  it('pages a year through without repeating or missing a visit, in order, with the right total', async () => {
    const [expected] = await t.sql<{ n: number }>(
      `select count(*)::int as n from visit where extract(year from visit_date)::int = ?`,
      [YEAR],
    );
    expect(expected?.n).toBeGreaterThan(400);
    const { total, items } = await allPages({ year: YEAR });
    expect(total).toBe(expected?.n);
    expect(items).toHaveLength(total);
    expect(new Set(items.map((v) => v.id)).size).toBe(total);
    expect(items.every((v) => v.visitDate?.startsWith(String(YEAR)))).toBe(true);
    expect(items.map((v) => v.id)).toEqual([...items].sort(inListOrder).map((v) => v.id));
  });

  it('pages a status through, with visits not held last', async () => {
    const [expected] = await t.sql<{ n: number }>(`select count(*)::int as n from visit where status = 'PLANNED'`);
    const { total, items } = await allPages({ status: 'PLANNED' }, 37);
    expect(total).toBe(expected?.n);
    expect(new Set(items.map((v) => v.id)).size).toBe(total);
    expect(items.every((v) => v.status === 'PLANNED')).toBe(true);
    expect(items.map((v) => v.id)).toEqual([...items].sort(inListOrder).map((v) => v.id));
    expect(items.at(-1)?.visitDate).toBeNull();
  });

  it('finds visits by the unit name with or without diacritics, and by its code', async () => {
    const [unit] = await t.sql<{ id: string; code: string; name: string }>(
      `select id, code, name from unit where name <> search_name order by code limit 1`,
    );
    if (!unit) throw new Error('no demo unit with diacritics');
    const words = unit.name.split(' ').slice(-2).join(' ');
    const [expected] = await t.sql<{ n: number }>(
      `select count(*)::int as n from visit v join unit u on u.id = v.unit_id where u.search_name like ?`,
      [`%${foldVietnamese(words)}%`],
    );
    const marked = await visitPage({ search: words.toLocaleUpperCase('vi') }, 500, 0);
    const folded = await visitPage({ search: foldVietnamese(words) }, 500, 0);
    expect(marked.total).toBeGreaterThan(0);
    expect(marked.total).toBe(expected?.n);
    expect(folded.items.map((v) => v.id)).toEqual(marked.items.map((v) => v.id));
    const byCode = await visitPage({ search: unit.code.toLowerCase(), year: YEAR }, 500, 0);
    expect(byCode.total).toBeGreaterThan(0);
    expect(byCode.items.some((v) => v.unit.id === unit.id)).toBe(true);
    expect(await visitPage({ search: 'không có đơn vị nào tên này' }, 10, 0)).toEqual({ total: 0, items: [] });
  });

  it('reads a page through an index, with no sequential scan of the visit table', async () => {
    const viewer = { id: '00000000-0000-0000-0000-000000000000', role: Role.OFFICE, unitId: null };
    const selection = {
      fields: new Set(['id', 'status', 'visitDate', 'unit', 'team']),
      progress: new Set<string>(),
      unit: new Set(['id', 'name']),
      team: new Set(['id', 'name']),
    };
    for (const filter of [{}, { status: 'SUBMITTED' as const }, { year: YEAR, status: 'APPROVED' as const }]) {
      const where = visitFilterSql(viewer, filter);
      if (!where) throw new Error('no condition');
      const { query } = visitListQuery(where, VISIT_PAGE_ORDER, selection, { first: 50, offset: 100 });
      const plan = await t.sql<{ 'QUERY PLAN': string }>(`explain ${query.text}`, query.values);
      const text = plan.map((row) => row['QUERY PLAN']).join('\n');
      expect(text, JSON.stringify(filter)).not.toMatch(/Seq Scan on visit\b/);
      expect(text).toMatch(/(Index Scan( Backward)? using|Bitmap Index Scan on) visit_(status_)?list_order_index/);
    }
  });
});

const FINDING_PAGE = `query ($filter: FindingFilter, $first: Int, $offset: Int) {
  findingPage(filter: $filter, first: $first, offset: $offset) {
    total items { id foundText recommendation groupTitle severity responsibleUnit { name code } }
  }
}`;
const FINDINGS = `query ($filter: FindingFilter) { findings(filter: $filter) { id } }`;

interface SearchedFinding {
  id: string;
  foundText: string | null;
  recommendation: string | null;
  groupTitle: string;
  severity: string;
  responsibleUnit: { name: string; code: string };
}

describe('findingPage', () => {
  it('pages the same findings as the whole list, with its total', async () => {
    const all = await office.request<{ findings: { id: string }[] }>(FINDINGS, { filter: {} });
    const ids = all.data?.findings.map((f) => f.id) ?? [];
    expect(ids.length).toBeGreaterThan(3);
    const paged: string[] = [];
    for (let offset = 0; offset < ids.length; offset += 3) {
      const res = await office.request<{ findingPage: { total: number; items: { id: string }[] } }>(FINDING_PAGE, {
        filter: {},
        first: 3,
        offset,
      });
      expect(res.data?.findingPage.total).toBe(ids.length);
      paged.push(...(res.data?.findingPage.items.map((f) => f.id) ?? []));
    }
    expect(paged).toEqual(ids);
  });

  it('searches the finding text without diacritics and filters by severity', async () => {
    const [finding] = await t.sql<{ id: string; found_text: string; severity: string }>(
      `select f.id, f.found_text, f.severity from finding f join visit v on v.id = f.visit_id
       where v.status = 'APPROVED' and f.found_text ~ '[^ -~]' order by f.id limit 1`,
    );
    if (!finding) throw new Error('no demo finding with Vietnamese text');
    const words = foldVietnamese(finding.found_text).split(' ').slice(0, 3);
    const res = await office.request<{ findingPage: { total: number; items: SearchedFinding[] } }>(FINDING_PAGE, {
      filter: { search: words.join(' ').toUpperCase(), severity: finding.severity },
      first: 50,
    });
    expect(res.errors).toBeUndefined();
    const items = res.data?.findingPage.items ?? [];
    expect(items.map((f) => f.id)).toContain(finding.id);
    for (const item of items) {
      const text = foldVietnamese(
        [
          item.foundText,
          item.recommendation,
          item.groupTitle,
          item.responsibleUnit.name,
          item.responsibleUnit.code,
        ].join(' '),
      );
      for (const word of words) expect(text).toContain(word);
      expect(item.severity).toBe(finding.severity);
    }
  });
});
