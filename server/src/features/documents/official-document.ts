/*
 * An official document as plain data (Decree 30 layout): header, kind and summary, body blocks and the
 * closing. Built by the visit documents and the annual report, drawn alike by the .docx, PDF and HTML
 * renderers, so every rendering of a document says the same thing.
 */

export interface SignatureImage {
  bytes: Buffer;
  type: 'png' | 'jpg';
  /** Pixel size, for the aspect ratio. */
  width: number;
  height: number;
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A footnote on this run: its mark follows the text, numbered in the order of the document. */
  footnote?: string;
}

export interface TableColumn {
  title: string;
  /** Share of the text width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'center';
}

export type Block =
  /** A numbered section title such as "I. THÀNH PHẦN", bold. */
  | { kind: 'heading'; text: string }
  /** A paragraph with a first-line indent, justified. */
  | { kind: 'paragraph'; runs: TextRun[] }
  | {
      kind: 'table';
      columns: TableColumn[];
      rows: string[][];
      /** Rows printed in bold (by index in `rows`), e.g. a scoring table's areas and total. */
      boldRows?: number[];
      /** Font size in points, for a wide table; the documents' table size otherwise. */
      size?: number;
    };

export interface Signer {
  kind: 'signer';
  /** Bold lines over the signature, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  titleLines: string[];
  /** Italic line under the title, e.g. "(Ký, ghi rõ họ tên)". */
  hint: string | null;
  image: SignatureImage | null;
  /** Printed under the signature in bold; null leaves the line empty for the signer. */
  name: string | null;
  /** The signer's role, printed under the name. */
  role?: string | null;
}

export interface Recipients {
  kind: 'recipients';
  lines: string[];
}

export interface OfficialDocument {
  /** For the file's metadata. */
  title: string;
  /** A4 upright (the default), or on its side for a wide table (Decree 30 allows it for tables). */
  orientation?: 'portrait' | 'landscape';
  header: {
    /** Cơ quan chủ quản (caps, not bold); null when there is none. */
    parentAgency: string | null;
    /** Cơ quan ban hành (caps, bold). */
    issuingAgency: string;
    /** "Số: .../BB-ĐKT" */
    number: string;
    /** "Lạng Sơn, ngày 05 tháng 04 năm 2021" (italics) */
    placeDate: string;
  };
  /** The document kind in capitals ("BIÊN BẢN") over its summary line. */
  kindTitle: string;
  summary: string;
  body: Block[];
  closing: {
    left: Signer | Recipients;
    right: Signer;
    /** A further signer centred under the two (the team's secretary on the minutes); absent for none. */
    below?: Signer;
  };
}

/** The words every official document prints the same, whichever renderer lays it out. */
export const FIXED_WORDING = {
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  nationalMotto: 'Độc lập - Tự do - Hạnh phúc',
  recipientsHeading: 'Nơi nhận:',
} as const;
