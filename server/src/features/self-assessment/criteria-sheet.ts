import ExcelJS from 'exceljs';
import type { AppError } from '../../common/app-error.js';
import { writeSafeWorkbook } from '../../common/spreadsheet-cells.js';
import { type Cell, cellText, fold, numberOf } from '../registers/register-cells.js';
import type { StoredCriterionDraft } from './criteria-create.js';
import { impliedParentCode, isCriterionCode, isPointValue, type ScoreBandValue } from './criteria-rules.js';
import { PerformanceMeasure } from './performance-measure.js';
import { CriteriaErrors } from './self-assessment.errors.js';

// A criteria set as the province's Excel sheet lays it out (issue 17): one row per area, criterion and
// component, in order, its level told by its code (1, 1.1, 1.1.2). Pure: the rows read into criteria,
// each row with its own problems; the tree's rules (criteria-rules.ts) run on what reads.

export const CRITERIA_COLUMNS = [
  'Mã',
  'Lĩnh vực, tiêu chí, tiêu chí thành phần',
  'Điểm tối đa',
  'Hướng dẫn chấm điểm',
  'Thang điểm',
  'Bước điểm',
  'Tài liệu kiểm chứng',
  'Chỉ số đo từ dữ liệu',
  'Tham số chỉ số',
] as const;

const [CODE, TEXT, MAX, GUIDANCE, BANDS, STEP, EVIDENCE, MEASURE, PARAMS] = CRITERIA_COLUMNS.map((_, i) => i);

/** How the sheet and the screens name each measure; the sheet also takes the measure's own name. */
export const MEASURE_LABELS: Record<PerformanceMeasure, string> = {
  PLAN_INSPECTED: 'Đơn vị được kiểm tra theo kế hoạch',
  FINDINGS_FIXED_ON_TIME: 'Tồn tại, hạn chế được khắc phục đúng hạn',
  FINDINGS_FOLLOWED_UP: 'Tồn tại, hạn chế được theo dõi, xử lý sau kiểm tra',
  DIRECTIVE_ISSUED_ON_TIME: 'Văn bản chỉ đạo ban hành đúng hạn',
  TTHC_ONE_STOP: 'TTHC thực hiện theo cơ chế một cửa, một cửa liên thông',
  TTHC_ONLINE: 'TTHC cung cấp dịch vụ công trực tuyến',
  TTHC_POSTAL: 'TTHC tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích',
  TTHC_TIME_CUT: 'TTHC được cắt giảm thời gian giải quyết',
};

export function measureOf(text: string): PerformanceMeasure | null {
  const name = text.trim().toUpperCase();
  if (Object.hasOwn(PerformanceMeasure, name)) return name as PerformanceMeasure;
  const folded = fold(text);
  const found = (Object.entries(MEASURE_LABELS) as [PerformanceMeasure, string][]).find(([, l]) => fold(l) === folded);
  return found?.[0] ?? null;
}

/** Bands written "100%: 1; 80%: 0,5; 0%: 0" (one band per part, or per line). */
export function formatBands(bands: readonly ScoreBandValue[]): string {
  const num = (x: number) => String(x).replace('.', ',');
  return bands.map((b) => `${num(b.minPercent)}%: ${num(b.points)}`).join('; ');
}

const BAND = /^(\d+(?:[.,]\d+)?)\s*%?\s*[:=]\s*(\d+(?:[.,]\d+)?)$/;

/** The bands in a cell, or null when a part does not read as "tỷ lệ%: điểm". */
export function bandsOf(text: string): ScoreBandValue[] | null {
  const parts = text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const bands: ScoreBandValue[] = [];
  for (const part of parts) {
    const m = BAND.exec(part);
    if (!m?.[1] || !m[2]) return null;
    bands.push({ minPercent: Number(m[1].replace(',', '.')), points: Number(m[2].replace(',', '.')) });
  }
  // Highest ratio first, as the measures score them, whatever order the province's sheet has.
  return bands.sort((a, b) => b.minPercent - a.minPercent);
}

/** One criterion as read from its row, with what the row itself gets wrong. */
export interface CriterionRow {
  /** The row number as Excel shows it. */
  row: number;
  cells: string[];
  draft: StoredCriterionDraft;
  problems: AppError[];
}

/** The rows below the header read into criteria; empty rows are skipped. */
export function parseCriteriaRows(rows: Cell[][]): CriterionRow[] {
  const out: CriterionRow[] = [];
  rows.forEach((cells, index) => {
    const texts = CRITERIA_COLUMNS.map((_, i) => cellText(cells[i] ?? null));
    if (texts.every((t) => !t)) return;
    const problems: AppError[] = [];
    const text = (i: number) => texts[i] ?? '';
    const code = text(CODE).replace(/\.$/, '');
    const label = code || `dòng ${index + 2}`;
    if (!code) problems.push(CriteriaErrors.codeMissing());
    else if (!isCriterionCode(code)) problems.push(CriteriaErrors.codeInvalid(code));
    if (!text(TEXT)) problems.push(CriteriaErrors.textMissing(label));
    const points = (i: number, required: boolean): number | null => {
      if (!text(i)) {
        if (required) problems.push(CriteriaErrors.numberInvalid(label, CRITERIA_COLUMNS[i] as string, ''));
        return null;
      }
      const value = numberOf(cells[i] ?? null);
      if (value === null || Number.isNaN(value) || value < 0 || !isPointValue(value)) {
        problems.push(CriteriaErrors.numberInvalid(label, CRITERIA_COLUMNS[i] as string, text(i)));
        return null;
      }
      return value;
    };
    const maxPoints = points(MAX, true) ?? 0;
    const scoreStep = points(STEP, false);
    const bands = text(BANDS) ? bandsOf(text(BANDS)) : null;
    if (text(BANDS) && !bands)
      problems.push(CriteriaErrors.bandsInvalid(label, 'ghi mỗi mức dạng "tỷ lệ%: điểm", cách nhau bởi dấu ";".'));
    const measure = text(MEASURE) ? measureOf(text(MEASURE)) : null;
    if (text(MEASURE) && !measure) problems.push(CriteriaErrors.measureUnknown(label, text(MEASURE)));
    let measureParams: Record<string, unknown> | null = null;
    if (text(PARAMS)) {
      measureParams = jsonObjectOf(text(PARAMS));
      if (!measureParams) problems.push(CriteriaErrors.measureParamsInvalid(label, 'cần một đối tượng JSON.'));
    }
    out.push({
      row: index + 2,
      cells: texts,
      draft: {
        code,
        parentCode: code && isCriterionCode(code) ? impliedParentCode(code) : null,
        text: text(TEXT).replace(/\s+/g, ' '),
        maxPoints,
        bands,
        scoreStep,
        measure,
        measureParams,
        guidance: text(GUIDANCE) || null,
        expectedEvidence: text(EVIDENCE) || null,
      },
      problems,
    });
  });
  return out;
}

function jsonObjectOf(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A criterion of a set as the sheet writes it (the template's example rows, an export). */
export interface CriterionSheetRow {
  code: string;
  text: string;
  maxPoints: number;
  guidance: string | null;
  bands: readonly ScoreBandValue[] | null;
  scoreStep: number | null;
  expectedEvidence: string | null;
  measure: PerformanceMeasure | null;
  measureParams: Record<string, unknown> | null;
}

/** The sheet with its header and these rows: the template (with example rows) or a set as it stands. */
export async function criteriaWorkbook(title: string, rows: readonly CriterionSheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kỷ cương';
  workbook.title = title;
  const sheet = workbook.addWorksheet('Bộ tiêu chí', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...CRITERIA_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  // Codes as text: Excel would read 1.10 as the number 1.1.
  sheet.getColumn(CODE + 1).numFmt = '@';
  for (const r of rows) {
    const row = sheet.addRow([
      r.code,
      r.text,
      r.maxPoints,
      r.guidance,
      r.bands ? formatBands(r.bands) : null,
      r.scoreStep,
      r.expectedEvidence,
      r.measure,
      r.measureParams ? JSON.stringify(r.measureParams) : null,
    ]);
    if (!r.code.includes('.')) row.font = { bold: true };
  }
  [10, 60, 10, 50, 26, 10, 40, 26, 40].forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.alignment = { wrapText: width >= 26, vertical: 'top' };
  });
  return writeSafeWorkbook(workbook);
}

/** The template's example rows: one area, a criterion with two components, one measured (illustrative). */
export const TEMPLATE_EXAMPLE: CriterionSheetRow[] = [
  {
    code: '1',
    text: 'Công tác chỉ đạo, điều hành cải cách hành chính',
    maxPoints: 2,
    guidance: null,
    bands: null,
    scoreStep: null,
    expectedEvidence: null,
    measure: null,
    measureParams: null,
  },
  {
    code: '1.1',
    text: 'Kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính',
    maxPoints: 2,
    guidance: null,
    bands: null,
    scoreStep: null,
    expectedEvidence: null,
    measure: null,
    measureParams: null,
  },
  {
    code: '1.1.1',
    text: 'Tỷ lệ đơn vị trực thuộc được kiểm tra theo kế hoạch',
    maxPoints: 1,
    guidance: 'Đạt 100% kế hoạch: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm; dưới 80%: 0 điểm.',
    bands: [
      { minPercent: 100, points: 1 },
      { minPercent: 80, points: 0.5 },
      { minPercent: 0, points: 0 },
    ],
    scoreStep: null,
    expectedEvidence: 'Kế hoạch kiểm tra; các biên bản, thông báo kết luận kiểm tra.',
    measure: 'PLAN_INSPECTED',
    measureParams: null,
  },
  {
    code: '1.1.2',
    text: 'Xử lý các vấn đề phát hiện qua kiểm tra',
    maxPoints: 1,
    guidance: 'Tất cả tồn tại được theo dõi, xử lý: 1 điểm; từ 70%: 0,5 điểm; dưới 70%: 0 điểm.',
    bands: [
      { minPercent: 100, points: 1 },
      { minPercent: 70, points: 0.5 },
      { minPercent: 0, points: 0 },
    ],
    scoreStep: null,
    expectedEvidence: 'Văn bản đôn đốc, báo cáo kết quả khắc phục của các đơn vị.',
    measure: 'FINDINGS_FOLLOWED_UP',
    measureParams: null,
  },
];
