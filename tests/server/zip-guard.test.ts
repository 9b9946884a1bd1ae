import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/src/common/app-error.js';
import { checkUploadedArchive, ZIP_LIMITS } from '../../server/src/http/zip-guard.js';
import { zipArchive, zipOf } from '../helpers/zip.js';

async function realXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sổ').addRows([
    ['Mã', 'Tên'],
    ['1.1', 'Đeo thẻ công chức'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The code an archive is refused with, or 'accepted'. */
async function verdict(bytes: Buffer, limits = ZIP_LIMITS): Promise<string> {
  try {
    await checkUploadedArchive(bytes, limits);
    return 'accepted';
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

const SMALL = { maxUnpackedBytes: 10 * 1024 * 1024, maxEntries: 50 };
const zeros = Buffer.alloc(20 * 1024 * 1024);
const junk = Buffer.from('JUNK'.repeat(300));

describe('checking an uploaded .xlsx before the reader sees it', () => {
  it('measures a real .xlsx by walking its central directory', async () => {
    const xlsx = await realXlsx();
    const summary = await checkUploadedArchive(xlsx);
    expect(summary?.entries).toBeGreaterThan(3);
    expect(summary?.unpackedBytes).toBeGreaterThan(xlsx.length);
    expect(summary?.unpackedBytes).toBeLessThan(100_000);
  });

  it('stops at the budget on a zip bomb, even when its headers lie about the size', async () => {
    expect(await verdict(zipOf('xl/worksheets/sheet1.xml', zeros, zeros.length), SMALL)).toBe('FILE_UNPACKS_TOO_LARGE');
    expect(await verdict(zipOf('xl/worksheets/sheet1.xml', zeros, 100), SMALL)).toBe('FILE_UNPACKS_TOO_LARGE');
    expect(await checkUploadedArchive(zipOf('a.xml', Buffer.from('<a/>'), 4))).toEqual({
      entries: 1,
      unpackedBytes: 4,
    });
  });

  it('counts every entry of an overlapping-entries bomb (many directory records, one data)', async () => {
    const part = Buffer.alloc(1024 * 1024);
    const bomb = zipArchive([{ name: 'xl/a.xml', data: part }], { overlapping: 20 });
    expect(await verdict(bomb, { maxUnpackedBytes: 10 * 1024 * 1024, maxEntries: 50 })).toBe('FILE_UNPACKS_TOO_LARGE');
  });

  it('refuses more entries than the cap', async () => {
    const many = zipArchive(
      Array.from({ length: 60 }, (_, n) => ({ name: `xl/p${n}.xml`, data: Buffer.from('<a/>') })),
    );
    expect(await verdict(many, SMALL)).toBe('FILE_UNPACKS_TOO_LARGE');
  });

  it.each([
    ['bytes placed before the archive (offsets of the archive)', { before: junk }],
    ['"PK" and bytes placed before the archive', { before: Buffer.concat([Buffer.from('PK'), junk]) }],
    ['bytes before the archive, offsets shifted to count them', { beforeShifted: junk }],
    [
      'a fake local header before the archive, offsets shifted',
      { beforeShifted: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), junk]) },
    ],
    ['the archive inside junk', { before: junk, after: junk }],
    ['bytes after the end record', { after: junk }],
    ['a zip64 end record', { zip64End: true }],
    ['zip64 extra fields', { zip64Extra: true }],
  ])('refuses %s', async (_name, shape) => {
    const bomb = zipArchive([{ name: 'xl/worksheets/sheet1.xml', data: zeros, claimedSize: 100 }], shape);
    expect(await verdict(bomb, SMALL)).toBe('FILE_ARCHIVE_INVALID');
  });

  it('refuses a real .xlsx with bytes before it, which the .xlsx reader would still open', async () => {
    const prefixed = Buffer.concat([junk, await realXlsx()]);
    // The danger: JSZip (inside exceljs) finds the archive behind the junk and inflates it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(prefixed as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getCell('B2').value).toBe('Đeo thẻ công chức');
    expect(await verdict(prefixed)).toBe('FILE_ARCHIVE_INVALID');
  });

  it('leaves bytes that hold no zip to the CSV reader (null)', async () => {
    expect(await checkUploadedArchive(Buffer.from('Mã,Tên\n1.1,Đeo thẻ\n'))).toBeNull();
    expect(await verdict(Buffer.from('PK\u0003\u0004 truncated'))).toBe('FILE_ARCHIVE_INVALID');
  });
});
