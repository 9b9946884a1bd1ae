import ExcelJS from 'exceljs';
import { writeSafeWorkbook } from '../../../common/spreadsheet-cells.js';
import type { PackEntry } from './evidence-pack-plan.js';

/** A file of the pack as written: its entry, and what its bytes came to. */
export interface WrittenEntry extends PackEntry {
  size: number;
  sha256: string;
}

export const MANIFEST_SHEET = 'Danh mục';

/** The manifest's columns: the file's path in the .zip is the one column a check matches against the files. */
export const MANIFEST_COLUMNS = [
  'STT',
  'Mã tiêu chí',
  'Nội dung tiêu chí',
  'Tài liệu',
  'Số, ký hiệu văn bản',
  'Ngày văn bản',
  'Cơ quan ban hành',
  'Trang, mục',
  'Tên tệp trong bộ tài liệu',
  'Dung lượng (byte)',
  'SHA-256',
] as const;

const WIDTHS = [6, 10, 45, 45, 20, 13, 30, 20, 55, 12, 66];

/** Danh mục tài liệu kiểm chứng: one row per file of the pack, in the pack's order. */
export async function manifestWorkbook(year: number, entries: readonly WrittenEntry[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kỷ cương';
  book.title = `Danh mục tài liệu kiểm chứng năm ${year}`;
  const sheet = book.addWorksheet(MANIFEST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow([...MANIFEST_COLUMNS]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  WIDTHS.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  entries.forEach((e, i) => {
    const row = sheet.addRow([
      i + 1,
      e.criterionCode,
      e.criterionText,
      e.title,
      e.documentNumber,
      e.documentDate ? new Date(`${e.documentDate}T00:00:00Z`) : null,
      e.issuer,
      e.pointer,
      e.path,
      e.size,
      e.sha256,
    ]);
    row.getCell(6).numFmt = 'dd/mm/yyyy';
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return writeSafeWorkbook(book);
}
