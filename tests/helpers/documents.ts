import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The files of a zip (a .docx), read with zlib alone: the central directory, then each entry. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** Runs a poppler tool (Debian poppler-utils) on PDF bytes. */
export function pdfTool(tool: 'pdftotext' | 'pdffonts', pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-pdf-'));
  try {
    const file = path.join(dir, `${randomUUID()}.pdf`);
    writeFileSync(file, pdf);
    const args = tool === 'pdftotext' ? [file, '-'] : [file];
    return execFileSync(tool, args, { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of a rendered PDF in reading order (table cells and header columns each as a block, which
 * -layout would interleave line by line), with every run of white space made one space.
 */
export const pdfText = (pdf: Buffer) => pdfTool('pdftotext', pdf).replace(/\s+/g, ' ');

/** The text of a .docx body, without the XML tags between runs. */
export function docxText(docx: Buffer): { xml: string; text: string; files: Map<string, Buffer> } {
  const files = unzip(docx);
  const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
  return { xml, text: xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, ''), files };
}
