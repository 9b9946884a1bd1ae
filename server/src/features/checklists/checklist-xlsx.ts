import ExcelJS from 'exceljs';
import { importCellText, writeSafeWorkbook } from '../../common/spreadsheet-cells.js';
import { ANSWER_TYPE_LABELS } from '../../common/vietnamese.js';
import { AnswerType } from './checklist.entity.js';

/** The columns of the checklist sheet, in order; offices fill these in Excel. */
export const CHECKLIST_COLUMNS = [
  'Mã nhóm',
  'Tên nhóm',
  'Mã tiêu chí',
  'Nội dung tiêu chí',
  'Hướng dẫn',
  'Căn cứ',
  'Loại kết quả',
  'Giá trị nhỏ nhất',
  'Giá trị lớn nhất',
  'Điểm',
  'Cần ảnh khi Không đạt',
  'Bắt buộc',
] as const;

export interface ChecklistItemData {
  code: string;
  text: string;
  guidance: string | null;
  legalBasis: string | null;
  answerType: AnswerType;
  minValue: number | null;
  maxValue: number | null;
  points: number;
  photoRequiredOnFail: boolean;
  required: boolean;
}

export interface ChecklistGroupData {
  code: string;
  title: string;
  items: ChecklistItemData[];
}

export interface RowProblem {
  row: number;
  message: string;
}

type Cell = string | number | boolean | null | undefined;

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

function answerTypeOf(label: string): AnswerType | null {
  const f = fold(label);
  if (['dat/khong dat', 'dat / khong dat', 'dat/khong dat/khong ap dung', 'pass_fail'].includes(f))
    return AnswerType.PASS_FAIL;
  if (['so', 'number'].includes(f)) return AnswerType.NUMBER;
  if (['van ban', 'text', 'chu'].includes(f)) return AnswerType.TEXT;
  return null;
}

function yesNo(value: Cell): boolean | null {
  if (typeof value === 'boolean') return value;
  const f = fold(String(value ?? ''));
  if (['co', 'x', 'yes', '1', 'true'].includes(f)) return true;
  if (['khong', '', 'no', '0', 'false'].includes(f)) return false;
  return null;
}

function numberOf(value: Cell): number | null | 'bad' {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'bad';
  const parsed = Number(String(value).trim().replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : 'bad';
}

const str = (value: Cell): string =>
  (value === null || value === undefined ? '' : String(value)).normalize('NFC').trim();

/**
 * Reads the checklist rows (header excluded; row numbers as Excel shows them, starting at 2). A group
 * is made by the first row with its code; every problem is reported with its row, and nothing is
 * returned unless all rows are good.
 */
export function parseChecklistRows(
  rows: Cell[][],
  firstRow = 2,
): { groups: ChecklistGroupData[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const groups = new Map<string, ChecklistGroupData>();
  const itemCodes = new Set<string>();
  for (const [index, cells] of rows.entries()) {
    const row = firstRow + index;
    if (cells.every((c) => str(c) === '')) continue;
    const problem = (message: string) => {
      problems.push({ row, message });
    };
    const [groupCode, groupTitle, code, text, guidance, legalBasis, type, min, max, points, photo, required] = cells;
    const gCode = str(groupCode);
    if (!CODE.test(gCode)) {
      problem('Mã nhóm trống hoặc có ký tự không hợp lệ.');
      continue;
    }
    let group = groups.get(gCode.toUpperCase());
    if (!group) {
      const title = str(groupTitle);
      if (!title) {
        problem('Thiếu tên nhóm ở dòng đầu tiên của nhóm.');
        continue;
      }
      if (title.length > 300) {
        problem('Tên nhóm dài quá 300 ký tự.');
        continue;
      }
      group = { code: gCode, title, items: [] };
      groups.set(gCode.toUpperCase(), group);
    }
    const iCode = str(code);
    if (!CODE.test(iCode)) {
      problem('Mã tiêu chí trống hoặc có ký tự không hợp lệ.');
      continue;
    }
    if (itemCodes.has(iCode.toUpperCase())) {
      problem(`Mã tiêu chí "${iCode}" bị trùng.`);
      continue;
    }
    const content = str(text);
    if (!content) {
      problem('Thiếu nội dung tiêu chí.');
      continue;
    }
    if (content.length > 2000) {
      problem('Nội dung tiêu chí dài quá 2000 ký tự.');
      continue;
    }
    const answerType = answerTypeOf(str(type) || 'Đạt/Không đạt');
    if (!answerType) {
      problem('Loại kết quả phải là "Đạt/Không đạt", "Số" hoặc "Văn bản".');
      continue;
    }
    const minValue = numberOf(min);
    const maxValue = numberOf(max);
    if (minValue === 'bad' || maxValue === 'bad') {
      problem('Giá trị nhỏ nhất/lớn nhất phải là số.');
      continue;
    }
    if (minValue !== null && maxValue !== null && minValue > maxValue) {
      problem('Giá trị nhỏ nhất lớn hơn giá trị lớn nhất.');
      continue;
    }
    const weight = numberOf(points);
    if (weight === 'bad' || weight === null || weight < 0 || weight > 100) {
      problem('Điểm phải là số từ 0 đến 100.');
      continue;
    }
    const photoRequired = yesNo(photo);
    const isRequired = yesNo(required ?? 'Có');
    if (photoRequired === null || isRequired === null) {
      problem('Các cột Có/Không chỉ nhận "Có" hoặc "Không".');
      continue;
    }
    itemCodes.add(iCode.toUpperCase());
    group.items.push({
      code: iCode,
      text: content,
      guidance: str(guidance) || null,
      legalBasis: str(legalBasis) || null,
      answerType,
      minValue: answerType === AnswerType.NUMBER ? minValue : null,
      maxValue: answerType === AnswerType.NUMBER ? maxValue : null,
      points: weight,
      photoRequiredOnFail: answerType === AnswerType.PASS_FAIL && photoRequired,
      required: isRequired,
    });
  }
  if (problems.length === 0 && groups.size === 0)
    problems.push({ row: firstRow, message: 'Tệp không có tiêu chí nào.' });
  return { groups: problems.length ? [] : [...groups.values()], problems };
}

/** The rows of a checklist, for export; parseChecklistRows reads them back to the same content. */
export function checklistRows(groups: ChecklistGroupData[]): (string | number | null)[][] {
  return groups.flatMap((g) =>
    g.items.map((i, index) => [
      g.code,
      index === 0 ? g.title : null,
      i.code,
      i.text,
      i.guidance,
      i.legalBasis,
      ANSWER_TYPE_LABELS[i.answerType],
      i.minValue,
      i.maxValue,
      i.points,
      i.photoRequiredOnFail ? 'Có' : 'Không',
      i.required ? 'Có' : 'Không',
    ]),
  );
}

export async function checklistWorkbook(title: string, groups: ChecklistGroupData[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kỷ cương';
  const sheet = workbook.addWorksheet('Tiêu chí', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...CHECKLIST_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of checklistRows(groups)) sheet.addRow(row);
  const widths = [10, 30, 12, 60, 40, 40, 16, 10, 10, 8, 12, 10];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  workbook.title = title;
  return writeSafeWorkbook(workbook);
}

/** Reads the first sheet of an .xlsx; the first row is the header. */
export async function readChecklistWorkbook(
  bytes: Buffer,
): Promise<{ groups: ChecklistGroupData[]; problems: RowProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { groups: [], problems: [{ row: 0, message: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ.' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { groups: [], problems: [{ row: 0, message: 'Tệp Excel không có trang tính nào.' }] };
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number === 1) return;
    const cells: Cell[] = [];
    for (let c = 1; c <= CHECKLIST_COLUMNS.length; c++) {
      const v = row.getCell(c).value;
      const cell: Cell =
        v !== null && typeof v === 'object'
          ? 'text' in v
            ? String(v.text)
            : 'result' in v
              ? (v.result as Cell)
              : String(v)
          : (v as Cell);
      // An exported checklist imports back unchanged: the apostrophe in front of formula-like text comes off.
      cells.push(typeof cell === 'string' ? importCellText(cell) : cell);
    }
    rows[number - 2] = cells;
  });
  return parseChecklistRows(Array.from(rows, (r) => r ?? []));
}
