import ExcelJS from 'exceljs';
import type { AppError } from '../../common/app-error.js';
import { writeSafeWorkbook } from '../../common/spreadsheet-cells.js';
import { type Cell, cellText, numberOf } from '../registers/register-cells.js';
import { type ScoringGuide, scoreProblem } from './criteria-rules.js';
import { CriteriaErrors, SelfAssessmentErrors } from './self-assessment.errors.js';

// The Sở Nội vụ's appraisal of a round as a sheet (issue 17): one row per scored criterion, its code,
// the appraised score and the comment. Pure: the rows read against the criteria of the assessment.

export const APPRAISAL_COLUMNS = ['Mã', 'Điểm thẩm định', 'Nhận xét'] as const;

export interface AppraisalRow {
  row: number;
  code: string;
  points: number | null;
  comment: string | null;
  problems: AppError[];
}

/** The rows below the header, each checked against the scored criteria (by code); empty rows skipped. */
export function parseAppraisalRows(rows: Cell[][], guides: ReadonlyMap<string, ScoringGuide>): AppraisalRow[] {
  const seen = new Set<string>();
  const out: AppraisalRow[] = [];
  rows.forEach((cells, index) => {
    const [code = '', pointsText = '', comment = ''] = APPRAISAL_COLUMNS.map((_, i) => cellText(cells[i] ?? null));
    if (!code && !pointsText && !comment) return;
    const problems: AppError[] = [];
    const guide = guides.get(code.replace(/\.$/, ''));
    if (!code) problems.push(CriteriaErrors.codeMissing());
    else if (!guide) problems.push(SelfAssessmentErrors.appraisalCodeUnknown(code));
    else if (seen.has(guide.code)) problems.push(CriteriaErrors.duplicateCode(guide.code));
    if (guide) seen.add(guide.code);
    let points: number | null = null;
    if (pointsText) {
      const value = numberOf(cells[1] ?? null);
      if (value === null || Number.isNaN(value))
        problems.push(SelfAssessmentErrors.appraisalScoreInvalid(code, pointsText));
      else {
        const problem = guide ? scoreProblem(guide, value) : null;
        if (problem) problems.push(problem);
        points = value;
      }
    }
    out.push({ row: index + 2, code: guide?.code ?? code, points, comment: comment || null, problems });
  });
  return out;
}

/** The sheet to fill: every scored criterion's code, in order, with its current appraisal if any. */
export async function appraisalTemplate(
  title: string,
  rows: readonly { code: string; points: number | null; comment: string | null }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kỷ cương';
  workbook.title = title;
  const sheet = workbook.addWorksheet('Kết quả thẩm định', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...APPRAISAL_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).numFmt = '@';
  for (const r of rows) sheet.addRow([r.code, r.points, r.comment]);
  [12, 16, 80].forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.alignment = { wrapText: width >= 30, vertical: 'top' };
  });
  return writeSafeWorkbook(workbook);
}
