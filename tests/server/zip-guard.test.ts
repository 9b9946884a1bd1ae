import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unpackedZipSize } from '../../server/src/http/zip-guard.js';
import { zipOf } from '../helpers/zip.js';

describe('unpacked size of an uploaded zip', () => {
  it('measures a real .xlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sổ').addRows([
      ['Mã', 'Tên'],
      ['1.1', 'Đeo thẻ công chức'],
    ]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const size = unpackedZipSize(xlsx);
    expect(size).toBeGreaterThan(xlsx.length);
    expect(size).toBeLessThan(100_000);
  });

  it('stops at the budget on a zip bomb, even when its headers lie about the size', () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    expect(unpackedZipSize(zipOf('xl/worksheets/sheet1.xml', zeros, zeros.length), 10 * 1024 * 1024)).toBeNull();
    expect(unpackedZipSize(zipOf('xl/worksheets/sheet1.xml', zeros, 100), 10 * 1024 * 1024)).toBeNull();
    expect(unpackedZipSize(zipOf('a.xml', Buffer.from('<a/>'), 4))).toBe(4);
  });

  it('leaves bytes that are not a zip to the reader (0)', () => {
    expect(unpackedZipSize(Buffer.from('Mã,Tên\n1.1,Đeo thẻ\n'))).toBe(0);
    expect(unpackedZipSize(Buffer.from('PK\u0003\u0004 truncated'))).toBe(0);
  });
});
