/** The documents accepted as evidence of a self-assessment, besides images (image-type.ts). */
export type DocumentType =
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

const ZIP_START = [0x50, 0x4b, 0x03, 0x04];

/** Whether the bytes start as a zip archive does (a .docx), before its entries are known. */
export const startsAsZip = (bytes: Uint8Array): boolean => ZIP_START.every((b, i) => bytes[i] === b);

/**
 * A PDF or a Word document, recognised by its bytes, never by a name or a header: a PDF starts with
 * "%PDF-"; a .docx is a zip archive whose entries (named in plain text in the archive) include
 * word/document.xml. The archive is never unpacked here.
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  if (String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') return 'application/pdf';
  if (startsAsZip(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}
