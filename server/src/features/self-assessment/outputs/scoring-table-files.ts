import ExcelJS from 'exceljs';
import { writeSafeWorkbook } from '../../../common/spreadsheet-cells.js';
import { formatDate, formatNumber, formatPlaceDate } from '../../../common/vietnamese.js';
import { renderDocx } from '../../documents/docx-renderer.js';
import { FIXED_WORDING, type OfficialDocument } from '../../documents/official-document.js';
import {
  evidenceCell,
  NOT_APPLICABLE_TEXT,
  NOT_SCORED_TEXT,
  pointsText,
  type ScoringRow,
  type ScoringTable,
  STATUS_TEXT,
  tableNotes,
  tableTitle,
} from './scoring-table.js';
import type { ScoringTableData } from './scoring-table-data.js';

/*
 * The self-scoring table as Word (Decree 30 header, A4 on its side for the wide table, Times New Roman:
 * the documents' own renderer) and as Excel (the same header in merged cells, the points as numbers so
 * the office can add them up). Both from the same rows (scoring-table.ts) and the same columns.
 */

interface ColumnSpec {
  title: string;
  /** Share of the page's width in the .docx. */
  share: number;
  /** Characters, in the .xlsx. */
  width: number;
  align?: 'left' | 'center';
  /** The cell: a number where Excel should hold one. */
  value(row: ScoringRow): string | number | null;
  /** The cell in Word, when it is not the value as text. */
  text?(row: ScoringRow): string;
}

const points = (value: number | null) => (value === null ? null : value);

/** The table's columns; the appraisal's only when the assessment has one, its second round only when given. */
export function scoringColumns(table: ScoringTable): ColumnSpec[] {
  const columns: ColumnSpec[] = [
    { title: 'STT/Mã', share: 0.06, width: 9, align: 'center', value: (r) => r.code },
    { title: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', share: 0.26, width: 48, value: (r) => r.text },
    { title: 'Điểm tối đa', share: 0.06, width: 10, align: 'center', value: (r) => r.maxPoints },
    {
      title: 'Điểm tự đánh giá',
      share: 0.07,
      width: 12,
      align: 'center',
      value: (r) => (r.notApplicable ? NOT_APPLICABLE_TEXT : r.selfPoints === null ? NOT_SCORED_TEXT : r.selfPoints),
      text: pointsText,
    },
    {
      title: 'Tài liệu kiểm chứng (số, ngày, cơ quan ban hành, trang)',
      share: 0.25,
      width: 50,
      value: (r) => evidenceCell(r.evidence),
    },
    { title: 'Giải trình', share: 0.15, width: 32, value: (r) => r.explanation },
  ];
  if (table.hasAppraisal) {
    columns.push({
      title: table.hasSecondRound ? 'Điểm thẩm định vòng 1' : 'Điểm thẩm định',
      share: 0.07,
      width: 12,
      align: 'center',
      value: (r) => points(r.appraisal1),
    });
    if (table.hasSecondRound)
      columns.push({
        title: 'Điểm thẩm định vòng 2',
        share: 0.07,
        width: 12,
        align: 'center',
        value: (r) => points(r.appraisal2),
      });
    columns.push({ title: 'Nhận xét', share: 0.12, width: 32, value: (r) => r.comment });
  }
  const sum = columns.reduce((a, c) => a + c.share, 0);
  return columns.map((c) => ({ ...c, share: c.share / sum }));
}

const isBold = (row: ScoringRow) => row.kind === 'AREA' || row.kind === 'TOTAL';

function placeDate(data: ScoringTableData): string {
  const year = Number(data.date.slice(0, 4));
  return data.submitted
    ? formatPlaceDate(data.agency.place ?? '...', data.date, year)
    : formatPlaceDate(data.agency.place ?? '...', null, year, Number(data.date.slice(5, 7)));
}

const setLine = (data: ScoringTableData) =>
  `(Theo ${data.set.title}, văn bản số ${data.set.documentNumber} ngày ${formatDate(data.set.issuedOn)})`;

const statusLine = (data: ScoringTableData) => `Tình trạng: ${STATUS_TEXT[data.status]}.`;

const fileBase = (year: number) => `bieu-tu-danh-gia-cham-diem-cchc-${year}`;

/** The table as a Word document of the Decree 30 layout. */
export function scoringTableDocument(data: ScoringTableData): OfficialDocument {
  const columns = scoringColumns(data.table);
  const rows = data.table.rows;
  const text = (value: string | number | null) => (typeof value === 'number' ? formatNumber(value) : (value ?? ''));
  return {
    title: tableTitle(data.year),
    orientation: 'landscape',
    header: {
      parentAgency: data.agency.parent,
      issuingAgency: data.agency.issuer,
      number: '',
      placeDate: placeDate(data),
    },
    kindTitle: tableTitle(data.year),
    summary: setLine(data),
    body: [
      { kind: 'paragraph', runs: [{ text: statusLine(data), italic: true }] },
      {
        kind: 'table',
        size: 11,
        columns: columns.map((c) => ({ title: c.title, width: c.share, align: c.align })),
        rows: rows.map((row) => columns.map((c) => (c.text ? c.text(row) : text(c.value(row))))),
        boldRows: rows.flatMap((row, i) => (isBold(row) ? [i] : [])),
      },
      ...tableNotes(data.table).map((note) => ({ kind: 'paragraph' as const, runs: [{ text: note, italic: true }] })),
    ],
    closing: {
      left: { kind: 'signer', titleLines: ['NGƯỜI LẬP BIỂU'], hint: null, image: null, name: null },
      right: {
        kind: 'signer',
        titleLines: data.agency.signerTitleLines,
        hint: null,
        image: null,
        name: data.approverName,
      },
    },
  };
}

export interface ScoringTableFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export async function scoringTableDocx(data: ScoringTableData): Promise<ScoringTableFile> {
  return {
    fileName: `${fileBase(data.year)}.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes: await renderDocx(scoringTableDocument(data)),
  };
}

/** The header table's rows in the sheet: the table's own header comes after the title lines. */
export const SHEET_HEADER_ROW = 9;

/** A text across columns `from`..`to` of a row, merged, with its font and alignment. */
function band(
  sheet: ExcelJS.Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  font: Partial<ExcelJS.Font>,
) {
  if (to > from) sheet.mergeCells(row, from, row, to);
  const cell = sheet.getCell(row, from);
  cell.value = text;
  cell.font = { name: 'Times New Roman', size: 12, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

export async function scoringTableXlsx(data: ScoringTableData): Promise<ScoringTableFile> {
  const columns = scoringColumns(data.table);
  const last = columns.length;
  const book = new ExcelJS.Workbook();
  book.creator = 'Kỷ cương';
  book.title = tableTitle(data.year);
  const sheet = book.addWorksheet(`Tự đánh giá ${data.year}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: SHEET_HEADER_ROW }],
  });
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  // The Decree 30 header: the agencies over the left columns, the national title over the right ones.
  const split = Math.min(3, last - 1);
  band(sheet, 1, 1, split, data.agency.parent ?? '', {});
  band(sheet, 2, 1, split, data.agency.issuer, { bold: true });
  band(sheet, 1, split + 2, last, FIXED_WORDING.nationalTitle, { bold: true });
  band(sheet, 2, split + 2, last, FIXED_WORDING.nationalMotto, { bold: true, underline: true });
  band(sheet, 3, split + 2, last, placeDate(data), { italic: true });
  band(sheet, 5, 1, last, tableTitle(data.year), { bold: true, size: 14 });
  band(sheet, 6, 1, last, setLine(data), { italic: true });
  band(sheet, 7, 1, last, statusLine(data), { italic: true });

  const header = sheet.getRow(SHEET_HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.title;
    cell.font = { name: 'Times New Roman', bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const thin = { style: 'thin' as const };
  const border = { top: thin, bottom: thin, left: thin, right: thin };
  let n = SHEET_HEADER_ROW;
  for (const row of data.table.rows) {
    n += 1;
    const line = sheet.getRow(n);
    columns.forEach((c, i) => {
      const cell = line.getCell(i + 1);
      cell.value = c.value(row);
      cell.font = { name: 'Times New Roman', bold: isBold(row) };
      cell.alignment = { horizontal: c.align ?? 'left', vertical: 'top', wrapText: true };
      cell.border = border;
    });
  }
  header.eachCell((cell) => {
    cell.border = border;
  });
  n += 1;
  for (const note of tableNotes(data.table)) band(sheet, ++n, 1, last, note, { italic: true, size: 11 });
  n += 2;
  const signerFrom = Math.max(1, last - 2);
  band(sheet, n, 1, split, 'NGƯỜI LẬP BIỂU', { bold: true });
  data.agency.signerTitleLines.forEach((line, i) => {
    band(sheet, n + i, signerFrom, last, line, { bold: true });
  });
  if (data.approverName)
    band(sheet, n + data.agency.signerTitleLines.length + 4, signerFrom, last, data.approverName, { bold: true });
  return {
    fileName: `${fileBase(data.year)}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await writeSafeWorkbook(book),
  };
}
