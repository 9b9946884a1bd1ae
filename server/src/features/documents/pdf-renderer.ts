import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { withoutBidiControlsDeep } from '../../common/bidi.js';
import { type Block, FIXED_WORDING, type OfficialDocument, type Recipients, type Signer } from './official-document.js';

/*
 * PDF layout of Decree 30/2020/NĐ-CP with the DejaVu Serif fonts embedded: the standard PDF fonts have
 * no Vietnamese glyphs, and DejaVu has every precomposed letter with its diacritics. DejaVu is wider
 * than Times New Roman, so the sizes here are a point smaller than in the .docx.
 */

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);
const FONTS = {
  regular: fontFile('DejaVuSerif'),
  bold: fontFile('DejaVuSerif-Bold'),
  italic: fontFile('DejaVuSerif-Italic'),
  boldItalic: fontFile('DejaVuSerif-BoldItalic'),
};
type FontName = keyof typeof FONTS;

const mm = (value: number) => (value * 72) / 25.4;
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const SIZE = {
  body: 12,
  table: 10.5,
  agency: 11,
  national: 11,
  motto: 12,
  title: 13,
  recipientsHeading: 11,
  recipients: 10,
  footnote: 10,
};
const FIRST_LINE_INDENT = mm(10);
const PARAGRAPH_GAP = 3;
const CELL_PADDING = 3;

type Pdf = PDFKit.PDFDocument;

function fontFor(bold?: boolean, italic?: boolean): FontName {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}

class Layout {
  readonly left = MARGIN.left;
  readonly width: number;
  readonly bottom: number;

  constructor(readonly pdf: Pdf) {
    this.width = pdf.page.width - MARGIN.left - MARGIN.right;
    this.bottom = pdf.page.height - MARGIN.bottom;
  }

  get y(): number {
    return this.pdf.y;
  }

  set y(value: number) {
    this.pdf.y = value;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) {
      this.pdf.addPage();
      this.y = MARGIN.top;
    }
  }

  /** A centred line (wrapped within the column), returning the y under it. */
  centered(text: string, x: number, width: number, y: number, size: number, font: FontName, underline = false) {
    this.pdf.font(font).fontSize(size);
    this.pdf.text(text, x, y, { width, align: 'center', underline });
    return this.pdf.y;
  }

  rule(x: number, width: number, y: number, share: number): void {
    const length = width * share;
    const from = x + (width - length) / 2;
    this.pdf
      .moveTo(from, y)
      .lineTo(from + length, y)
      .lineWidth(0.6)
      .stroke();
  }
}

function header(layout: Layout, doc: OfficialDocument): void {
  const leftWidth = layout.width * 0.4;
  const rightX = layout.left + leftWidth;
  const rightWidth = layout.width - leftWidth;
  const top = layout.y;

  let leftY = top;
  if (doc.header.parentAgency) {
    leftY = layout.centered(doc.header.parentAgency, layout.left, leftWidth, leftY, SIZE.agency, 'regular');
  }
  leftY = layout.centered(doc.header.issuingAgency, layout.left, leftWidth, leftY, SIZE.agency, 'bold');
  layout.rule(layout.left, leftWidth, leftY + 1, 0.35);

  let rightY = layout.centered(FIXED_WORDING.nationalTitle, rightX, rightWidth, top, SIZE.national, 'bold');
  rightY = layout.centered(FIXED_WORDING.nationalMotto, rightX, rightWidth, rightY, SIZE.motto, 'bold', true);

  const rowY = Math.max(leftY, rightY) + 8;
  const numberY = layout.centered(doc.header.number, layout.left, leftWidth, rowY, SIZE.body, 'regular');
  const dateY = layout.centered(doc.header.placeDate, rightX, rightWidth, rowY, SIZE.body, 'italic');
  layout.y = Math.max(numberY, dateY) + 18;

  layout.centered(doc.kindTitle, layout.left, layout.width, layout.y, SIZE.title, 'bold');
  const summaryBottom = layout.centered(doc.summary, layout.left + 20, layout.width - 40, layout.y, SIZE.title, 'bold');
  layout.rule(layout.left, layout.width, summaryBottom + 4, 0.2);
  layout.y = summaryBottom + 18;
}

function paragraph(
  layout: Layout,
  runs: { text: string; bold?: boolean; italic?: boolean }[],
  bold = false,
  keepLines = 2,
): void {
  const { pdf } = layout;
  pdf.fontSize(SIZE.body);
  layout.ensure(pdf.currentLineHeight(true) * keepLines);
  // pdfkit spreads the words of a justified line made of several runs unevenly: justify single runs only.
  const align = runs.length === 1 ? ('justify' as const) : ('left' as const);
  runs.forEach((r, i) => {
    pdf.font(fontFor(bold || r.bold, r.italic));
    const options = { width: layout.width, align, continued: i < runs.length - 1 };
    if (i === 0) pdf.text(r.text, layout.left, layout.y, { ...options, indent: FIRST_LINE_INDENT });
    else pdf.text(r.text, options);
  });
  layout.y += PARAGRAPH_GAP;
}

function table(layout: Layout, b: Extract<Block, { kind: 'table' }>): void {
  const { pdf } = layout;
  const widths = b.columns.map((c) => c.width * layout.width);
  const rowHeight = (cells: string[], font: FontName) => {
    pdf.font(font).fontSize(SIZE.table);
    return (
      Math.max(
        ...cells.map((text, i) => pdf.heightOfString(text || ' ', { width: (widths[i] ?? 0) - 2 * CELL_PADDING })),
      ) +
      2 * CELL_PADDING
    );
  };
  const drawRow = (cells: string[], font: FontName, aligns: ('left' | 'center')[]) => {
    const height = rowHeight(cells, font);
    const top = layout.y;
    let x = layout.left;
    pdf.font(font).fontSize(SIZE.table).lineWidth(0.5);
    cells.forEach((text, i) => {
      const width = widths[i] ?? 0;
      pdf.rect(x, top, width, height).stroke();
      pdf.text(text, x + CELL_PADDING, top + CELL_PADDING, { width: width - 2 * CELL_PADDING, align: aligns[i] });
      x += width;
    });
    layout.y = top + height;
  };
  const titles = b.columns.map((c) => c.title);
  const drawHeader = () =>
    drawRow(
      titles,
      'bold',
      titles.map(() => 'center'),
    );

  layout.ensure(rowHeight(titles, 'bold') + rowHeight(b.rows[0] ?? [], 'regular'));
  drawHeader();
  for (const row of b.rows) {
    const height = rowHeight(row, 'regular');
    if (layout.y + height > layout.bottom) {
      pdf.addPage();
      layout.y = MARGIN.top;
      drawHeader();
    }
    drawRow(
      row,
      'regular',
      b.columns.map((c) => c.align ?? 'left'),
    );
  }
  layout.y += PARAGRAPH_GAP + 4;
}

const SIGNATURE_BOX = { width: mm(45), height: mm(20) };

function signer(layout: Layout, s: Signer, x: number, width: number, top: number): number {
  let y = top;
  for (const line of s.titleLines) y = layout.centered(line, x, width, y, SIZE.body, 'bold');
  if (s.hint) y = layout.centered(s.hint, x, width, y, SIZE.recipients, 'italic');
  y += 6;
  if (s.image) {
    layout.pdf.image(s.image.bytes, x + (width - SIGNATURE_BOX.width) / 2, y, {
      fit: [SIGNATURE_BOX.width, SIGNATURE_BOX.height],
      align: 'center',
      valign: 'center',
    });
  }
  y += SIGNATURE_BOX.height + 10;
  y = layout.centered(s.name ?? ' ', x, width, y, SIZE.body, 'bold');
  return s.role ? layout.centered(s.role, x, width, y, SIZE.body, 'regular') : y;
}

function recipients(layout: Layout, r: Recipients, x: number, width: number, top: number): number {
  let y = top;
  layout.pdf.font('boldItalic').fontSize(SIZE.recipientsHeading).text(FIXED_WORDING.recipientsHeading, x, y, { width });
  y = layout.pdf.y;
  layout.pdf.font('regular').fontSize(SIZE.recipients);
  for (const line of r.lines) {
    layout.pdf.text(line, x, y, { width });
    y = layout.pdf.y;
  }
  return y;
}

function closing(layout: Layout, doc: OfficialDocument): void {
  layout.y += 8;
  layout.ensure(SIGNATURE_BOX.height + 90);
  const half = layout.width / 2;
  const top = layout.y;
  const { left, right } = doc.closing;
  const leftBottom =
    left.kind === 'recipients'
      ? recipients(layout, left, layout.left, half, top + 4)
      : signer(layout, left, layout.left, half, top);
  const rightBottom = signer(layout, right, layout.left + half, half, top);
  layout.y = Math.max(leftBottom, rightBottom);
  const { below } = doc.closing;
  if (below) {
    layout.y += 16;
    layout.ensure(SIGNATURE_BOX.height + 90);
    layout.y = signer(layout, below, layout.left + half / 2, half, layout.y);
  }
}

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');

/**
 * Footnote marks numbered in reading order, as Word numbers them. pdfkit has no footnote area, so the
 * notes are printed together under a short rule after the body, before the signature.
 */
function withFootnoteMarks(body: Block[]): { body: Block[]; notes: string[] } {
  const notes: string[] = [];
  const marked = body.map((b): Block => {
    if (b.kind !== 'paragraph' || !b.runs.some((r) => r.footnote)) return b;
    return {
      ...b,
      runs: b.runs.map((r) => {
        if (!r.footnote) return r;
        notes.push(r.footnote);
        return { ...r, text: `${r.text}${superscript(notes.length)}`, footnote: undefined };
      }),
    };
  });
  return { body: marked, notes };
}

function footnotes(layout: Layout, notes: string[]): void {
  if (notes.length === 0) return;
  const { pdf } = layout;
  layout.y += 6;
  layout.ensure(30);
  pdf
    .moveTo(layout.left, layout.y)
    .lineTo(layout.left + layout.width * 0.3, layout.y)
    .lineWidth(0.5)
    .stroke();
  layout.y += 4;
  pdf.font('regular').fontSize(SIZE.footnote);
  notes.forEach((note, i) => {
    layout.ensure(pdf.currentLineHeight(true) * 2);
    pdf.text(`${superscript(i + 1)} ${note}`, layout.left, layout.y, { width: layout.width, align: 'justify' });
    layout.y += 2;
  });
}

/** The document as a PDF with its fonts embedded. */
/** Text already stored with bidi controls (before they were dropped on input) is rendered without them. */
export function renderPdf(document: OfficialDocument): Promise<Buffer> {
  const doc = withoutBidiControlsDeep(document);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    info: { Title: doc.title, Creator: 'Kỷ cương' },
    autoFirstPage: true,
  });
  for (const [name, file] of Object.entries(FONTS)) pdf.registerFont(name, file);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const layout = new Layout(pdf);
  layout.y = MARGIN.top;
  header(layout, doc);
  const { body, notes } = withFootnoteMarks(doc.body);
  for (const b of body) {
    if (b.kind === 'table') table(layout, b);
    // A heading keeps a few lines of what follows on its page.
    else if (b.kind === 'heading') paragraph(layout, [{ text: b.text }], true, 5);
    else paragraph(layout, b.runs);
  }
  footnotes(layout, notes);
  closing(layout, doc);
  pdf.end();
  return done;
}
