import { validateSync } from 'class-validator';
import { AppError } from '../../common/app-error.js';
import { formatDate } from '../../common/vietnamese.js';
import { OnlineService, ProcedureLevel, ProcedureMechanism } from './administrative-procedure.entity.js';
import { DirectiveDocumentType } from './directive-document.entity.js';
import { AssessmentIndex } from './index-result.entity.js';
import { type Cell, cellText, componentsOf, dateOf, fromLabel, listOf, numberOf, yesNo } from './register-cells.js';
import { parseDocument, parseIndexResult, parseProcedure } from './register-rules.js';
import {
  DOCUMENT_TYPE_LABELS,
  INDEX_LABELS,
  LEVEL_LABELS,
  MECHANISM_LABELS,
  ONLINE_LABELS,
  REGISTER_COLUMNS,
  type RegisterKind,
} from './register-sheets.js';
import { AdministrativeProcedureInput, DirectiveDocumentInput, IndexResultInput } from './registers.inputs.js';

// The rows of an imported register read into records, each with its reasons when it cannot be taken.

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
