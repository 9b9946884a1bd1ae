import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const NOBODY = '00000000-0000-4000-8000-000000000000';

const DOC_FIELDS = 'id type number issuedOn year summary version issuingUnitId issuingUnit { code }';
const DOCUMENTS = `query ($year: Int!, $type: DirectiveDocumentType) { directiveDocuments(year: $year, type: $type) { ${DOC_FIELDS} } }`;
const CREATE_DOC = `mutation ($i: DirectiveDocumentInput!) { createDirectiveDocument(input: $i) { ${DOC_FIELDS} } }`;
const UPDATE_DOC = `mutation ($i: UpdateDirectiveDocumentInput!) { updateDirectiveDocument(input: $i) { ${DOC_FIELDS} } }`;
const DELETE_DOC = 'mutation ($id: ID!) { deleteDirectiveDocument(id: $id) }';

const TTHC_FIELDS = 'id year code name level mechanism onlineService publicPostal legalDays daysCut version';
const PROCEDURES = `query ($year: Int!) { administrativeProcedures(year: $year) { ${TTHC_FIELDS} } }`;
const CREATE_TTHC = `mutation ($i: AdministrativeProcedureInput!) { createAdministrativeProcedure(input: $i) { ${TTHC_FIELDS} } }`;
const UPDATE_TTHC = `mutation ($i: UpdateAdministrativeProcedureInput!) { updateAdministrativeProcedure(input: $i) { ${TTHC_FIELDS} } }`;
const DELETE_TTHC = 'mutation ($id: ID!) { deleteAdministrativeProcedure(id: $id) }';
const FIGURES = `query ($year: Int!) { tthcFigures(year: $year) {
  year total oneStop interconnected online onlineFull onlinePartial onlineShareText publicPostal publicPostalShareText
  levels { level procedures reviewed daysCut legalDays cutShare cutShareText } } }`;

const INDEX_FIELDS = 'id year index totalScore rank rankOf note version components { name score maxScore }';
const INDEX_RESULTS = `query ($year: Int) { indexResults(year: $year) { ${INDEX_FIELDS} } }`;
const CREATE_INDEX = `mutation ($i: IndexResultInput!) { createIndexResult(input: $i) { ${INDEX_FIELDS} } }`;
const UPDATE_INDEX = `mutation ($i: UpdateIndexResultInput!) { updateIndexResult(input: $i) { ${INDEX_FIELDS} } }`;
const DELETE_INDEX = 'mutation ($id: ID!) { deleteIndexResult(id: $id) }';

interface Doc {
  id: string;
  type: string;
  number: string;
  issuedOn: string;
  year: number;
  summary: string;
  version: number;
  issuingUnitId: string;
  issuingUnit: { code: string };
}
interface Procedure {
  id: string;
  code: string;
  legalDays: number | null;
  daysCut: number | null;
  version: number;
}
interface IndexRow {
  id: string;
  year: number;
  index: string;
  totalScore: number;
  rank: number | null;
  rankOf: number | null;
  note: string | null;
  version: number;
  components: { name: string; score: number; maxScore: number | null }[];
}

let t: TestApp;
let office: GraphQLCaller;
let unitIds: Map<string, string>;

const unitId = (code: string) => {
  const id = unitIds.get(code);
  if (!id) throw new Error(`no unit ${code}`);
  return id;
};
const count = async (table: string) => Number((await t.sql<{ n: string }>(`select count(*) as n from ${table}`))[0]?.n);
const auditCount = async (entityId: string) =>
  Number((await t.sql<{ n: string }>('select count(*) as n from audit_entry where entity_id = ?', [entityId]))[0]?.n);
const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  const units = await office.request<{ units: { id: string; code: string }[] }>('{ units { id code } }');
  unitIds = new Map((units.data?.units ?? []).map((u) => [u.code, u.id]));
});
afterAll(() => t?.close());

describe('demo registers', () => {
  it('has the 2021 documents the report counts: 08 Kế hoạch, 17 công văn', async () => {
    const plans = await office.request<{ directiveDocuments: Doc[] }>(DOCUMENTS, { year: 2021, type: 'KE_HOACH' });
    const letters = await office.request<{ directiveDocuments: Doc[] }>(DOCUMENTS, { year: 2021, type: 'CONG_VAN' });
    expect(plans.data?.directiveDocuments).toHaveLength(8);
    expect(letters.data?.directiveDocuments).toHaveLength(17);
    expect(plans.data?.directiveDocuments.find((d) => d.number === '80/KH-SNN')).toMatchObject({
      issuedOn: '2021-08-12',
      issuingUnit: { code: 'SNNMT' },
    });
    expect(letters.data?.directiveDocuments.find((d) => d.number === '490/KL-TH')?.issuingUnit.code).toBe('CCKL');
    const all2022 = await office.request<{ directiveDocuments: Doc[] }>(DOCUMENTS, { year: 2022 });
    expect(all2022.data?.directiveDocuments.length).toBeGreaterThan(0);
  });

  it('computes the 2021 TTHC figures of the report from the catalogue', async () => {
    const res = await office.request<{ tthcFigures: Record<string, unknown> }>(FIGURES, { year: 2021 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.tthcFigures).toMatchObject({
      year: 2021,
      total: 91,
      oneStop: 54,
      interconnected: 37,
      online: 80,
      onlineShareText: '87,91%',
      publicPostal: 89,
      publicPostalShareText: '97,8%',
      levels: [
        { level: 'TINH', reviewed: 7, daysCut: 99, legalDays: 299, cutShare: 99 / 299, cutShareText: '33,11%' },
        { level: 'HUYEN', reviewed: 1, daysCut: 1, legalDays: 6, cutShare: 1 / 6, cutShareText: '16,67%' },
        { level: 'XA', reviewed: 0, daysCut: 0, legalDays: 0, cutShare: null, cutShareText: null },
      ],
    });
  });

  it('has SIPAS and PAR INDEX results for 2020–2022, and SIPAS for 2025', async () => {
    const res = await office.request<{ indexResults: IndexRow[] }>(INDEX_RESULTS, {});
    // The 2025 PAR INDEX comes from the appraisal of the 2025 self-assessment, a draft in the demo.
    expect(res.data?.indexResults.map((r) => `${r.year} ${r.index}`)).toEqual([
      '2020 PAR_INDEX',
      '2020 SIPAS',
      '2021 PAR_INDEX',
      '2021 SIPAS',
      '2022 PAR_INDEX',
      '2022 SIPAS',
      '2025 SIPAS',
    ]);
    const par2021 = res.data?.indexResults.find((r) => r.year === 2021 && r.index === 'PAR_INDEX');
    const sum = (par2021?.components ?? []).reduce((a, c) => a + c.score, 0);
    expect(par2021?.totalScore).toBeCloseTo(sum, 2);
  });
});

describe('directive documents', () => {
  let doc: Doc;

  it('creates a document, derives its year and audits it', async () => {
    const res = await office.request<{ createDirectiveDocument: Doc }>(CREATE_DOC, {
      i: {
        type: 'KE_HOACH',
        number: ' 45 / KH - SNN ',
        issuedOn: '2023-03-15',
        issuingUnitId: unitId('SNNMT'),
        summary: '  Kiểm tra  kỷ luật, kỷ cương hành chính năm 2023 ',
      },
    });
    expect(res.errors).toBeUndefined();
    doc = res.data?.createDirectiveDocument as Doc;
    expect(doc).toMatchObject({
      type: 'KE_HOACH',
      number: '45/KH-SNN',
      year: 2023,
      summary: 'Kiểm tra kỷ luật, kỷ cương hành chính năm 2023',
      issuingUnitId: unitId('SNNMT'),
      issuingUnit: { code: 'SNNMT' },
    });
    expect(await auditCount(doc.id)).toBe(1);
  });

  it('updates it, with the new year from the new date', async () => {
    const res = await office.request<{ updateDirectiveDocument: Doc }>(UPDATE_DOC, {
      i: {
        id: doc.id,
        version: doc.version,
        type: 'QUYET_DINH',
        number: '45/QĐ-SNN',
        issuedOn: '2024-01-05',
        issuingUnitId: unitId('CCKL'),
        summary: 'Thành lập đoàn kiểm tra',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateDirectiveDocument).toMatchObject({
      type: 'QUYET_DINH',
      number: '45/QĐ-SNN',
      year: 2024,
      issuingUnit: { code: 'CCKL' },
      version: doc.version + 1,
    });
    const stale = await office.request(UPDATE_DOC, {
      i: {
        id: doc.id,
        version: doc.version,
        type: 'KHAC',
        number: '45/QĐ-SNN',
        issuedOn: '2024-01-05',
        issuingUnitId: unitId('SNNMT'),
        summary: 'Cũ',
      },
    });
    expect(code(stale)).toBe('REGISTER_VERSION_CONFLICT');
    const listed = await office.request<{ directiveDocuments: Doc[] }>(DOCUMENTS, { year: 2024, type: 'QUYET_DINH' });
    expect(listed.data?.directiveDocuments.map((d) => d.number)).toEqual(['45/QĐ-SNN']);
  });

  it.each([
    ['a number without a slash', { number: '45-KH-SNN' }, 'DOCUMENT_NUMBER_INVALID'],
    ['a number in lower case', { number: '45/kh-snn' }, 'DOCUMENT_NUMBER_INVALID'],
    ['a number already in the year', { number: '80/KH-SNN', issuedOn: '2021-02-01' }, 'DOCUMENT_NUMBER_TAKEN'],
    ['an unknown issuing unit', { issuingUnitId: NOBODY }, 'UNIT_NOT_FOUND'],
    ['a blank summary', { summary: '   ' }, 'DOCUMENT_SUMMARY_REQUIRED'],
  ])('refuses %s and saves nothing', async (_name, change, expected) => {
    const before = await count('directive_document');
    const res = await office.request(CREATE_DOC, {
      i: {
        type: 'CONG_VAN',
        number: '777/SNN-VP',
        issuedOn: '2023-05-05',
        issuingUnitId: unitId('SNNMT'),
        summary: 'Thử',
        ...change,
      },
    });
    expect(code(res)).toBe(expected);
    expect(res.errors?.[0]?.message).toMatch(/[àáảãạăâđêôơư]/i);
    expect(await count('directive_document')).toBe(before);
  });

  it('takes the same number again in another year', async () => {
    const res = await office.request(CREATE_DOC, {
      i: {
        type: 'KE_HOACH',
        number: '80/KH-SNN',
        issuedOn: '2023-08-01',
        issuingUnitId: unitId('SNNMT'),
        summary: 'Kế hoạch năm 2023',
      },
    });
    expect(res.errors).toBeUndefined();
  });

  it('deletes it, and an unknown id is not found', async () => {
    const res = await office.request<{ deleteDirectiveDocument: boolean }>(DELETE_DOC, { id: doc.id });
    expect(res.data?.deleteDirectiveDocument).toBe(true);
    expect(await auditCount(doc.id)).toBe(3);
    expect(code(await office.request(DELETE_DOC, { id: doc.id }))).toBe('DIRECTIVE_DOCUMENT_NOT_FOUND');
  });
});

describe('TTHC catalogue', () => {
  const base = {
    year: 2023,
    code: '1.009999',
    name: 'Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y',
    level: 'TINH',
    mechanism: 'MOT_CUA',
    onlineService: 'TOAN_TRINH',
    publicPostal: true,
    legalDays: 15,
    daysCut: null,
  };
  let procedure: Procedure;

  it('creates, updates and deletes a procedure, audited', async () => {
    const created = await office.request<{ createAdministrativeProcedure: Procedure }>(CREATE_TTHC, { i: base });
    expect(created.errors).toBeUndefined();
    procedure = created.data?.createAdministrativeProcedure as Procedure;
    expect(procedure).toMatchObject({ code: '1.009999', legalDays: 15, daysCut: null });

    const updated = await office.request<{ updateAdministrativeProcedure: Procedure }>(UPDATE_TTHC, {
      i: { ...base, id: procedure.id, version: procedure.version, daysCut: 5 },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateAdministrativeProcedure).toMatchObject({ daysCut: 5, version: procedure.version + 1 });

    const figures = await office.request<{
      tthcFigures: { total: number; levels: { reviewed: number; cutShareText: string }[] };
    }>(FIGURES, { year: 2023 });
    expect(figures.data?.tthcFigures.total).toBe(1);
    expect(figures.data?.tthcFigures.levels[0]).toMatchObject({ reviewed: 1, cutShareText: '33,33%' });

    const listed = await office.request<{ administrativeProcedures: Procedure[] }>(PROCEDURES, { year: 2023 });
    expect(listed.data?.administrativeProcedures.map((p) => p.code)).toEqual(['1.009999']);

    const deleted = await office.request<{ deleteAdministrativeProcedure: boolean }>(DELETE_TTHC, { id: procedure.id });
    expect(deleted.data?.deleteAdministrativeProcedure).toBe(true);
    expect(await auditCount(procedure.id)).toBe(3);
    expect(code(await office.request(DELETE_TTHC, { id: procedure.id }))).toBe('TTHC_NOT_FOUND');
  });

  it.each([
    ['a code already in the year', { year: 2021, code: '1.003000' }, 'TTHC_CODE_TAKEN'],
    ['more days cut than the legal days', { legalDays: 10, daysCut: 11 }, 'TTHC_DAYS_CUT_TOO_MANY'],
    ['days cut without legal days', { legalDays: null, daysCut: 1 }, 'TTHC_LEGAL_DAYS_REQUIRED'],
    ['negative legal days', { legalDays: -1 }, 'BAD_USER_INPUT'],
    ['a blank name', { name: '  ' }, 'TTHC_NAME_REQUIRED'],
  ])('refuses %s and saves nothing', async (_name, change, expected) => {
    const before = await count('administrative_procedure');
    const res = await office.request(CREATE_TTHC, { i: { ...base, code: '1.008888', ...change } });
    expect(code(res)).toBe(expected);
    expect(await count('administrative_procedure')).toBe(before);
  });

  it('refuses an update that cuts more days than the legal ones, and keeps the row', async () => {
    const list = await office.request<{ administrativeProcedures: Procedure[] }>(PROCEDURES, { year: 2021 });
    const first = list.data?.administrativeProcedures.find((p) => p.code === '1.003000') as Procedure;
    const res = await office.request(UPDATE_TTHC, {
      i: { ...base, year: 2021, code: first.code, id: first.id, legalDays: 20, daysCut: 21 },
    });
    expect(code(res)).toBe('TTHC_DAYS_CUT_TOO_MANY');
    const after = await office.request<{ administrativeProcedures: Procedure[] }>(PROCEDURES, { year: 2021 });
    expect(after.data?.administrativeProcedures.find((p) => p.id === first.id)).toEqual(first);
  });
});

describe('SIPAS and PAR INDEX results', () => {
  const base = {
    year: 2023,
    index: 'SIPAS',
    totalScore: 86.5,
    components: [
      { name: 'Tiếp cận dịch vụ hành chính công', score: 88, maxScore: 100 },
      { name: 'Thủ tục hành chính', score: 85 },
    ],
    rank: 3,
    rankOf: 20,
    note: 'Nhập thử',
  };

  it('creates, updates and deletes a result, audited', async () => {
    const created = await office.request<{ createIndexResult: IndexRow }>(CREATE_INDEX, { i: base });
    expect(created.errors).toBeUndefined();
    const result = created.data?.createIndexResult as IndexRow;
    expect(result).toMatchObject({
      year: 2023,
      index: 'SIPAS',
      totalScore: 86.5,
      rank: 3,
      rankOf: 20,
      components: [
        { name: 'Tiếp cận dịch vụ hành chính công', score: 88, maxScore: 100 },
        { name: 'Thủ tục hành chính', score: 85, maxScore: null },
      ],
    });
    const updated = await office.request<{ updateIndexResult: IndexRow }>(UPDATE_INDEX, {
      i: { ...base, id: result.id, version: result.version, totalScore: 87.25, rank: null, note: ' ' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateIndexResult).toMatchObject({ totalScore: 87.25, rank: null, note: null });
    const listed = await office.request<{ indexResults: IndexRow[] }>(INDEX_RESULTS, { year: 2023 });
    expect(listed.data?.indexResults.map((r) => r.id)).toEqual([result.id]);
    const deleted = await office.request<{ deleteIndexResult: boolean }>(DELETE_INDEX, { id: result.id });
    expect(deleted.data?.deleteIndexResult).toBe(true);
    expect(await auditCount(result.id)).toBe(3);
    expect(code(await office.request(DELETE_INDEX, { id: result.id }))).toBe('INDEX_RESULT_NOT_FOUND');
  });

  it.each([
    ['a second result for the same index and year', { year: 2021, index: 'PAR_INDEX' }, 'INDEX_RESULT_TAKEN'],
    [
      'a component above its maximum',
      { components: [{ name: 'A', score: 11, maxScore: 10 }] },
      'INDEX_COMPONENT_OVER_MAX',
    ],
    ['a rank beyond the number ranked', { rank: 21, rankOf: 20 }, 'INDEX_RANK_OVER_COUNT'],
    ['no department ranked', { rankOf: 0 }, 'BAD_USER_INPUT'],
    ['a negative score', { totalScore: -1 }, 'BAD_USER_INPUT'],
    ['a year out of range', { year: 1999 }, 'BAD_USER_INPUT'],
  ])('refuses %s and saves nothing', async (_name, change, expected) => {
    const before = await count('index_result');
    const res = await office.request(CREATE_INDEX, { i: { ...base, ...change } });
    expect(code(res)).toBe(expected);
    expect(await count('index_result')).toBe(before);
  });
});

describe('roles', () => {
  it('leadership reads every register', async () => {
    const leader = await t.as('lanhdao');
    expect((await leader.request(DOCUMENTS, { year: 2021 })).errors).toBeUndefined();
    expect((await leader.request(PROCEDURES, { year: 2021 })).errors).toBeUndefined();
    expect((await leader.request(FIGURES, { year: 2021 })).errors).toBeUndefined();
    expect((await leader.request(INDEX_RESULTS, {})).errors).toBeUndefined();
  });

  it('leadership and inspectors cannot write; inspectors cannot read', async () => {
    const leader = await t.as('lanhdao');
    const inspector = await t.as('kiemtra');
    const doc = {
      type: 'CONG_VAN',
      number: '888/SNN-VP',
      issuedOn: '2023-05-05',
      issuingUnitId: unitId('SNNMT'),
      summary: 'Thử',
    };
    for (const who of [leader, inspector]) {
      expect(code(await who.request(CREATE_DOC, { i: doc }))).toBe('FORBIDDEN');
    }
    expect(code(await inspector.request(DOCUMENTS, { year: 2021 }))).toBe('FORBIDDEN');
    expect(code(await inspector.request(FIGURES, { year: 2021 }))).toBe('FORBIDDEN');
    expect(await t.sql("select id from directive_document where number = '888/SNN-VP'")).toEqual([]);
  });
});
