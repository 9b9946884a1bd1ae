import type { EvidenceRecordKind } from '../performance-measure.js';

/*
 * What goes into an evidence pack and under which names, decided before a byte is written: one folder
 * per criterion code, each file named by the code, its number within the criterion and what it is
 * ("1.3.2/1.3.2_01_ke-hoach-45-kh-snn.pdf"). Pure, so the names are table-tested; the manifest lists
 * exactly these paths.
 */

/** What a file of the pack is made from. */
export type PackSource =
  /** An uploaded file's bytes, as stored. */
  | { kind: 'FILE'; fileId: string }
  /** The visit's minutes (biên bản), rendered by the documents feature. */
  | { kind: 'MINUTES'; visitId: string }
  /** The visit's conclusion notice, rendered by the documents feature. */
  | { kind: 'NOTICE'; visitId: string }
  /** A record of the product described as text (what it is, its number, date and figures). */
  | { kind: 'LISTING'; recordKind: EvidenceRecordKind; recordId: string };

/** One evidence row of the assessment, with what the pack needs of its record. */
export interface PackEvidence {
  criterionCode: string;
  criterionText: string;
  /** The uploaded file, when the evidence is one. */
  file: { id: string; mimeType: string } | null;
  record: {
    kind: EvidenceRecordKind;
    id: string;
    /** The record's label (evidence-records.ts), or null when it is no longer in the product. */
    label: string | null;
    /** A visit that has started has minutes; one with an issued notice, its notice. */
    visitId: string | null;
    hasMinutes: boolean;
    notice: { number: string; issuedOn: string; issuer: string } | null;
    /** The record's own number, date and issuer, where it has them. */
    documentNumber: string | null;
    documentDate: string | null;
    issuer: string | null;
  } | null;
  /** What the office wrote on the evidence; they win over the record's own. */
  documentNumber: string | null;
  documentDate: string | null;
  issuer: string | null;
  pointer: string | null;
  note: string | null;
}

/** One file of the pack, and its manifest row. */
export interface PackEntry {
  path: string;
  source: PackSource;
  criterionCode: string;
  criterionText: string;
  /** What the file is, for a person: the record's label, or the document's number and issuer. */
  title: string;
  documentNumber: string | null;
  documentDate: string | null;
  issuer: string | null;
  pointer: string | null;
  /** What the office noted on the evidence. */
  note: string | null;
}

const MAX_SLUG = 60;

/** Vietnamese text as a file-name part: no diacritics, lower case, words joined by dashes, at most 60. */
export function slug(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= MAX_SLUG) return plain;
  const cut = plain.slice(0, MAX_SLUG);
  const dash = cut.lastIndexOf('-');
  return dash > 20 ? cut.slice(0, dash) : cut;
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
};

export const extensionOf = (mimeType: string): string => EXTENSIONS[mimeType] ?? 'bin';

/** Whether a file of this type is worth deflating (images, PDFs and Office files are compressed already). */
export const worthCompressing = (path: string): boolean => /\.txt$/.test(path);

/** The folder a criterion's files go in: its code, made safe for any file system. */
const folderOf = (code: string) => code.replace(/[^0-9A-Za-z.]+/g, '-');

interface Planned {
  source: PackSource;
  name: string;
  ext: string;
  title: string;
  /** The document's own number, date and issuer when the file is another document than the record. */
  document?: { number: string | null; date: string | null; issuer: string | null };
}

/** The files an evidence row becomes: its upload; a visit's minutes and notice; otherwise a listing. */
function filesOf(e: PackEvidence): Planned[] {
  if (e.file) {
    const title = [e.documentNumber, e.issuer].filter(Boolean).join(', ') || e.note || 'Tài liệu kiểm chứng';
    return [{ source: { kind: 'FILE', fileId: e.file.id }, name: title, ext: extensionOf(e.file.mimeType), title }];
  }
  const r = e.record;
  if (!r) return [];
  const label = r.label ?? 'Hồ sơ không còn trong phần mềm';
  const listing: Planned = {
    source: { kind: 'LISTING', recordKind: r.kind, recordId: r.id },
    name: label,
    ext: 'txt',
    title: label,
  };
  if (!r.visitId || r.label === null) return [listing];
  const out: Planned[] = [];
  if (r.kind === 'VISIT' && r.hasMinutes)
    out.push({
      source: { kind: 'MINUTES', visitId: r.visitId },
      name: `Biên bản ${label}`,
      ext: 'docx',
      title: `Biên bản: ${label}`,
    });
  if (r.notice)
    out.push({
      source: { kind: 'NOTICE', visitId: r.visitId },
      name: r.kind === 'NOTICE' ? label : `Thông báo kết luận ${r.notice.number}`,
      ext: 'docx',
      title: r.kind === 'NOTICE' ? label : `Thông báo kết luận ${r.notice.number}: ${label}`,
      document: { number: r.notice.number, date: r.notice.issuedOn, issuer: r.notice.issuer },
    });
  return out.length ? out : [listing];
}

/**
 * The pack's files, criterion by criterion in the order given (the set's), each criterion's numbered
 * from 01 in the order of its evidence. A visit's minutes and notice are two files.
 */
export function planPack(evidence: readonly PackEvidence[]): PackEntry[] {
  const counters = new Map<string, number>();
  const entries: PackEntry[] = [];
  for (const e of evidence) {
    for (const f of filesOf(e)) {
      const n = (counters.get(e.criterionCode) ?? 0) + 1;
      counters.set(e.criterionCode, n);
      const folder = folderOf(e.criterionCode);
      const name = slug(f.name) || 'tai-lieu';
      entries.push({
        path: `${folder}/${folder}_${String(n).padStart(2, '0')}_${name}.${f.ext}`,
        source: f.source,
        criterionCode: e.criterionCode,
        criterionText: e.criterionText,
        title: f.title,
        documentNumber: e.documentNumber ?? (f.document ? f.document.number : e.record?.documentNumber) ?? null,
        documentDate: e.documentDate ?? (f.document ? f.document.date : e.record?.documentDate) ?? null,
        issuer: e.issuer ?? (f.document ? f.document.issuer : e.record?.issuer) ?? null,
        pointer: e.pointer,
        note: e.note,
      });
    }
  }
  return entries;
}

export const manifestName = (year: number) => `danh-muc-tai-lieu-kiem-chung-${year}.xlsx`;
export const packFileName = (year: number) => `tai-lieu-kiem-chung-cchc-${year}.zip`;
