import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AssessmentView,
  assessmentOf,
  criteriaFile,
  criterionId,
  postFile,
  SMALL_SET,
  setQuery,
} from '../helpers/criteria-sheet.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * citableRecords (issue 17): the records of the year a self-assessment can cite as evidence, by kind, as
 * the evidence picker lists them: exactly those addAssessmentEvidence accepts for the year, counted here
 * with plain SQL on the demo's 2021, narrowed by the words typed, at most 100.
 */

let t: TestApp;
let office: GraphQLCaller;
let assessment2021: AssessmentView;

interface Citable {
  kind: string;
  id: string;
  label: string;
}

const LIST = `query ($y: Int!, $k: EvidenceRecordKind!, $s: String) {
  citableRecords(year: $y, kind: $k, search: $s) { kind id label }
}`;

async function listed(year: number, kind: string, search?: string): Promise<Citable[]> {
  const res = await office.request<{ citableRecords: Citable[] }>(LIST, { y: year, k: kind, s: search ?? null });
  expect(res.errors).toBeUndefined();
  return res.data?.citableRecords ?? [];
}

const ids = async (text: string) => (await t.sql<{ id: string }>(text)).map((r) => r.id).sort();

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  const file = await criteriaFile(SMALL_SET);
  expect(
    (await postFile(t, office, `/api/criteria-sets/2021/import?${setQuery({ issuedOn: '2021-01-10' })}`, file)).status,
  ).toBe(200);
  const started = await office.request('mutation { startSelfAssessment(input: { year: 2021 }) { id } }');
  expect(started.errors).toBeUndefined();
  assessment2021 = await assessmentOf(office, 2021);
});
afterAll(() => t?.close());

describe('the records of 2021 a self-assessment can cite', () => {
  it('are, per kind, the records that belong to the year (approved visits and their findings only)', async () => {
    const expected: Record<string, string> = {
      DIRECTIVE_DOCUMENT: 'select id from directive_document where year = 2021',
      PLAN: 'select id from inspection_plan where year = 2021',
      VISIT: `select v.id from visit v join plan_line l on l.id = v.plan_line_id
                join inspection_plan p on p.id = l.plan_id where p.year = 2021 and v.status = 'APPROVED'`,
      NOTICE: `select n.id from conclusion_notice n join directive_document d on d.id = n.document_id
                 where d.year = 2021`,
      FINDING: `select f.id from finding f join visit v on v.id = f.visit_id join plan_line l on l.id = v.plan_line_id
                  join inspection_plan p on p.id = l.plan_id
                  where v.status = 'APPROVED' and (p.year = 2021 or extract(year from f.deadline) = 2021)`,
      PROCEDURE: 'select id from administrative_procedure where year = 2021',
      INDEX_RESULT: 'select id from index_result where year = 2021',
    };
    for (const [kind, query] of Object.entries(expected)) {
      const want = await ids(query);
      const got = await listed(2021, kind);
      expect(
        got.every((r) => r.kind === kind && r.label.length > 0),
        kind,
      ).toBe(true);
      expect(got.length, kind).toBe(Math.min(100, want.length));
      const gotIds = got.map((r) => r.id).sort();
      if (want.length <= 100) expect(gotIds, kind).toEqual(want);
      else
        expect(
          gotIds.every((id) => want.includes(id)),
          kind,
        ).toBe(true);
    }
    // The demo's 2021 holds every kind: the seed's 23 units inspected, its 91 TTHC.
    expect((await listed(2021, 'VISIT')).length).toBe(23);
    expect((await listed(2021, 'PROCEDURE')).length).toBe(91);
    expect((await listed(2021, 'PLAN')).length).toBeGreaterThan(0);
    expect((await listed(2021, 'INDEX_RESULT')).length).toBeGreaterThan(0);
  });

  it('are each accepted as evidence of the 2021 assessment, under the label the list showed', async () => {
    for (const kind of ['DIRECTIVE_DOCUMENT', 'PLAN', 'VISIT', 'FINDING', 'PROCEDURE', 'INDEX_RESULT']) {
      const [first] = await listed(2021, kind);
      expect(first, kind).toBeDefined();
      const res = await office.request<{ addAssessmentEvidence: { label: string } }>(
        'mutation ($i: AddAssessmentEvidenceInput!) { addAssessmentEvidence(input: $i) { label } }',
        {
          i: {
            assessmentId: assessment2021.id,
            criterionId: criterionId(assessment2021, '2.2'),
            recordKind: kind,
            recordId: first?.id,
          },
        },
      );
      expect(res.errors, kind).toBeUndefined();
      expect(res.data?.addAssessmentEvidence.label, kind).toBe(first?.label);
    }
  });

  it('are narrowed by every word typed, whatever the case', async () => {
    const procedures = await listed(2021, 'PROCEDURE');
    const one = procedures[5];
    const code = one?.label.split(':')[0]?.replace('TTHC ', '') ?? '';
    expect(await listed(2021, 'PROCEDURE', code)).toEqual(procedures.filter((p) => p.label.includes(code)));
    const documents = await listed(2021, 'DIRECTIVE_DOCUMENT');
    const upper = await listed(2021, 'DIRECTIVE_DOCUMENT', 'KẾ HOẠCH');
    expect(upper.length).toBeGreaterThan(0);
    expect(upper).toEqual(documents.filter((d) => d.label.toLocaleLowerCase('vi').includes('kế hoạch')));
    expect(await listed(2021, 'DIRECTIVE_DOCUMENT', 'kế hoạch không-có-từ-này')).toEqual([]);
  });

  it('are at most 100; the words typed find the others', async () => {
    await t.sql(
      `insert into directive_document (id, type, number, issued_on, year, issuing_unit_id, summary, version, created_at, updated_at)
         select gen_random_uuid(), 'CONG_VAN', n || '/SNN-VP', date '2031-03-01', 2031,
                (select id from unit where parent_id is null and active_to is null limit 1),
                'Công văn thử số ' || n, 1, now(), now()
           from generate_series(1, 120) as n`,
    );
    const all = await listed(2031, 'DIRECTIVE_DOCUMENT');
    expect(all.length).toBe(100);
    const found = await listed(2031, 'DIRECTIVE_DOCUMENT', 'thử số 117');
    expect(found.map((d) => d.label)).toEqual(['Văn bản 117/SNN-VP ngày 01/03/2031: Công văn thử số 117']);
    expect(await listed(2032, 'DIRECTIVE_DOCUMENT')).toEqual([]);
  });

  it('refuses a year outside the range', async () => {
    const res = await office.request(LIST, { y: 1999, k: 'PLAN' });
    expect(res.errors?.[0]?.extensions?.code).toBe('SELF_ASSESSMENT_YEAR_INVALID');
  });
});
