import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArchiveCorrupt, ArchiveWriter, readArchive } from './backup-archive.js';
import {
  anchorFileProblem,
  auditKeyCheck,
  auditKeyProblem,
  folderProblem,
  manifestProblem,
  plainSql,
  rowsEntry,
  rowsEntryTable,
} from './backup-rules.js';

const known = ['Migration1', 'Migration2'];
const manifest = (migrations: string[], format = 1) => ({ format, migrations, counts: {} });

describe('manifestProblem', () => {
  it.each([
    ['the same migrations', manifest(known), null],
    ['an older backup (the app migrates it at start)', manifest(['Migration1']), null],
    ['a newer backup', manifest([...known, 'Migration3']), /phiên bản Kỷ cương mới hơn tạo \(migration Migration3\)/],
    ['another format', manifest(known, 2), /không phải bản sao lưu Kỷ cương .* \(định dạng 2\)/],
    ['no manifest fields', {}, /không phải bản sao lưu Kỷ cương/],
  ])('%s', (_name, m, expected) => {
    const problem = manifestProblem(m, known);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('auditKeyProblem', () => {
  const key = 'k'.repeat(32);
  it.each([
    ['the same key', { auditKeyCheck: auditKeyCheck(key) }, key, null],
    ['an older backup without a key check', {}, key, null],
    [
      'another key',
      { auditKeyCheck: auditKeyCheck(key) },
      'x'.repeat(32),
      /Khóa nhật ký \(AUDIT_KEY\) ở đây khác khóa/,
    ],
  ])('%s', (_name, m, here, expected) => {
    const problem = auditKeyProblem(m, here);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
  it('is a fingerprint, not the key', () => {
    expect(auditKeyCheck(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditKeyCheck(key)).not.toContain(key);
    expect(auditKeyCheck(key)).not.toBe(auditKeyCheck('x'.repeat(32)));
  });
});

describe('anchorFileProblem', () => {
  it.each([
    ['no audit entries, no anchor file', 0, false, null],
    ['entries and the anchor file', 12, true, null],
    ['entries and no anchor file', 12, false, /Không thấy tệp neo nhật ký \/d\/audit-anchors\.jsonl/],
  ])('%s', (_name, entries, exists, expected) => {
    const problem = anchorFileProblem(entries, '/d/audit-anchors.jsonl', exists);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('plainSql, folderProblem, rows entries', () => {
  it('drops psql restrict lines only', () => {
    expect(plainSql('\\restrict abc\nSET x = 1;\n\\unrestrict abc\nselect 1;\n')).toBe('SET x = 1;\nselect 1;\n');
    expect(plainSql("insert into t values ('\\restrict');\n")).toBe("insert into t values ('\\restrict');\n");
  });
  it('accepts an empty folder and names what a used one holds', () => {
    expect(folderProblem('/d', [])).toBeNull();
    expect(folderProblem('/d', ['base', 'global'])).toMatch(/Thư mục đích không trống \(\/d: base, global\)/);
  });
  it('names batches of rows and reads the table back', () => {
    expect(rowsEntry('public.file_blob', 3)).toBe('rows/public.file_blob/000003.jsonl');
    expect(rowsEntryTable('rows/public.file_blob/000003.jsonl')).toBe('public.file_blob');
    expect(rowsEntryTable('files/abc')).toBeNull();
  });
});

describe('the backup archive', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-archive-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function written(name: string): Promise<string> {
    const file = path.join(dir, name);
    const writer = await ArchiveWriter.create(file);
    await writer.add('manifest.json', '{"format":1}\n');
    await writer.add('files/a', Buffer.alloc(1000, 7));
    await writer.finish();
    return file;
  }

  it('reads back every entry in order and checks the checksum', async () => {
    const file = await written('whole.tar');
    const seen: [string, number][] = [];
    const checksum = await readArchive(file, (name, data) => {
      seen.push([name, data.length]);
    });
    expect(seen).toEqual([
      ['manifest.json', 13],
      ['files/a', 1000],
    ]);
    expect(checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['one byte changed in an entry', (b: Buffer) => b.fill(8, 700, 701), /sai mã kiểm tra/],
    ['one byte changed in a header', (b: Buffer) => b.fill(65, 10, 11), /tiêu đề hỏng/],
    ['cut short', (b: Buffer) => b.subarray(0, 1536), /cắt ngắn/],
  ])('refuses a file with %s', async (_name, damage, reason) => {
    const file = await written(`${_name}.tar`);
    writeFileSync(file, damage(readFileSync(file)));
    const error = await readArchive(file, () => undefined).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ArchiveCorrupt);
    expect((error as Error).message).toMatch(reason);
  });

  it('leaves no file when abandoned', async () => {
    const file = path.join(dir, 'abandoned.tar');
    const writer = await ArchiveWriter.create(file);
    await writer.add('manifest.json', '{}');
    await writer.abandon();
    expect(() => readFileSync(file)).toThrow();
    expect(() => readFileSync(`${file}.partial-${process.pid}`)).toThrow();
  });
});
