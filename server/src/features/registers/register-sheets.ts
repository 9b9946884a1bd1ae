import { validateSync } from 'class-validator';
import ExcelJS from 'exceljs';
import { AppError } from '../../common/app-error.js';
import { hasControlCharacter } from '../../common/input-text.js';
import { exportCellText, importCellText, writeSafeWorkbook } from '../../common/spreadsheet-cells.js';
import { OnlineService, ProcedureLevel, ProcedureMechanism } from './administrative-procedure.entity.js';
import { DirectiveDocumentType } from './directive-document.entity.js';
import { AssessmentIndex, type IndexComponent } from './index-result.entity.js';
import { parseDocument, parseIndexResult, parseProcedure } from './register-rules.js';
import { AdministrativeProcedureInput, DirectiveDocumentInput, IndexResultInput } from './registers.inputs.js';

/** A cell as read from an .xlsx or a .csv. */
export type Cell = string | number | boolean | Date | null;

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

export const DOCUMENT_TYPE_LABELS: Record<DirectiveDocumentType, string> = {
  [DirectiveDocumentType.KE_HOACH]: 'Kế hoạch',
  [DirectiveDocumentType.CONG_VAN]: 'Công văn',
  [DirectiveDocumentType.QUYET_DINH]: 'Quyết định',
  [DirectiveDocumentType.BAO_CAO]: 'Báo cáo',
  [DirectiveDocumentType.THONG_BAO]: 'Thông báo',
  [DirectiveDocumentType.KHAC]: 'Khác',
};
const LEVEL_LABELS: Record<ProcedureLevel, string> = {
  [ProcedureLevel.TINH]: 'Tỉnh',
  [ProcedureLevel.HUYEN]: 'Huyện',
  [ProcedureLevel.XA]: 'Xã',
};
const MECHANISM_LABELS: Record<ProcedureMechanism, string> = {
  [ProcedureMechanism.MOT_CUA]: 'Một cửa',
  [ProcedureMechanism.MOT_CUA_LIEN_THONG]: 'Một cửa liên thông',
};
const ONLINE_LABELS: Record<OnlineService, string> = {
  [OnlineService.TOAN_TRINH]: 'Toàn trình',
  [OnlineService.MOT_PHAN]: 'Một phần',
  [OnlineService.KHONG]: 'Không',
};
const INDEX_LABELS: Record<AssessmentIndex, string> = {
  [AssessmentIndex.SIPAS]: 'SIPAS',
  [AssessmentIndex.PAR_INDEX]: 'PAR INDEX',
};

/** Folds a label for matching: no marks, đ as d, lower case, single spaces. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

function fromLabel<T extends string>(labels: Record<T, string>, text: string): T | null {
  const f = fold(text);
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    if (fold(label) === f || fold(value.replace(/_/g, ' ')) === f) return value;
  }
  return null;
}

const listOf = (labels: Record<string, string>) =>
  Object.values(labels)
    .map((l) => `"${l}"`)
    .join(', ');

export const cellText = (value: Cell): string => {
  if (value === null) return '';
  if (value instanceof Date) return formatDate(isoDate(value));
  return String(value).normalize('NFC').trim();
};

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** yyyy-MM-dd as dd/MM/yyyy. */
export const formatDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function dateOf(value: Cell): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDate(value);
  const text = cellText(value);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = vn ? [vn[3], vn[2], vn[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return isoDate(date);
}

/** A number written either way (8,5 or 8.5); null when empty, NaN when it is not a number. */
function numberOf(value: Cell): number | null {
  if (typeof value === 'number') return value;
  const text = cellText(value);
  if (!text) return null;
  return /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}

function yesNo(value: Cell): boolean | null {
  if (typeof value === 'boolean') return value;
  const f = fold(cellText(value));
  if (['co', 'x', 'yes', '1', 'true'].includes(f)) return true;
  if (['khong', 'no', '0', 'false'].includes(f)) return false;
  return null;
}

/** Điểm thành phần in one cell: "Tên: điểm/tối đa; Tên: điểm". */
export function formatComponents(components: IndexComponent[]): string {
  const n = (x: number) => String(x).replace('.', ',');
  return components.map((c) => `${c.name}: ${n(c.score)}${c.maxScore != null ? `/${n(c.maxScore)}` : ''}`).join('; ');
}

function componentsOf(text: string): IndexComponent[] | null {
  if (!text) return [];
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const components: IndexComponent[] = [];
  for (const part of parts) {
    const m = /^(.+):\s*(\d+(?:[.,]\d+)?)(?:\s*\/\s*(\d+(?:[.,]\d+)?))?$/.exec(part);
    if (!m?.[1] || !m[2]) return null;
    const num = (s: string) => Number(s.replace(',', '.'));
    components.push({ name: m[1].trim(), score: num(m[2]), maxScore: m[3] ? num(m[3]) : null });
  }
  return components;
}

/** A register record read from a row, in the shape the register's service takes. */
export type RegisterRecord =
  | { kind: 'directive-documents'; key: string; input: DirectiveDocumentInput; unitCode: string }
  | { kind: 'administrative-procedures'; key: string; input: AdministrativeProcedureInput }
  | { kind: 'index-results'; key: string; input: IndexResultInput };

export interface ParsedRow {
  /** The row number as Excel shows it. */
  row: number;
  cells: string[];
  record: RegisterRecord | null;
  problems: string[];
}

/** The first message of the input's own field rules (lengths, ranges), as the GraphQL mutation checks them. */
function fieldRuleProblem(input: object): string | null {
  const [error] = validateSync(input, { forbidUnknownValues: false });
  const messages = (e: typeof error): string[] =>
    e ? [...Object.values(e.constraints ?? {}), ...(e.children ?? []).flatMap(messages)] : [];
  return messages(error)[0] ?? null;
}

/** Runs a register rule; its error becomes the row's reason. */
function rule(problems: string[], check: () => unknown): void {
  try {
    check();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    problems.push(err.message);
  }
}

function required(problems: string[], columns: readonly string[], cells: Cell[], indexes: number[]): void {
  for (const i of indexes) if (!cellText(cells[i] ?? null)) problems.push(`Thiếu ô "${columns[i]}".`);
}

function parseRow(kind: RegisterKind, year: number, cells: Cell[], problems: string[]): RegisterRecord | null {
  const columns = REGISTER_COLUMNS[kind];
  const text = (i: number) => cellText(cells[i] ?? null);
  if (kind === 'directive-documents') {
    required(problems, columns, cells, [0, 1, 2, 3, 4]);
    if (problems.length) return null;
    const type = fromLabel(DOCUMENT_TYPE_LABELS, text(0));
    if (!type) problems.push(`Loại văn bản "${text(0)}" không hợp lệ; chỉ nhận ${listOf(DOCUMENT_TYPE_LABELS)}.`);
    const issuedOn = dateOf(cells[2] ?? null);
    if (!issuedOn) problems.push(`Ngày ban hành "${text(2)}" không đúng dạng ngày/tháng/năm.`);
    else if (Number(issuedOn.slice(0, 4)) !== year)
      problems.push(`Ngày ban hành ${formatDate(issuedOn)} không thuộc năm ${year}.`);
    const input = Object.assign(new DirectiveDocumentInput(), {
      type: type ?? DirectiveDocumentType.KHAC,
      number: text(1),
      issuedOn: issuedOn ?? `${year}-01-01`,
      issuingUnitId: '',
      summary: text(4),
    });
    let number = '';
    rule(problems, () => {
      number = parseDocument(input).number;
    });
    const fieldProblem = fieldRuleProblem(input);
    if (fieldProblem) problems.push(fieldProblem);
    return problems.length ? null : { kind, key: number, input, unitCode: text(3).toUpperCase() };
  }
  if (kind === 'administrative-procedures') {
    required(problems, columns, cells, [0, 1, 2, 3, 4, 5]);
    if (problems.length) return null;
    const level = fromLabel(LEVEL_LABELS, text(2));
    if (!level) problems.push(`Cấp "${text(2)}" không hợp lệ; chỉ nhận ${listOf(LEVEL_LABELS)}.`);
    const mechanism = fromLabel(MECHANISM_LABELS, text(3));
    if (!mechanism) problems.push(`Cơ chế "${text(3)}" không hợp lệ; chỉ nhận ${listOf(MECHANISM_LABELS)}.`);
    const online = fromLabel(ONLINE_LABELS, text(4));
    if (!online) problems.push(`Dịch vụ công trực tuyến "${text(4)}" không hợp lệ; chỉ nhận ${listOf(ONLINE_LABELS)}.`);
    const postal = yesNo(cells[5] ?? null);
    if (postal === null) problems.push(`Bưu chính công ích "${text(5)}" không hợp lệ; chỉ nhận "Có" hoặc "Không".`);
    const days = [6, 7].map((i) => {
      const n = numberOf(cells[i] ?? null);
      if (n !== null && !Number.isInteger(n)) problems.push(`Ô "${columns[i]}" phải là số ngày nguyên.`);
      return n !== null && Number.isInteger(n) ? n : null;
    });
    const input = Object.assign(new AdministrativeProcedureInput(), {
      year,
      code: text(0),
      name: text(1),
      level: level ?? ProcedureLevel.TINH,
      mechanism: mechanism ?? ProcedureMechanism.MOT_CUA,
      onlineService: online ?? OnlineService.KHONG,
      publicPostal: postal ?? false,
      legalDays: days[0] ?? null,
      daysCut: days[1] ?? null,
    });
    let code = '';
    rule(problems, () => {
      code = parseProcedure(input).code;
    });
    const fieldProblem = fieldRuleProblem(input);
    if (fieldProblem) problems.push(fieldProblem);
    return problems.length ? null : { kind, key: code.toUpperCase(), input };
  }
  required(problems, columns, cells, [0, 1]);
  if (problems.length) return null;
  const index = fromLabel(INDEX_LABELS, text(0));
  if (!index) problems.push(`Chỉ số "${text(0)}" không hợp lệ; chỉ nhận ${listOf(INDEX_LABELS)}.`);
  const total = numberOf(cells[1] ?? null);
  if (total === null || Number.isNaN(total)) problems.push(`Tổng điểm "${text(1)}" phải là số.`);
  const rank = numberOf(cells[2] ?? null);
  if (rank !== null && !Number.isInteger(rank)) problems.push(`Xếp hạng "${text(2)}" phải là số nguyên.`);
  const components = componentsOf(text(4));
  if (!components)
    problems.push('Điểm thành phần phải có dạng "Tên: điểm/điểm tối đa", các thành phần cách nhau bằng dấu ";".');
  const input = Object.assign(new IndexResultInput(), {
    year,
    index: index ?? AssessmentIndex.SIPAS,
    totalScore: total ?? 0,
    rank: rank !== null && Number.isInteger(rank) ? rank : null,
    note: text(3) || null,
    components: components ?? [],
  });
  rule(problems, () => parseIndexResult(input));
  const fieldProblem = fieldRuleProblem(input);
  if (fieldProblem) problems.push(fieldProblem);
  return problems.length || !index ? null : { kind, key: index, input };
}

/**
 * Reads a register's rows (header excluded, numbered as Excel shows them). Each row gets its record or
 * its reasons; a key met twice in the file makes the later row bad. Empty rows are skipped.
 */
export function parseRegisterRows(kind: RegisterKind, year: number, rows: Cell[][], firstRow = 2): ParsedRow[] {
  const seen = new Map<string, number>();
  const parsed: ParsedRow[] = [];
  const width = REGISTER_COLUMNS[kind].length;
  for (const [i, raw] of rows.entries()) {
    const cells = Array.from({ length: width }, (_, c) => raw[c] ?? null);
    if (cells.every((c) => cellText(c) === '')) continue;
    const row = firstRow + i;
    const problems: string[] = [];
    const record = parseRow(kind, year, cells, problems);
    const first = record ? seen.get(record.key) : undefined;
    if (record && first !== undefined) {
      const name = cellText(cells[0] ?? null);
      const what =
        kind === 'directive-documents'
          ? `Số, ký hiệu "${record.key}"`
          : kind === 'index-results'
            ? `Chỉ số "${name}"`
            : `Mã TTHC "${name}"`;
      problems.push(`${what} trùng với dòng ${first} của tệp.`);
    } else if (record) seen.set(record.key, row);
    parsed.push({ row, cells: cells.map(cellText), record: problems.length ? null : record, problems });
  }
  return parsed;
}

/** A register's rows for export; parseRegisterRows reads them back to the same records. */
export type ExportRow = (string | number | Date | null)[];

export const documentRow = (d: {
  type: DirectiveDocumentType;
  number: string;
  issuedOn: string;
  unitCode: string;
  summary: string;
}): ExportRow => [DOCUMENT_TYPE_LABELS[d.type], d.number, new Date(`${d.issuedOn}T00:00:00Z`), d.unitCode, d.summary];

export const procedureRow = (p: {
  code: string;
  name: string;
  level: ProcedureLevel;
  mechanism: ProcedureMechanism;
  onlineService: OnlineService;
  publicPostal: boolean;
  legalDays: number | null;
  daysCut: number | null;
}): ExportRow => [
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
export async function readRegisterFile(kind: RegisterKind, bytes: Buffer): Promise<SheetReading> {
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
      all[number - 1] = Array.from({ length: REGISTER_COLUMNS[kind].length }, (_, c) =>
        xlsxCell(row.getCell(c + 1).value),
      );
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
  const expected = REGISTER_COLUMNS[kind].map(fold);
  if (expected.some((name, i) => header[i] !== name))
    return { rows: null, problem: `Dòng tiêu đề phải có các cột: ${REGISTER_COLUMNS[kind].join(', ')}.` };
  return { rows: all.slice(1), problem: null };
}
