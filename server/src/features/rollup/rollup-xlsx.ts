import ExcelJS from 'exceljs';
import { writeSafeWorkbook } from '../../common/spreadsheet-cells.js';
import {
  ASSESSMENT_INDEX_LABELS,
  DOCUMENT_TYPE_LABELS,
  formatDate,
  procedureLevelName,
  SEVERITY_LABELS,
  TOTAL_LABEL,
} from '../../common/vietnamese.js';
import {
  type ComplianceFigure,
  type FindingFigure,
  type Rollup,
  type RollupRecord,
  RollupStructure,
  type RollupUnit,
} from './rollup.types.js';

/** The records listed under the tables, drawn from the same roll-up service as the figures. */
export interface RollupWorkbookLists {
  /** Name of the root unit, or of the whole database when the roll-up has no root. */
  scopeName: string;
  repeatFindings: RollupRecord[];
  overdueFindings: RollupRecord[];
  documents: RollupRecord[];
}

export const ROLLUP_SHEETS = {
  coverage: 'Kiểm tra đơn vị',
  byGroup: 'Đạt theo nhóm',
  byItem: 'Đạt theo tiêu chí',
  byUnit: 'Đạt theo đơn vị',
  findings: 'Tồn tại',
  repeat: 'Tồn tại lặp lại',
  overdue: 'Tồn tại quá hạn',
  documents: 'Văn bản chỉ đạo',
  tthc: 'TTHC',
  indices: 'SIPAS - PAR INDEX',
  warnings: 'Cảnh báo',
} as const;

const COUNT = '#,##0';
// Points are whole or half numbers; General shows 12 and 12.5 without a dangling separator.
const POINTS = 'General';
const PERCENT = '0.00%';
const SCORE = '0.00';
const DATE = 'dd/mm/yyyy';

/** A day as an Excel date (midnight UTC, so that it never shifts to the day before). */
const day = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

type Value = string | number | Date | null;

interface Column {
  header: string;
  width: number;
  format?: string;
}

/**
 * One sheet: two title rows (what, year and scope; the day the figures stand at), a blank row, then
 * a bold header and the rows. Returns the sheet so that a second table can follow.
 */
function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  title: string,
  rollup: Rollup,
  lists: RollupWorkbookLists,
  columns: Column[],
  rows: Value[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.addRow([`${title} · Năm ${rollup.year} · Phạm vi: ${lists.scopeName}`]).font = { bold: true, size: 13 };
  sheet.addRow([`Số liệu tính đến ngày ${formatDate(rollup.asOf)}`]).font = { italic: true };
  sheet.addRow([]);
  addTable(sheet, columns, rows);
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
  });
  return sheet;
}

/** A bold header row, then rows with each column's number format; text wraps in wide columns. */
function addTable(sheet: ExcelJS.Worksheet, columns: Column[], rows: Value[][]): void {
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const values of rows) {
    const row = sheet.addRow(values);
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      if (column.format) cell.numFmt = column.format;
      cell.alignment = { wrapText: column.width >= 30, vertical: 'top' };
    });
  }
}

/** The header and a blank row before a second table on the same sheet. */
function secondTable(sheet: ExcelJS.Worksheet, title: string, columns: Column[], rows: Value[][]): void {
  sheet.addRow([]);
  sheet.addRow([title]).font = { bold: true };
  addTable(sheet, columns, rows);
}

const COMPLIANCE_COLUMNS = (first: Column[]): Column[] => [
  ...first,
  { header: 'Đạt', width: 9, format: COUNT },
  { header: 'Không đạt', width: 11, format: COUNT },
  { header: 'Không áp dụng', width: 11, format: COUNT },
  { header: 'Điểm đạt', width: 10, format: POINTS },
  { header: 'Điểm áp dụng', width: 11, format: POINTS },
  { header: 'Tỷ lệ đạt (theo điểm)', width: 13, format: PERCENT },
];

const complianceValues = (f: ComplianceFigure): Value[] => [
  f.passed,
  f.failed,
  f.notApplicable,
  f.passedPoints,
  f.applicablePoints,
  f.ratio,
];

const FINDING_COUNT_COLUMNS: Column[] = [
  { header: 'Tổng số', width: 9, format: COUNT },
  { header: 'Khắc phục đúng hạn', width: 12, format: COUNT },
  { header: 'Khắc phục trễ hạn', width: 12, format: COUNT },
  { header: 'Quá hạn chưa khắc phục', width: 13, format: COUNT },
  { header: 'Đang khắc phục', width: 12, format: COUNT },
  { header: 'Lặp lại từ năm trước', width: 12, format: COUNT },
  { header: 'Tỷ lệ đã khắc phục', width: 12, format: PERCENT },
];

const findingValues = (f: FindingFigure): Value[] => [
  f.total,
  f.fixedOnTime,
  f.fixedLate,
  f.overdue,
  f.open,
  f.repeat,
  f.total > 0 ? (f.fixedOnTime + f.fixedLate) / f.total : null,
];

const RECORD_COLUMNS: Column[] = [
  { header: 'Ngày kiểm tra', width: 13, format: DATE },
  { header: 'Đơn vị', width: 30 },
  { header: 'Tồn tại, hạn chế', width: 50 },
  { header: 'Nhóm · mức độ · tình trạng · hạn', width: 50 },
];

const recordValues = (r: RollupRecord): Value[] => [day(r.date), r.unitName, r.label, r.detail];

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The note on a row of today's structure: a split unit's past (also under other rows), the units it holds. */
export function todayNote(row: Pick<RollupUnit, 'sharedPast' | 'formerUnits'>): string | null {
  const notes = [
    row.sharedPast ? 'Gồm số liệu của đơn vị trước khi chia tách (cũng tính ở đơn vị kế thừa khác)' : null,
    row.formerUnits?.length ? `Số liệu của: ${row.formerUnits.join(', ')}` : null,
  ].filter(Boolean);
  return notes.length ? notes.join('; ') : null;
}

const NOTE_COLUMN: Column = { header: 'Ghi chú (cơ cấu hiện nay)', width: 50 };

/**
 * The roll-up of a year as an Excel workbook, one sheet per table of the annual assessment; every
 * figure is a number cell copied from `rollup` (nothing is computed here but the shares shown
 * beside the counts they divide).
 */
export async function rollupWorkbook(rollup: Rollup, lists: RollupWorkbookLists): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kỷ cương';
  workbook.title = `Tổng hợp năm ${rollup.year} · ${lists.scopeName}`;
  const sheet = (name: string, title: string, columns: Column[], rows: Value[][]) =>
    tableSheet(workbook, name, title, rollup, lists, columns, rows);

  const { coverage, compliance, findings, tthc } = rollup;
  // Today's structure adds a note to each unit row; the totals are the year's, as it was.
  const today = rollup.structure === RollupStructure.TODAY;
  const coverageSheet = sheet(
    ROLLUP_SHEETS.coverage,
    'Kiểm tra đơn vị',
    [
      { header: 'Chỉ tiêu', width: 26 },
      { header: 'Số liệu', width: 50, format: COUNT },
    ],
    [
      ['Đơn vị thuộc phạm vi', coverage.inScope],
      ['Đơn vị đã được kiểm tra', coverage.inspected],
      ['Đơn vị chưa được kiểm tra', coverage.inScope - coverage.inspected],
      ['Tỷ lệ đơn vị được kiểm tra', coverage.ratio],
    ],
  );
  // Rows 5-8: the four figures, under the title rows and the header; the names below need the wide column.
  coverageSheet.getCell('B8').numFmt = PERCENT;
  for (const row of [5, 6, 7, 8]) coverageSheet.getCell(`B${row}`).alignment = { horizontal: 'left' };
  secondTable(
    coverageSheet,
    'Danh sách đơn vị chưa được kiểm tra',
    [{ header: 'Mã đơn vị', width: 26 }, { header: 'Tên đơn vị', width: 50 }, ...(today ? [NOTE_COLUMN] : [])],
    coverage.unitsNotInspected.map((u) => [u.code, u.name, ...(today ? [todayNote(u)] : [])]),
  );

  sheet(
    ROLLUP_SHEETS.byGroup,
    'Mức độ đạt theo nhóm tiêu chí',
    COMPLIANCE_COLUMNS([
      { header: 'Mã nhóm', width: 10 },
      { header: 'Nhóm tiêu chí', width: 36 },
    ]),
    [
      ...compliance.byGroup.map((f) => [f.key, f.label, ...complianceValues(f)]),
      ['Tổng', TOTAL_LABEL, ...complianceValues(compliance.total)],
    ],
  );
  sheet(
    ROLLUP_SHEETS.byItem,
    'Mức độ đạt theo tiêu chí',
    COMPLIANCE_COLUMNS([
      { header: 'Mã nhóm', width: 10 },
      { header: 'Tiêu chí', width: 50 },
    ]),
    compliance.byItem.map((f) => [f.groupCode, f.label, ...complianceValues(f)]),
  );
  sheet(
    ROLLUP_SHEETS.byUnit,
    'Mức độ đạt theo đơn vị',
    [...COMPLIANCE_COLUMNS([{ header: 'Đơn vị', width: 40 }]), ...(today ? [NOTE_COLUMN] : [])],
    compliance.byUnit.map((f) => [f.label, ...complianceValues(f), ...(today ? [todayNote(f)] : [])]),
  );

  sheet(
    ROLLUP_SHEETS.findings,
    'Tồn tại, hạn chế theo nhóm và mức độ',
    [{ header: 'Nhóm tiêu chí', width: 36 }, { header: 'Mức độ', width: 13 }, ...FINDING_COUNT_COLUMNS],
    [
      ...findings.byGroupAndSeverity.map((f) => [
        f.groupTitle,
        f.severity ? SEVERITY_LABELS[f.severity] : null,
        ...findingValues(f),
      ]),
      [TOTAL_LABEL, null, ...findingValues(findings.total)],
    ],
  );
  sheet(
    ROLLUP_SHEETS.repeat,
    `Tồn tại lặp lại từ năm trước (${rollup.repeatFindings})`,
    RECORD_COLUMNS,
    lists.repeatFindings.map(recordValues),
  );
  sheet(
    ROLLUP_SHEETS.overdue,
    `Tồn tại quá hạn chưa khắc phục (${findings.total.overdue})`,
    RECORD_COLUMNS,
    lists.overdueFindings.map(recordValues),
  );

  const documentsSheet = sheet(
    ROLLUP_SHEETS.documents,
    'Văn bản chỉ đạo theo loại',
    [
      { header: 'Loại văn bản', width: 16 },
      { header: 'Số văn bản', width: 12, format: COUNT },
    ],
    [
      ...rollup.documents.map((d) => [DOCUMENT_TYPE_LABELS[d.type], d.count]),
      ['Tổng', rollup.documents.reduce((sum, d) => sum + d.count, 0)],
    ],
  );
  secondTable(
    documentsSheet,
    'Danh sách văn bản',
    [
      { header: 'Số, ký hiệu', width: 16 },
      { header: 'Ngày ban hành', width: 12, format: DATE },
      { header: 'Đơn vị ban hành', width: 30 },
      { header: 'Trích yếu', width: 60 },
    ],
    lists.documents.map((d) => [d.label, day(d.date), d.unitName, d.detail]),
  );
  for (const [column, width] of [
    [1, 18],
    [2, 14],
    [3, 30],
    [4, 60],
  ] as const) {
    documentsSheet.getColumn(column).width = width;
  }

  const tthcSheet = sheet(
    ROLLUP_SHEETS.tthc,
    'Thủ tục hành chính',
    [
      { header: 'Chỉ tiêu', width: 40 },
      { header: 'Số TTHC', width: 10, format: COUNT },
      { header: 'Tỷ lệ trên tổng số', width: 12, format: PERCENT },
    ],
    [
      ['Tổng số TTHC', tthc.total, null],
      ['Thực hiện theo cơ chế một cửa', tthc.oneStop, share(tthc.oneStop, tthc.total)],
      ['Thực hiện theo cơ chế một cửa liên thông', tthc.interconnected, share(tthc.interconnected, tthc.total)],
      ['Dịch vụ công trực tuyến', tthc.online, share(tthc.online, tthc.total)],
      ['— toàn trình', tthc.onlineFull, share(tthc.onlineFull, tthc.total)],
      ['— một phần', tthc.onlinePartial, share(tthc.onlinePartial, tthc.total)],
      ['Qua dịch vụ bưu chính công ích', tthc.publicPostal, share(tthc.publicPostal, tthc.total)],
    ],
  );
  secondTable(
    tthcSheet,
    'Cắt giảm thời gian giải quyết',
    [
      { header: 'Cấp', width: 40 },
      { header: 'Số TTHC', width: 10, format: COUNT },
      { header: 'TTHC đã cắt giảm', width: 12, format: COUNT },
      { header: 'Số ngày theo quy định', width: 12, format: COUNT },
      { header: 'Số ngày cắt giảm', width: 12, format: COUNT },
      { header: 'Tỷ lệ cắt giảm', width: 12, format: PERCENT },
    ],
    tthc.levels.map((l) => [procedureLevelName(l.level), l.procedures, l.reviewed, l.legalDays, l.daysCut, l.cutShare]),
  );
  for (const column of [3, 4, 5, 6]) tthcSheet.getColumn(column).width = 12;

  sheet(
    ROLLUP_SHEETS.indices,
    'Chỉ số SIPAS và PAR INDEX qua các năm',
    [
      { header: 'Năm', width: 8 },
      { header: 'Chỉ số', width: 12 },
      { header: 'Tổng điểm', width: 11, format: SCORE },
      { header: 'Xếp hạng', width: 10, format: COUNT },
    ],
    rollup.indexTrend.map((s) => [s.year, ASSESSMENT_INDEX_LABELS[s.index], s.totalScore, s.rank]),
  );

  if (rollup.warnings.length > 0) {
    sheet(
      ROLLUP_SHEETS.warnings,
      'Cảnh báo số liệu',
      [{ header: 'Nội dung', width: 100 }],
      rollup.warnings.map((w) => [w.message]),
    );
  }
  return writeSafeWorkbook(workbook);
}
