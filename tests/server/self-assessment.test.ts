import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SCORES_2025 } from '../../server/src/db/seeders/demo-criteria.js';
import {
  type AssessmentView,
  assessmentOf,
  criteriaFile,
  criterionId,
  postFile,
  SCORE,
  SMALL_SET,
  setQuery,
  workbook,
} from '../helpers/criteria-sheet.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The year's self-assessment (issue 17): scoring on the guidance, evidence of the year, totals, the
 * workflow from draft to final with leadership's approval and the Sở Nội vụ's appraisal, the audit.
 */

let t: TestApp;
let office: GraphQLCaller;
let leadership: GraphQLCaller;
let demo: AssessmentView;

const EVIDENCE = `mutation ($i: AddAssessmentEvidenceInput!) {
  addAssessmentEvidence(input: $i) { id label fileId recordKind pointer documentNumber }
}`;
const STEP = (name: string) => `mutation ($id: ID!) { ${name}(id: $id) { id status } }`;
const APPRAISE = `mutation ($i: AppraisalScoreInput!) { enterAppraisalScore(input: $i) { appraisalPoints1 appraisalPoints2 } }`;

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.code as string | undefined) ?? null;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  leadership = await t.as('lanhdao');
  demo = await assessmentOf(office, 2025);
});
afterAll(() => t?.close());

describe('the demo 2025 self-assessment', () => {
  it('is a draft on the illustrative set, its totals computed from its scores', () => {
    expect(demo.status).toBe('DRAFT');
    const scored = DEMO_SCORES_2025.filter((s) => s.points !== null);
    const sum = scored.reduce((a, s) => a + (s.points ?? 0), 0);
    expect(demo.totals.overall).toMatchObject({
      statedMaxPoints: 100,
      // 2.1.1 does not apply: its point comes out of the maximum.
      maxPoints: 99,
      selfPoints: sum,
      scoredLeaves: scored.length,
      notApplicableLeaves: 1,
      appraisalPoints: null,
    });
    expect(demo.totals.areas.map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(demo.totals.areas[0]).toMatchObject({ maxPoints: 13, selfPoints: 3.25 });
    expect(demo.totals.areas[1]).toMatchObject({ maxPoints: 7, selfPoints: 0 });
  });

  it("cites records of the demo's 2025 as evidence", () => {
    const cited = demo.scores
      .filter((s) => s.evidence.length > 0)
      .map((s) => [s.criterion.code, s.evidence.map((e) => [e.recordKind, e.label])]);
    expect(cited).toEqual([
      [
        '1.1.1',
        [
          [
            'DIRECTIVE_DOCUMENT',
            'Văn bản 10/KH-SNN ngày 15/01/2025: Cải cách hành chính năm 2025 của Sở Nông nghiệp và Phát triển nông thôn',
          ],
        ],
      ],
      [
        '1.3.1',
        [
          ['PLAN', 'Kế hoạch 28/KH-SNN ngày 14/02/2025: Kế hoạch kiểm tra kỷ luật, kỷ cương hành chính năm 2025'],
          [
            'DIRECTIVE_DOCUMENT',
            'Văn bản 45/QĐ-SNN ngày 10/02/2025: Thành lập Đoàn kiểm tra kỷ luật, kỷ cương hành chính năm 2025',
          ],
        ],
      ],
      ['8.1', [['INDEX_RESULT', 'SIPAS năm 2025: 88,64 điểm']]],
    ]);
  });
});

describe('scoring', () => {
  const score = (code: string, fields: Record<string, unknown>) =>
    office.request(SCORE, { i: { assessmentId: demo.id, criterionId: criterionId(demo, code), ...fields } });

  it.each([
    ['above the maximum', '1.2.2', { points: 0.75 }, 'SCORE_ABOVE_MAX'],
    ['between the steps', '1.2.2', { points: 0.3 }, 'SCORE_BETWEEN_STEPS'],
    ['not one of the bands', '1.1.2', { points: 0.75 }, 'SCORE_NOT_A_BAND'],
    ['negative', '1.2.2', { points: -0.25 }, 'BAD_USER_INPUT'],
    [
      'not applicable without a reason',
      '2.2.1',
      { notApplicable: true, notApplicableReason: '  ' },
      'NOT_APPLICABLE_REASON_REQUIRED',
    ],
    [
      'not applicable with points',
      '2.2.1',
      { notApplicable: true, notApplicableReason: 'Lý do', points: 0.5 },
      'SCORE_WITH_NOT_APPLICABLE',
    ],
    ['a criterion with components', '1.1', { points: 1 }, 'CRITERION_NOT_SCORED_DIRECTLY'],
  ])('refuses a score %s', async (_name, code, fields, expected) => {
    expect(codeOf(await score(code, fields))).toBe(expected);
  });

  it('refuses a criterion of another set, and changes nothing when refusing', async () => {
    const other = await t.sql<{ id: string }>(
      `select c.id from criterion c join criteria_set s on s.id = c.set_id where s.year = 2026 and c.code = '1.2.2'`,
    );
    const res = await office.request(SCORE, { i: { assessmentId: demo.id, criterionId: other[0]?.id, points: 0.5 } });
    expect(codeOf(res)).toBe('CRITERION_NOT_FOUND');
    expect((await assessmentOf(office, 2025)).totals.overall).toEqual(demo.totals.overall);
  });

  it('takes a score on a step, and says not applicable with a reason', async () => {
    expect(codeOf(await score('1.2.2', { points: 0.5, explanation: 'Đủ, đúng hạn' }))).toBeNull();
    expect(
      codeOf(await score('2.2.1', { notApplicable: true, notApplicableReason: 'Không có văn bản phải rà soát' })),
    ).toBeNull();
    const after = await assessmentOf(office, 2025);
    expect(after.totals.overall.selfPoints).toBe((demo.totals.overall.selfPoints ?? 0) + 0.25);
    expect(after.totals.overall.maxPoints).toBe(98.5);
  });
});

describe('evidence', () => {
  const evidence = (code: string, fields: Record<string, unknown>) =>
    office.request<{ addAssessmentEvidence: { label: string; fileId: string | null } }>(EVIDENCE, {
      i: { assessmentId: demo.id, criterionId: criterionId(demo, code), ...fields },
    });

  it("cites a record of the assessment's year, and refuses one of another year", async () => {
    const [root] = await t.sql<{ id: string }>('select id from unit where parent_id is null and active_to is null');
    const created = await office.request<{ createDirectiveDocument: { id: string } }>(
      'mutation ($i: DirectiveDocumentInput!) { createDirectiveDocument(input: $i) { id } }',
      {
        i: {
          type: 'KE_HOACH',
          number: '12/KH-SNNMT',
          issuedOn: '2025-01-15',
          issuingUnitId: root?.id,
          summary: 'Cải cách hành chính năm 2025',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const ok = await evidence('1.1.1', {
      recordKind: 'DIRECTIVE_DOCUMENT',
      recordId: created.data?.createDirectiveDocument.id,
      pointer: 'mục II',
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.addAssessmentEvidence.label).toBe(
      'Văn bản 12/KH-SNNMT ngày 15/01/2025: Cải cách hành chính năm 2025',
    );

    const [of2021] = await t.sql<{ id: string }>(`select id from directive_document where number = '80/KH-SNN'`);
    const refused = await evidence('1.1.1', { recordKind: 'DIRECTIVE_DOCUMENT', recordId: of2021?.id });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'EVIDENCE_OTHER_YEAR' } });
    expect(refused.errors?.[0]?.message).toContain('năm 2021');
    const [plan2021] = await t.sql<{ id: string }>('select id from inspection_plan where year = 2021');
    expect(codeOf(await evidence('1.3.1', { recordKind: 'PLAN', recordId: plan2021?.id }))).toBe('EVIDENCE_OTHER_YEAR');
    expect(codeOf(await evidence('1.1.1', { recordKind: 'VISIT', recordId: of2021?.id }))).toBe(
      'EVIDENCE_RECORD_NOT_FOUND',
    );
    expect(codeOf(await evidence('1.1.1', { recordKind: 'PLAN', recordId: plan2021?.id, fileId: of2021?.id }))).toBe(
      'EVIDENCE_SOURCE_INVALID',
    );
  });

  it('cites an uploaded PDF with its page, which leadership may download; field users upload images only', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const id = crypto.randomUUID();
    expect((await office.upload(id, pdf, 'application/pdf')).status).toBe(201);
    const added = await evidence('1.2.1', {
      fileId: id,
      pointer: 'trang 3, mục II.2',
      documentNumber: '25/BC-SNNMT',
      documentDate: '2025-12-10',
      issuer: 'Sở Nông nghiệp và Môi trường',
    });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addAssessmentEvidence).toMatchObject({
      fileId: id,
      label: '25/BC-SNNMT, Sở Nông nghiệp và Môi trường',
    });
    const read = await leadership.download(id);
    expect([read.status, read.type, read.bytes.equals(pdf)]).toEqual([200, 'application/pdf', true]);
    expect((await (await t.as('kiemtra')).download(id)).status).toBe(404);

    const inspector = await t.as('kiemtra');
    const refused = await inspector.upload(crypto.randomUUID(), pdf, 'application/pdf');
    expect([refused.status, refused.body.code]).toEqual([415, 'FILE_NOT_IMAGE']);
    const text = await office.upload(crypto.randomUUID(), Buffer.from('không phải tài liệu'), 'application/pdf');
    expect([text.status, text.body.code]).toEqual([415, 'FILE_TYPE_NOT_ALLOWED']);
    expect(codeOf(await evidence('1.2.1', { fileId: crypto.randomUUID() }))).toBe('EVIDENCE_FILE_NOT_FOUND');
  });
});

describe('a suggestion computed from the records, accepted, then overridden', () => {
  const SUGGESTIONS = `query ($y: Int!) { selfAssessment(year: $y) { id
    suggestions { criterionId points computation numerator denominator records { kind id label counted } } } }`;
  const ACCEPT = `mutation ($a: ID!, $c: ID!) {
    acceptSuggestion(assessmentId: $a, criterionId: $c) { points suggestedPoints suggestionComputation suggestionAcceptedByName }
  }`;

  const suggestionsOf = async (year: number): Promise<Suggestion[]> => {
    const res = await office.request<{ selfAssessment: { suggestions: Suggestion[] } }>(SUGGESTIONS, { y: year });
    expect(res.errors).toBeUndefined();
    return res.data?.selfAssessment.suggestions ?? [];
  };

  it("is computed from the demo's 2025 records, and the demo accepted it on 1.3.2", async () => {
    const plan = (await suggestionsOf(2025)).find((x) => x.criterionId === criterionId(demo, '1.3.2'));
    expect(plan).toMatchObject({
      points: 0.5,
      numerator: 9,
      denominator: 11,
      computation: '9/11 đơn vị được kiểm tra theo kế hoạch = 81,82% -> 0,5/1 điểm',
    });
    const res = await office.request<{
      selfAssessment: { scores: { criterion: { code: string }; points: number; suggestedPoints: number | null }[] };
    }>(
      `{ selfAssessment(year: 2025) { scores { criterion { code } points suggestedPoints suggestionComputation
          suggestionAcceptedByName } } }`,
    );
    const accepted = res.data?.selfAssessment.scores.filter((s) => s.suggestedPoints !== null);
    expect(accepted).toEqual([
      {
        criterion: { code: '1.3.2' },
        points: 0.5,
        suggestedPoints: 0.5,
        suggestionComputation: plan?.computation,
        suggestionAcceptedByName: 'Nguyễn Thị Hoa',
      },
    ]);
    const audit = await t.sql<{ n: string }>(
      `select count(*) as n from audit_entry where entity_id = ? and action = 'ACCEPT_SUGGESTION'`,
      [demo.id],
    );
    expect(Number(audit[0]?.n)).toBe(1);
  });

  it('offers none where nothing was due: no finding of the demo has its deadline in 2026', async () => {
    expect(codeOf(await office.request('mutation { startSelfAssessment(input: { year: 2026 }) { id } }'))).toBeNull();
    const y2026 = await assessmentOf(office, 2026);
    const fixed = (await suggestionsOf(2026)).find((x) => x.criterionId === criterionId(y2026, '1.3.4'));
    expect(fixed).toMatchObject({ points: null, denominator: 0 });
    expect(fixed?.computation).toContain('2026');
    const accepted = await office.request(ACCEPT, { a: y2026.id, c: criterionId(y2026, '1.3.4') });
    expect(codeOf(accepted)).toBe('SUGGESTION_UNAVAILABLE');
    // A criterion naming no measure has no suggestion either.
    expect(codeOf(await office.request(ACCEPT, { a: demo.id, c: criterionId(demo, '1.2.1') }))).toBe(
      'SUGGESTION_UNAVAILABLE',
    );
  });

  it('stores what the server computes for 2026, and a different score then needs an explanation', async () => {
    const y2026 = await assessmentOf(office, 2026);
    const plan = (await suggestionsOf(2026)).find((x) => x.criterionId === criterionId(y2026, '1.3.2'));
    expect(plan?.denominator).toBeGreaterThan(0);
    expect(plan?.records.filter((r) => r.kind === 'VISIT')).toHaveLength(plan?.denominator ?? -1);
    expect(plan?.records.filter((r) => r.kind === 'VISIT' && r.counted)).toHaveLength(plan?.numerator ?? -1);
    // The bands of 1.3.2: 100%: 1; 80% to under 100%: 0,5; under 80%: 0.
    const ratio = (plan?.numerator ?? 0) / (plan?.denominator ?? 1);
    expect(plan?.points).toBe(ratio === 1 ? 1 : ratio >= 0.8 ? 0.5 : 0);
    expect(plan?.computation).toMatch(/^\d+\/\d+ đơn vị được kiểm tra theo kế hoạch = .*-> .*\/1 điểm/);

    const c = criterionId(y2026, '1.3.2');
    const accepted = await office.request(ACCEPT, { a: y2026.id, c });
    expect(codeOf(accepted)).toBeNull();
    expect(accepted.data?.acceptSuggestion).toEqual({
      points: plan?.points,
      suggestedPoints: plan?.points,
      suggestionComputation: plan?.computation,
      suggestionAcceptedByName: expect.any(String),
    });
    const other = plan?.points === 0 ? 0.5 : 0;
    const i = { assessmentId: y2026.id, criterionId: c, points: other };
    expect(codeOf(await office.request(SCORE, { i }))).toBe('SCORE_OVERRIDE_EXPLANATION_REQUIRED');
    expect(
      codeOf(await office.request(SCORE, { i: { ...i, overrideExplanation: 'Hai đơn vị kiểm tra chưa đủ nội dung' } })),
    ).toBeNull();
    const audit = await t.sql<{ action: string }>(
      `select action from audit_entry where entity_id = ? and action = 'ACCEPT_SUGGESTION'`,
      [y2026.id],
    );
    expect(audit).toHaveLength(1);
  });
});

interface Suggestion {
  criterionId: string;
  points: number | null;
  computation: string;
  numerator: number;
  denominator: number;
  records: { kind: string; id: string; label: string; counted: boolean }[];
}

describe('the workflow, draft to final', () => {
  let view: AssessmentView;
  const leaves = ['1.1.1', '1.1.2', '1.2', '2.1', '2.2'];
  const points: Record<string, number> = { '1.1.1': 1, '1.1.2': 0.75, '1.2': 2, '2.1': 2.5, '2.2': 3 };

  beforeAll(async () => {
    const file = await criteriaFile(SMALL_SET);
    expect((await postFile(t, office, `/api/criteria-sets/2032/import?${setQuery()}`, file)).status).toBe(200);
    expect(codeOf(await office.request('mutation { startSelfAssessment(input: { year: 2032 }) { id } }'))).toBeNull();
    expect(codeOf(await office.request('mutation { startSelfAssessment(input: { year: 2032 }) { id } }'))).toBe(
      'SELF_ASSESSMENT_EXISTS',
    );
    view = await assessmentOf(office, 2032);
  });

  const score = (code: string, value: number) =>
    office.request(SCORE, { i: { assessmentId: view.id, criterionId: criterionId(view, code), points: value } });

  it('submits once every criterion is scored; a submitted assessment cannot be edited', async () => {
    expect(codeOf(await office.request(STEP('submitSelfAssessment'), { id: view.id }))).toBe(
      'SELF_ASSESSMENT_INCOMPLETE',
    );
    for (const code of leaves) expect(codeOf(await score(code, points[code] ?? 0)), code).toBeNull();
    expect(codeOf(await leadership.request(STEP('approveSelfAssessment'), { id: view.id }))).toBe(
      'SELF_ASSESSMENT_WRONG_STATUS',
    );
    const submitted = await office.request<{ submitSelfAssessment: { status: string } }>(STEP('submitSelfAssessment'), {
      id: view.id,
    });
    expect(submitted.data?.submitSelfAssessment.status).toBe('SUBMITTED');
    expect(codeOf(await score('1.1.2', 1))).toBe('SELF_ASSESSMENT_LOCKED');
    const [pdfOwner] = await t.sql<{ id: string }>(`select id from directive_document limit 1`);
    expect(
      codeOf(
        await office.request(EVIDENCE, {
          i: {
            assessmentId: view.id,
            criterionId: criterionId(view, '2.2'),
            recordKind: 'DIRECTIVE_DOCUMENT',
            recordId: pdfOwner?.id,
          },
        }),
      ),
    ).toBe('SELF_ASSESSMENT_LOCKED');
    expect(codeOf(await office.request(STEP('approveSelfAssessment'), { id: view.id }))).toBe('FORBIDDEN');
  });

  it('leadership returns it with a comment, then approves it once submitted again', async () => {
    const RETURN =
      'mutation ($i: ReturnSelfAssessmentInput!) { returnSelfAssessment(input: $i) { status returnComment } }';
    expect(codeOf(await leadership.request(RETURN, { i: { id: view.id, comment: ' ' } }))).toBe(
      'SELF_ASSESSMENT_RETURN_COMMENT_REQUIRED',
    );
    const returned = await leadership.request<{ returnSelfAssessment: { status: string; returnComment: string } }>(
      RETURN,
      {
        i: { id: view.id, comment: 'Rà soát lại tiêu chí 1.1.2' },
      },
    );
    expect(returned.data?.returnSelfAssessment).toEqual({
      status: 'DRAFT',
      returnComment: 'Rà soát lại tiêu chí 1.1.2',
    });
    expect(codeOf(await score('1.1.2', 1))).toBeNull();
    expect(codeOf(await office.request(STEP('submitSelfAssessment'), { id: view.id }))).toBeNull();
    const approved = await leadership.request<{ approveSelfAssessment: { status: string } }>(
      STEP('approveSelfAssessment'),
      {
        id: view.id,
      },
    );
    expect(approved.data?.approveSelfAssessment.status).toBe('APPROVED');
  });

  it("takes the Sở Nội vụ's appraisal by hand and from a sheet, then is final", async () => {
    const appraise = (code: string, round: string, value: number | null) =>
      office.request(APPRAISE, {
        i: { assessmentId: view.id, criterionId: criterionId(view, code), round, points: value, comment: 'Đạt' },
      });
    expect(codeOf(await appraise('1.2', 'FIRST', 1))).toBe('SELF_ASSESSMENT_WRONG_STATUS');
    expect(codeOf(await office.request(STEP('startSelfAssessmentAppraisal'), { id: view.id }))).toBeNull();
    expect(codeOf(await office.request(STEP('finaliseSelfAssessment'), { id: view.id }))).toBe(
      'SELF_ASSESSMENT_APPRAISAL_INCOMPLETE',
    );
    expect(codeOf(await appraise('1.2', 'FIRST', 2.5))).toBe('SCORE_ABOVE_MAX');

    const template = await fetch(`${t.url}/api/self-assessments/2032/appraisal-template.xlsx`, {
      headers: { cookie: office.cookie ?? '' },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await template.arrayBuffer());
    const codes: string[] = [];
    book.worksheets[0]?.eachRow((row, n) => n > 1 && codes.push(String(row.getCell(1).value)));
    expect(codes).toEqual(leaves);

    const columns = ['Mã', 'Điểm thẩm định', 'Nhận xét'];
    const bad = await workbook(columns, [
      ['1.1.1', 1, 'Đạt'],
      ['1.1.2', '0,3', 'Chưa đủ'],
      ['9.9', 1, null],
      ['1.2', 'hai', null],
    ]);
    const path = '/api/self-assessments/2032/appraisal-import';
    const preview = await postFile(t, office, `${path}-preview?round=FIRST`, bad);
    expect(preview.body.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'SCORE_BETWEEN_STEPS'],
      [4, 'APPRAISAL_CODE_UNKNOWN'],
      [5, 'APPRAISAL_SCORE_INVALID'],
    ]);
    const refused = await postFile(t, office, `${path}?round=FIRST`, bad);
    expect([refused.status, refused.body.code]).toEqual([400, 'APPRAISAL_IMPORT_INVALID']);
    expect((await assessmentOf(office, 2032)).totals.overall.appraisalPoints).toBeNull();

    const good = await workbook(columns, [
      ['1.1.1', 1, 'Đạt'],
      ['1.1.2', '0,75', 'Kế hoạch hoàn thành 85%'],
      ['1.2', 1, 'Kiểm tra 9/11 đơn vị'],
      ['2.1', 2, null],
      ['2.2', 3, null],
    ]);
    expect((await postFile(t, office, `${path}?round=FIRST`, good)).status).toBe(200);
    expect(codeOf(await appraise('1.2', 'SECOND', 2))).toBeNull();
    const final = await office.request<{ finaliseSelfAssessment: { status: string } }>(STEP('finaliseSelfAssessment'), {
      id: view.id,
    });
    expect(final.data?.finaliseSelfAssessment.status).toBe('FINAL');
    const done = await assessmentOf(leadership, 2032);
    // Self: 1 + 1 + 2 + 2,5 + 3; appraisal: 1 + 0,75 + 2 (round 2) + 2 + 3.
    expect(done.totals.overall).toMatchObject({ selfPoints: 9.5, appraisalPoints: 8.75, maxPoints: 10 });
    expect(done.totals.areas.map((a) => [a.code, a.selfPoints, a.appraisalPoints])).toEqual([
      ['1', 4, 3.75],
      ['2', 5.5, 5],
    ]);
  });

  it('audits every step on the assessment, readable by leadership', async () => {
    const res = await leadership.request<{ auditTrail: { action: string; actorName: string }[] }>(
      'query ($id: ID!) { auditTrail(entityId: $id) { action actorName } }',
      { id: view.id },
    );
    const actions = res.data?.auditTrail.map((a) => a.action) ?? [];
    expect(actions[0]).toBe('START');
    expect(actions.filter((a) => a === 'SCORE')).toHaveLength(leaves.length + 1);
    expect(actions.filter((a) => a !== 'SCORE')).toEqual([
      'START',
      'SUBMIT',
      'RETURN',
      'SUBMIT',
      'APPROVE',
      'START_APPRAISAL',
      'IMPORT_APPRAISAL',
      'APPRAISAL_SCORE',
      'FINALISE',
    ]);
    expect(res.data?.auditTrail.find((a) => a.action === 'APPROVE')?.actorName).toBe('Hoàng Văn Minh');
    const demoTrail = await office.request<{ auditTrail: { action: string }[] }>(
      'query ($id: ID!) { auditTrail(entityId: $id) { action } }',
      { id: demo.id },
    );
    expect(demoTrail.data?.auditTrail.map((a) => a.action)).toEqual(expect.arrayContaining(['SCORE', 'ADD_EVIDENCE']));
  });
});
