import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AssessmentView,
  assessmentOf,
  criteriaFile,
  criterionId,
  postFile,
  SCORE,
  type SheetRow,
  SMALL_SET,
  setQuery,
} from '../helpers/criteria-sheet.js';
import type { GraphQLCaller } from '../helpers/test-app.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * The leadership view of the self-assessment (issue 17, item 6): each area against last year's final
 * appraisal, the self vs appraisal gaps and the weakest criteria with their evidence gaps, on two years
 * imported from small sets whose figures are worked out by hand below.
 */

let t: TestApp;
let office: GraphQLCaller;
let leadership: GraphQLCaller;

const STEP = (name: string) => `mutation ($id: ID!) { ${name}(id: $id) { id status } }`;
const APPRAISE = `mutation ($i: AppraisalScoreInput!) { enterAppraisalScore(input: $i) { appraisalPoints1 } }`;
const EVIDENCE = `mutation ($i: AddAssessmentEvidenceInput!) { addAssessmentEvidence(input: $i) { id } }`;
const COMPARISON = `query ($year: Int!) { selfAssessment(year: $year) { comparison {
  previousYear previousIsAppraisal droppedAreaCodes
  overall { maxPoints selfPoints comparable previousMaxPoints previousPoints difference }
  areas { code maxPoints selfPoints comparable previousMaxPoints previousPoints difference }
  appraisalGaps { code selfPoints appraisalPoints gap }
  weakest { code selfPoints maxPoints ratio evidenceCount hasExplanation evidenceGap }
} } }`;

interface Comparison {
  previousYear: number | null;
  previousIsAppraisal: boolean;
  droppedAreaCodes: string[];
  overall: Record<string, unknown>;
  areas: Record<string, unknown>[];
  appraisalGaps: { code: string; selfPoints: number; appraisalPoints: number; gap: number }[];
  weakest: Record<string, unknown>[];
}

async function comparisonOf(caller: GraphQLCaller, year: number): Promise<Comparison> {
  const res = await caller.request<{ selfAssessment: { comparison: Comparison } }>(COMPARISON, { year });
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.selfAssessment.comparison;
}

/** 2035 keeps area 1 of the small set and replaces area 2 by area 3 (6 points). */
const SET_2035: SheetRow[] = [
  ...SMALL_SET.filter((row) => String(row[0]).startsWith('1')),
  ['3', 'Cải cách tổ chức bộ máy', 6, null, null, null, null, null, null],
  ['3.1', 'Sắp xếp tổ chức', 3, null, null, '0,5', null, null, null],
  ['3.2', 'Quản lý biên chế', 3, null, null, 1, null, null, null],
];

async function started(year: number, rows: SheetRow[]): Promise<AssessmentView> {
  expect(
    (await postFile(t, office, `/api/criteria-sets/${year}/import?${setQuery()}`, await criteriaFile(rows))).status,
  ).toBe(200);
  const res = await office.request(`mutation { startSelfAssessment(input: { year: ${year} }) { id } }`);
  expect(res.errors).toBeUndefined();
  return assessmentOf(office, year);
}

async function score(view: AssessmentView, code: string, points: number, explanation: string | null = null) {
  const res = await office.request(SCORE, {
    i: { assessmentId: view.id, criterionId: criterionId(view, code), points, explanation },
  });
  expect(res.errors, code).toBeUndefined();
}

async function step(view: AssessmentView, caller: GraphQLCaller, name: string) {
  expect((await caller.request(STEP(name), { id: view.id })).errors, name).toBeUndefined();
}

beforeAll(async () => {
  t = await startTestApp();
  office = await t.as('vanphong');
  leadership = await t.as('lanhdao');

  // 2034, final. Self 1 + 0,75 + 2 + 2,5 + 3 = 9,25; appraisal 1 + 0,5 + 1 + 2 + 3 = 7,5 (area 1: 2,5).
  const y2034 = await started(2034, SMALL_SET);
  const self: [string, number, number][] = [
    ['1.1.1', 1, 1],
    ['1.1.2', 0.75, 0.5],
    ['1.2', 2, 1],
    ['2.1', 2.5, 2],
    ['2.2', 3, 3],
  ];
  for (const [code, points] of self) await score(y2034, code, points);
  await step(y2034, office, 'submitSelfAssessment');
  await step(y2034, leadership, 'approveSelfAssessment');
  await step(y2034, office, 'startSelfAssessmentAppraisal');
  for (const [code, , appraised] of self) {
    const res = await office.request(APPRAISE, {
      i: { assessmentId: y2034.id, criterionId: criterionId(y2034, code), round: 'FIRST', points: appraised },
    });
    expect(res.errors, code).toBeUndefined();
  }
  await step(y2034, office, 'finaliseSelfAssessment');

  // 2035, draft: area 1 = 0 + 0,5 + 1 = 1,5 of 4; area 3 = 3 + 1 = 4 of 6.
  const y2035 = await started(2035, SET_2035);
  await score(y2035, '1.1.1', 0);
  await score(y2035, '1.1.2', 0.5, 'Hoàn thành 50% kế hoạch');
  await score(y2035, '1.2', 1, 'Kiểm tra 8/10 đơn vị');
  await score(y2035, '3.1', 3);
  await score(y2035, '3.2', 1);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  const fileId = crypto.randomUUID();
  expect((await office.upload(fileId, pdf, 'application/pdf')).status).toBe(201);
  const cited = await office.request(EVIDENCE, {
    i: { assessmentId: y2035.id, criterionId: criterionId(y2035, '1.1.2'), fileId, documentNumber: '5/BC' },
  });
  expect(cited.errors).toBeUndefined();
});
afterAll(() => t?.close());

describe('the year against last year', () => {
  it("compares each area by code with last year's final appraisal; a new area is not comparable", async () => {
    const c = await comparisonOf(leadership, 2035);
    expect(c).toMatchObject({ previousYear: 2034, previousIsAppraisal: true, droppedAreaCodes: ['2'] });
    // 5,5 this year against the appraisal's 7,5 last year.
    expect(c.overall).toEqual({
      maxPoints: 10,
      selfPoints: 5.5,
      comparable: true,
      previousMaxPoints: 10,
      previousPoints: 7.5,
      difference: -2,
    });
    expect(c.areas).toEqual([
      {
        code: '1',
        maxPoints: 4,
        selfPoints: 1.5,
        comparable: true,
        previousMaxPoints: 4,
        previousPoints: 2.5,
        difference: -1,
      },
      {
        code: '3',
        maxPoints: 6,
        selfPoints: 4,
        comparable: false,
        previousMaxPoints: null,
        previousPoints: null,
        difference: null,
      },
    ]);
    expect(c.appraisalGaps).toEqual([]);
  });

  it('has nothing to compare the first year, and lists its appraisal gaps, largest first', async () => {
    const c = await comparisonOf(office, 2034);
    expect(c.previousYear).toBeNull();
    expect(c.areas.map((a) => [a.code, a.comparable, a.difference])).toEqual([
      ['1', false, null],
      ['2', false, null],
    ]);
    expect(c.appraisalGaps.map((g) => [g.code, g.selfPoints, g.appraisalPoints, g.gap])).toEqual([
      ['1.2', 2, 1, -1],
      ['2.1', 2.5, 2, -0.5],
      ['1.1.2', 0.75, 0.5, -0.25],
      ['1.1.1', 1, 1, 0],
      ['2.2', 3, 3, 0],
    ]);
  });
});

describe('the weakest criteria', () => {
  it('lists the scored criteria below their maximum, lowest share first, with their evidence gaps', async () => {
    const c = await comparisonOf(leadership, 2035);
    expect(c.weakest).toEqual([
      // 0 of 1, nothing said, nothing cited.
      {
        code: '1.1.1',
        selfPoints: 0,
        maxPoints: 1,
        ratio: 0,
        evidenceCount: 0,
        hasExplanation: false,
        evidenceGap: true,
      },
      {
        code: '3.2',
        selfPoints: 1,
        maxPoints: 3,
        ratio: 1 / 3,
        evidenceCount: 0,
        hasExplanation: false,
        evidenceGap: true,
      },
      // Half of the maximum each: 1.2 loses 1 point, 1.1.2 half a point and has its explanation and evidence.
      {
        code: '1.2',
        selfPoints: 1,
        maxPoints: 2,
        ratio: 0.5,
        evidenceCount: 0,
        hasExplanation: true,
        evidenceGap: true,
      },
      {
        code: '1.1.2',
        selfPoints: 0.5,
        maxPoints: 1,
        ratio: 0.5,
        evidenceCount: 1,
        hasExplanation: true,
        evidenceGap: false,
      },
    ]);
  });
});
