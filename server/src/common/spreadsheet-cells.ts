import type ExcelJS from 'exceljs';

/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell whose text starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is taken by Excel or LibreOffice as a formula when the file is opened
 * (a CSV) or when the cell is edited (an .xlsx text cell), so `=HYPERLINK(...)` or `+cmd|...` typed into
 * a register would run on the office's computer. Every export writes such text behind an apostrophe,
 * which the spreadsheet shows as text; the stored data is never changed, and the importers take the
 * apostrophe off again, so an exported file imports back unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** Text as written into an exported cell. */
export const exportCellText = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** Text as read from an imported cell: the apostrophe an export put in front of formula-like text is taken off. */
export const importCellText = (text: string): string => (NEUTRALISED.test(text) ? text.slice(1) : text);

/**
 * The one way an .xlsx export is written: every text cell of every sheet (plain or rich text) is
 * neutralised first, whatever code filled the sheets.
 */
export async function writeSafeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (typeof value === 'string') cell.value = exportCellText(value);
        else if (value && typeof value === 'object' && 'richText' in value) {
          const text = value.richText.map((run) => run.text).join('');
          if (FORMULA_START.test(text)) cell.value = { richText: [{ text: "'" }, ...value.richText] };
        }
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
