import ExcelJS from 'exceljs';
import { CRITERIA_COLUMNS } from '../../server/src/features/self-assessment/criteria-sheet.js';
import type { GraphQLCaller, TestApp } from './test-app.js';

/** A row of the province's layout: code, text, max, guidance, bands, step, evidence, measure, params. */
export type SheetRow = (string | number | null)[];

/** An .xlsx with a header and rows, as an office fills the template. */
export async function workbook(header: readonly string[], rows: SheetRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Bộ tiêu chí');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const criteriaFile = (rows: SheetRow[]) => workbook(CRITERIA_COLUMNS, rows);

/** The set's details as the import's query string. */
export function setQuery(details: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({
    title: 'Bộ tiêu chí thử nghiệm',
    documentNumber: '12/QĐ-UBND',
    issuedOn: '2030-01-15',
    totalPoints: '10',
    ...Object.fromEntries(Object.entries(details).map(([k, v]) => [k, String(v)])),
  });
  return params.toString();
}

export interface ImportAnswer {
  status: number;
  body: {
    code?: string;
    message?: string;
    revision: number;
    setId?: string;
    problems: { row: number; criterion: string | null; code: string; message: string }[];
    rows: { row: number; code: string; level: string | null; problems: unknown[] }[];
    counts: Record<string, number>;
    carryOver: { kept: string[]; changed: string[]; retired: string[] } | null;
  };
}

/** POSTs a file to one of the self-assessment's import routes, as the PWA sends it. */
export async function postFile(t: TestApp, caller: GraphQLCaller, path: string, body: Buffer): Promise<ImportAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (caller.cookie) headers.cookie = caller.cookie;
  const res = await fetch(`${t.url}${path}`, { method: 'POST', headers, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as ImportAnswer['body'] };
}

/** A small good set of 10 points: two areas, a criterion with two components, measures by name and label. */
export const SMALL_SET: SheetRow[] = [
  ['1', 'Công tác chỉ đạo, điều hành', 4, null, null, null, null, null, null],
  ['1.1', 'Kế hoạch cải cách hành chính', 2, null, null, null, null, null, null],
  [
    '1.1.1',
    'Ban hành kế hoạch đúng thời hạn',
    1,
    'Trước 31/01: 1 điểm',
    '100%: 1; 0%: 0',
    null,
    'Kế hoạch CCHC năm',
    'DIRECTIVE_ISSUED_ON_TIME',
    '{"documentType":"KE_HOACH","deadline":"01-31"}',
  ],
  ['1.1.2', 'Mức độ hoàn thành kế hoạch', 1, null, null, '0,25', null, null, null],
  [
    '1.2',
    'Kiểm tra cải cách hành chính',
    2,
    null,
    '100%: 2; 80%: 1; 0%: 0',
    null,
    null,
    'Đơn vị được kiểm tra theo kế hoạch',
    null,
  ],
  ['2', 'Cải cách thủ tục hành chính', 6, null, null, null, null, null, null],
  ['2.1', 'Cung cấp dịch vụ công trực tuyến', 3, null, null, '0,5', null, 'TTHC_ONLINE', null],
  ['2.2', 'Xử lý phản ánh, kiến nghị', 3, null, null, 1, null, null, null],
];

export const SCORE = `mutation ($i: ScoreCriterionInput!) {
  scoreCriterion(input: $i) { id points notApplicable needsReview priorPoints priorMaxPoints reviewNote }
}`;

export const ASSESSMENT = `query ($year: Int!) {
  selfAssessment(year: $year) {
    id status returnComment
    criteriaSet { revision }
    criteria { id code isLeaf maxPoints }
    scores { criterionId points notApplicable needsReview priorPoints priorMaxPoints priorText reviewNote
      appraisalPoints1 appraisalPoints2 criterion { code } evidence { id label fileId recordKind pointer } }
    retiredScores { points retiredInRevision criterion { code } }
    totals { overall { statedMaxPoints maxPoints selfPoints appraisalPoints leaves scoredLeaves notApplicableLeaves }
      areas { code maxPoints selfPoints appraisalPoints } }
  }
}`;

export interface AssessmentView {
  id: string;
  status: string;
  returnComment: string | null;
  criteriaSet: { revision: number };
  criteria: { id: string; code: string; isLeaf: boolean; maxPoints: number }[];
  scores: {
    points: number | null;
    notApplicable: boolean;
    needsReview: boolean;
    priorPoints: number | null;
    priorMaxPoints: number | null;
    priorText: string | null;
    reviewNote: string | null;
    appraisalPoints1: number | null;
    appraisalPoints2: number | null;
    criterion: { code: string };
    evidence: { id: string; label: string; fileId: string | null; recordKind: string | null; pointer: string | null }[];
  }[];
  retiredScores: { points: number | null; retiredInRevision: number; criterion: { code: string } }[];
  totals: {
    overall: Record<string, number | null>;
    areas: { code: string; maxPoints: number; selfPoints: number; appraisalPoints: number | null }[];
  };
}

export async function assessmentOf(caller: GraphQLCaller, year: number): Promise<AssessmentView> {
  const res = await caller.request<{ selfAssessment: AssessmentView }>(ASSESSMENT, { year });
  if (res.errors || !res.data?.selfAssessment) throw new Error(JSON.stringify(res.errors));
  return res.data.selfAssessment;
}

/** The id of a criterion of the assessment's current set, by code. */
export function criterionId(view: AssessmentView, code: string): string {
  const found = view.criteria.find((c) => c.code === code);
  if (!found) throw new Error(`no criterion ${code}`);
  return found.id;
}
