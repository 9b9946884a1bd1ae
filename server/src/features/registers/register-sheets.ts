import ExcelJS from 'exceljs';
import { hasControlCharacter } from '../../common/input-text.js';
import { exportCellText, importCellText, writeSafeWorkbook } from '../../common/spreadsheet-cells.js';
import {
  ASSESSMENT_INDEX_LABELS,
  formatDate,
  ONLINE_SERVICE_LABELS,
  PROCEDURE_LEVEL_LABELS,
  PROCEDURE_MECHANISM_LABELS,
  DOCUMENT_TYPE_LABELS as VI_DOCUMENT_TYPE_LABELS,
} from '../../common/vietnamese.js';
import { OnlineService, ProcedureLevel, ProcedureMechanism } from './administrative-procedure.entity.js';
import { DirectiveDocumentType } from './directive-document.entity.js';
import { AssessmentIndex, type IndexComponent } from './index-result.entity.js';
import { type Cell, cellText, fold, formatComponents, isoDate } from './register-cells.js';
import type { ProcedureRow } from './tthc-figures.js';

// A register's sheet: its columns and labels, the .xlsx and .csv written for export, and the file read
// back for import (register-rows.ts reads its rows into records).

export const REGISTER_KINDS = ['directive-documents', 'administrative-procedures', 'index-results'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export const isRegisterKind = (value: string): value is RegisterKind =>
  (REGISTER_KINDS as readonly string[]).includes(value);

/** The columns of each register's sheet, in order; offices fill these in Excel. */
export const REGISTER_COLUMNS: Record<RegisterKind, readonly string[]> = {
  'directive-documents': ['Loại văn bản', 'Số, ký hiệu', 'Ngày ban hành', 'Mã đơn vị ban hành', 'Trích yếu'],
  'administrative-procedures': [
    'Mã TTHC',
    'Tên thủ tục',
    'Cấp',
    'Cơ chế',
    'Dịch vụ công trực tuyến',
    'Bưu chính công ích',
    'Thời hạn giải quyết (ngày)',
    'Số ngày cắt giảm',
  ],
  'index-results': ['Chỉ số', 'Tổng điểm', 'Xếp hạng', 'Ghi chú', 'Điểm thành phần'],
};

const SHEET_NAMES: Record<RegisterKind, string> = {
  'directive-documents': 'Văn bản chỉ đạo',
  'administrative-procedures': 'Thủ tục hành chính',
  'index-results': 'SIPAS - PAR INDEX',
};

const COLUMN_WIDTHS: Record<RegisterKind, number[]> = {
  'directive-documents': [14, 18, 14, 18, 70],
  'administrative-procedures': [16, 60, 8, 20, 22, 18, 14, 14],
  'index-results': [12, 10, 10, 30, 70],
};

// The cells' labels (common/vietnamese.ts), typed by the entities' enums: a value without a label fails
// to compile, and a label read back (fromLabel) is the enum's value.
export const DOCUMENT_TYPE_LABELS: Record<DirectiveDocumentType, string> = VI_DOCUMENT_TYPE_LABELS;
export const LEVEL_LABELS: Record<ProcedureLevel, string> = PROCEDURE_LEVEL_LABELS;
export const MECHANISM_LABELS: Record<ProcedureMechanism, string> = PROCEDURE_MECHANISM_LABELS;
export const ONLINE_LABELS: Record<OnlineService, string> = ONLINE_SERVICE_LABELS;
export const INDEX_LABELS: Record<AssessmentIndex, string> = ASSESSMENT_INDEX_LABELS;

/** A register's rows for export; parseRegisterRows reads them back to the same records. */
export type ExportRow = (string | number | Date | null)[];

export const documentRow = (d: {
  type: DirectiveDocumentType;
  number: string;
  issuedOn: string;
  unitCode: string;
  summary: string;
}): ExportRow => [DOCUMENT_TYPE_LABELS[d.type], d.number, new Date(`${d.issuedOn}T00:00:00Z`), d.unitCode, d.summary];

export const procedureRow = (p: ProcedureRow & { code: string; name: string }): ExportRow => [
  p.code,
  p.name,
  LEVEL_LABELS[p.level],
  MECHANISM_LABELS[p.mechanism],
  ONLINE_LABELS[p.onlineService],
  p.publicPostal ? 'Có' : 'Không',
  p.legalDays,
  p.daysCut,
];

export const indexResultRow = (r: {
  index: AssessmentIndex;
  totalScore: number;
  rank: number | null;
  note: string | null;
  components: IndexComponent[];
}): ExportRow => [INDEX_LABELS[r.index], r.totalScore, r.rank, r.note, formatComponents(r.components)];

export async function registerWorkbook(kind: RegisterKind, year: number, rows: ExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kỷ cương';
  workbook.title = `${SHEET_NAMES[kind]} năm ${year}`;
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...REGISTER_COLUMNS[kind]]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  COLUMN_WIDTHS[kind].forEach((w, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = w;
    column.alignment = { wrapText: w >= 30, vertical: 'top' };
  });
  if (kind === 'directive-documents') sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
  return writeSafeWorkbook(workbook);
}

const BOM = '\uFEFF';

function csvField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** UTF-8 with a byte-order mark, so Excel shows the Vietnamese letters; dates as dd/MM/yyyy. */
export function registerCsv(kind: RegisterKind, rows: ExportRow[]): Buffer {
  const lines = [REGISTER_COLUMNS[kind], ...rows].map((row) =>
    row
      .map((v) => csvField(v instanceof Date ? formatDate(isoDate(v)) : v === null ? '' : exportCellText(String(v))))
      .join(','),
  );
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

/** RFC 4180 fields; the delimiter is the header line's (a comma, or the semicolon Excel uses in vi-VN). */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function xlsxCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as Cell;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return (value.result ?? null) as Cell;
  return null;
}

export type SheetReading = { rows: Cell[][]; problem: null } | { rows: null; problem: string };

/** The rows of an .xlsx (its first sheet) or a .csv body, told apart by the zip signature. */
export function readRegisterFile(kind: RegisterKind, bytes: Buffer): Promise<SheetReading> {
  return readSheetFile(REGISTER_COLUMNS[kind], bytes);
}

/**
 * The rows under a header of the given columns, from an .xlsx (its first sheet) or a .csv body: the
 * reader every import shares (registers, the organisation's changes).
 */
export async function readSheetFile(columns: readonly string[], bytes: Buffer): Promise<SheetReading> {
  let all: Cell[][];
  if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      return { rows: null, problem: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ.' };
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) return { rows: null, problem: 'Tệp Excel không có trang tính nào.' };
    all = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      all[number - 1] = Array.from({ length: columns.length }, (_, c) => xlsxCell(row.getCell(c + 1).value));
    });
    all = Array.from(all, (r) => r ?? []);
  } else {
    const text = bytes.toString('utf8');
    if (text.includes('\uFFFD') || bytes.includes(0))
      return { rows: null, problem: 'Tệp không phải là tệp Excel (.xlsx) hay CSV (UTF-8) hợp lệ.' };
    all = parseCsv(text);
  }
  // An exported file imports back unchanged: the apostrophe in front of formula-like text comes off.
  all = all.map((row) => row.map((c) => (typeof c === 'string' ? importCellText(c) : c)));
  // The same text rule as every other input: a NUL cannot be stored, and cut the SQL text before.
  const withControl = all.findIndex((row) => row.some((c) => typeof c === 'string' && hasControlCharacter(c)));
  if (withControl >= 0)
    return { rows: null, problem: `Dòng ${withControl + 1} chứa ký tự điều khiển không hợp lệ (ví dụ ký tự NUL).` };
  const header = (all[0] ?? []).map((c) => fold(cellText(c)));
  const expected = columns.map(fold);
  if (expected.some((name, i) => header[i] !== name))
    return { rows: null, problem: `Dòng tiêu đề phải có các cột: ${columns.join(', ')}.` };
  return { rows: all.slice(1), problem: null };
}
