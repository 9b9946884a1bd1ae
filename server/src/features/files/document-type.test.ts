import { describe, expect, it } from 'vitest';
import { sniffDocumentType, startsAsZip } from './document-type.js';

const zip = (name: string) =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(name)]);

describe('evidence document types', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'application/pdf'],
    [
      'a Word document',
      zip('word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['a workbook (a zip without word/)', zip('xl/workbook.xml'), null],
    ['a text file named .pdf', Buffer.from('not a pdf'), null],
    ['empty', Buffer.alloc(0), null],
  ])('%s', (_name, bytes, type) => {
    expect(sniffDocumentType(bytes)).toBe(type);
  });

  it('tells a zip start from anything else', () => {
    expect(startsAsZip(zip('x'))).toBe(true);
    expect(startsAsZip(Buffer.from('%PDF-'))).toBe(false);
  });
});
