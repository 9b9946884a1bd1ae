import ExcelJS from 'exceljs';
import { AppError } from '../../common/app-error.js';
import { writeSafeWorkbook } from '../../common/spreadsheet-cells.js';
import { type Cell, cellText, dateOf, fold, fromLabel } from '../registers/register-cells.js';
import { UnitKind } from './unit.entity.js';
import { UnitChangeKind } from './unit-version.entity.js';
import { UnitErrors } from './units.errors.js';

// A restructure as the office writes it in Excel (issue 16): one row per change, old code(s) -> new
// code(s), the kind, the day it takes effect and its legal basis. Pure: the rows read into changes,
// each with its reasons when it cannot be taken; the service resolves the codes and records them.

export const UNIT_IMPORT_COLUMNS = [
  'Loại thay đổi',
  'Mã đơn vị cũ',
  'Mã đơn vị mới',
  'Tên đơn vị mới',
  'Loại đơn vị',
  'Mã đơn vị cấp trên',
  'Ngày hiệu lực',
  'Số, ký hiệu văn bản căn cứ',
  'Ngày ban hành văn bản căn cứ',
] as const;

const [KIND, OLD, NEW, NAME, UNIT_KIND, PARENT, ON, BASIS, BASIS_DATE] = UNIT_IMPORT_COLUMNS.map((_, i) => i);

/** The words an office writes for each kind; the first is the template's. */
const CHANGE_WORDS: Record<UnitChangeKind, string[]> = {
  CREATE: ['Thành lập', 'Thành lập mới'],
  RENAME: ['Đổi tên'],
  MOVE: ['Điều chuyển', 'Chuyển đơn vị cấp trên'],
  MERGE: ['Hợp nhất', 'Sáp nhập'],
  SPLIT: ['Chia tách', 'Tách'],
  DISSOLVE: ['Giải thể'],
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  DEPARTMENT: 'Sở',
  OFFICE: 'Văn phòng',
  INSPECTORATE: 'Thanh tra',
  DIVISION: 'Phòng',
  BOARD: 'Ban',
  SUB_DEPARTMENT: 'Chi cục',
  CENTER: 'Trung tâm',
  RANGER_STATION: 'Hạt Kiểm lâm',
  OTHER: 'Khác',
};

/** One change as read from a row, its units still named by code. */
export interface ImportedChange {
  kind: UnitChangeKind;
  oldCodes: string[];
  newCodes: string[];
  newNames: string[];
  unitKind: UnitKind | null;
  parentCode: string | null;
  effectiveOn: string;
  basisNumber: string;
  basisDate: string;
}

export interface RowProblem {
  code: string;
  message: string;
}

export interface ImportedRow {
  /** The row number as Excel shows it. */
  row: number;
  cells: string[];
  change: ImportedChange | null;
  problems: RowProblem[];
}

export const problemOf = (err: AppError): RowProblem => ({ code: err.code, message: err.message });

const codesIn = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
const namesIn = (text: string) =>
  text
    .split(/[;\n]/)
    .map((n) => n.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter(Boolean);

function changeKindOf(text: string): UnitChangeKind | null {
  const f = fold(text);
  for (const [kind, words] of Object.entries(CHANGE_WORDS) as [UnitChangeKind, string[]][]) {
    if (f === fold(kind) || words.some((w) => fold(w) === f)) return kind;
  }
  return null;
}

/** The rows below the header read into changes; empty rows are skipped. */
export function parseUnitImportRows(rows: Cell[][]): ImportedRow[] {
  const out: ImportedRow[] = [];
  rows.forEach((cells, index) => {
    const texts = UNIT_IMPORT_COLUMNS.map((_, i) => cellText(cells[i] ?? null));
    if (texts.every((t) => !t)) return;
    const problems: AppError[] = [];
    const change = parseRow(cells, texts, problems);
    out.push({
      row: index + 2,
      cells: texts,
      change: problems.length ? null : change,
      problems: problems.map(problemOf),
    });
  });
  return out;
}

function parseRow(cells: Cell[], texts: string[], problems: AppError[]): ImportedChange | null {
  const text = (i: number) => texts[i] ?? '';
  const need = (i: number) => {
    if (!text(i)) problems.push(UnitErrors.importCellMissing(UNIT_IMPORT_COLUMNS[i] as string));
  };
  const date = (i: number) => {
    need(i);
    if (!text(i)) return '';
    const day = dateOf(cells[i] ?? null);
    if (!day) problems.push(UnitErrors.importDateInvalid(UNIT_IMPORT_COLUMNS[i] as string, text(i)));
    return day ?? '';
  };
  need(KIND);
  const kind = text(KIND) ? changeKindOf(text(KIND)) : null;
  if (text(KIND) && !kind) problems.push(UnitErrors.importKindUnknown(text(KIND)));
  const effectiveOn = date(ON);
  need(BASIS);
  const basisDate = date(BASIS_DATE);
  const unitKind = text(UNIT_KIND) ? fromLabel(UNIT_KIND_LABELS, text(UNIT_KIND)) : null;
  if (text(UNIT_KIND) && !unitKind) {
    const labels = Object.values(UNIT_KIND_LABELS).map((l) => `"${l}"`);
    problems.push(
      UnitErrors.importRowInvalid(`Loại đơn vị "${text(UNIT_KIND)}" không hợp lệ; chỉ nhận ${labels.join(', ')}.`),
    );
  }
  const change: ImportedChange = {
    kind: kind ?? UnitChangeKind.RENAME,
    oldCodes: codesIn(text(OLD)),
    newCodes: codesIn(text(NEW)),
    newNames: namesIn(text(NAME)),
    unitKind,
    parentCode: codesIn(text(PARENT))[0] ?? null,
    effectiveOn,
    basisNumber: text(BASIS),
    basisDate,
  };
  if (kind) for (const reason of shapeProblems(change)) problems.push(UnitErrors.importRowInvalid(reason));
  return change;
}

/** What each kind needs in the row's cells. */
function shapeProblems(c: ImportedChange): string[] {
  const reasons: string[] = [];
  const one = (codes: string[], column: string) => {
    if (codes.length !== 1) reasons.push(`${WORD[c.kind]} cần đúng một mã ở ô "${column}".`);
  };
  const none = (codes: string[], column: string) => {
    if (codes.length) reasons.push(`${WORD[c.kind]} không dùng ô "${column}": hãy để trống.`);
  };
  switch (c.kind) {
    case 'CREATE':
      none(c.oldCodes, 'Mã đơn vị cũ');
      one(c.newCodes, 'Mã đơn vị mới');
      if (c.newNames.length !== 1) reasons.push('Thành lập cần tên của đơn vị mới.');
      if (!c.parentCode) reasons.push('Thành lập cần mã đơn vị cấp trên.');
      if (!c.unitKind) reasons.push('Thành lập cần loại đơn vị (ví dụ "Chi cục", "Phòng").');
      break;
    case 'RENAME':
      one(c.oldCodes, 'Mã đơn vị cũ');
      if (c.newCodes.length > 1 || c.newNames.length > 1) reasons.push('Đổi tên cần một mã mới và/hoặc một tên mới.');
      if (!c.newCodes.length && !c.newNames.length && !c.unitKind)
        reasons.push('Đổi tên cần tên mới, mã mới hoặc loại đơn vị mới.');
      break;
    case 'MOVE':
      one(c.oldCodes, 'Mã đơn vị cũ');
      none(c.newCodes, 'Mã đơn vị mới');
      if (!c.parentCode) reasons.push('Điều chuyển cần mã đơn vị cấp trên mới.');
      break;
    case 'MERGE':
      if (!c.oldCodes.length) reasons.push('Hợp nhất cần ít nhất một mã ở ô "Mã đơn vị cũ".');
      one(c.newCodes, 'Mã đơn vị mới');
      if (c.newNames.length > 1) reasons.push('Hợp nhất tạo ra một đơn vị: ghi một tên.');
      break;
    case 'SPLIT':
      one(c.oldCodes, 'Mã đơn vị cũ');
      if (c.newCodes.length < 2) reasons.push('Chia tách cần ít nhất hai mã đơn vị mới, cách nhau bởi dấu ";".');
      if (c.newNames.length !== c.newCodes.length)
        reasons.push('Chia tách cần một tên cho mỗi mã đơn vị mới, theo cùng thứ tự, cách nhau bởi dấu ";".');
      break;
    case 'DISSOLVE':
      one(c.oldCodes, 'Mã đơn vị cũ');
      // The new code, when given, is the unit that takes over its tasks; else its parent does.
      if (c.newCodes.length > 1)
        reasons.push('Giải thể ghi nhiều nhất một mã ở ô "Mã đơn vị mới": mã của đơn vị tiếp nhận nhiệm vụ.');
      if (c.newNames.length) reasons.push('Giải thể không dùng ô "Tên đơn vị mới": hãy để trống.');
      break;
  }
  return reasons;
}

const WORD: Record<UnitChangeKind, string> = {
  CREATE: 'Thành lập',
  RENAME: 'Đổi tên',
  MOVE: 'Điều chuyển',
  MERGE: 'Hợp nhất',
  SPLIT: 'Chia tách',
  DISSOLVE: 'Giải thể',
};

/** The template's guide: for each kind, what goes in the code and name columns. */
const GUIDE: [string, string, string, string][] = [
  [WORD.CREATE, 'Để trống', 'Mã của đơn vị mới', 'Tên của đơn vị mới (ghi cả loại đơn vị và mã đơn vị cấp trên)'],
  [WORD.RENAME, 'Mã đơn vị', 'Mã mới (nếu đổi mã)', 'Tên mới (nếu đổi tên)'],
  [WORD.MOVE, 'Mã đơn vị', 'Để trống', 'Để trống (ghi mã đơn vị cấp trên mới)'],
  [
    WORD.MERGE,
    'Mã các đơn vị bị hợp nhất, cách nhau bởi dấu ";"',
    'Mã đơn vị tiếp nhận (đơn vị đang có) hoặc mã đơn vị mới thành lập',
    'Tên đơn vị mới; khi hợp nhất vào đơn vị đang có: tên mới của đơn vị đó từ ngày hiệu lực, để trống nếu giữ tên',
  ],
  [WORD.SPLIT, 'Mã đơn vị bị chia tách', 'Mã các đơn vị mới, cách nhau bởi dấu ";"', 'Tên các đơn vị mới, cùng thứ tự'],
  [
    WORD.DISSOLVE,
    'Mã đơn vị giải thể',
    'Mã đơn vị tiếp nhận nhiệm vụ (nhận các dòng kế hoạch chưa kiểm tra, người dùng và tồn tại chưa đóng); để trống: đơn vị cấp trên',
    'Để trống',
  ],
];

/** The template: the header and one example row of each common change, dates as dd/mm/yyyy. */
export async function unitImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kỷ cương';
  workbook.title = 'Thay đổi tổ chức';
  const sheet = workbook.addWorksheet('Thay đổi tổ chức', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...UNIT_IMPORT_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  sheet.addRow([
    WORD.MERGE,
    'HKL-VL; HKL-CL',
    'HKL-KV1',
    'Hạt Kiểm lâm khu vực I',
    UNIT_KIND_LABELS.RANGER_STATION,
    'CCKL',
    day('2025-07-01'),
    '123/QĐ-UBND',
    day('2025-06-25'),
  ]);
  [18, 22, 22, 40, 16, 20, 14, 26, 16].forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    column.alignment = { wrapText: width >= 30, vertical: 'top' };
  });
  sheet.getColumn(ON + 1).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(BASIS_DATE + 1).numFmt = 'dd/mm/yyyy';
  // What each kind writes in the code and name columns; the import reads the first sheet only.
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.addRow(['Loại thay đổi', 'Mã đơn vị cũ', 'Mã đơn vị mới', 'Tên đơn vị mới']);
  guide.getRow(1).font = { bold: true };
  for (const row of GUIDE) guide.addRow(row);
  [18, 34, 52, 40].forEach((width, i) => {
    guide.getColumn(i + 1).width = width;
    guide.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  return writeSafeWorkbook(workbook);
}
