import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  type IBorderOptions,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { withoutBidiControlsDeep } from '../../common/bidi.js';
import {
  type Block,
  FIXED_WORDING,
  type TextRun as ModelRun,
  type OfficialDocument,
  type Recipients,
  type Signer,
} from './official-document.js';

/*
 * Word layout of Decree 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm, Times New Roman (the office's own
 * font, so Word shows it as they expect), body 14 pt, header names 12-13 pt, recipients 12/11 pt.
 */

const FONT = 'Times New Roman';
/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out a twip short). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);
/** docx sizes are in half-points. */
const pt = (size: number) => size * 2;
const SIZE = {
  body: pt(14),
  table: pt(13),
  agency: pt(13),
  national: pt(12),
  motto: pt(13),
  recipientsHeading: pt(12),
  recipients: pt(11),
  footnote: pt(11),
};

const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** A4 as the document is read: upright, or on its side for a wide table (the same margins as held). */
const pageOf = (orientation: OfficialDocument['orientation']) =>
  orientation === 'landscape' ? { width: mm(297), height: mm(210) } : { width: mm(210), height: mm(297) };
/** The width between the margins, in twips. */
const textWidth = (orientation: OfficialDocument['orientation']) =>
  pageOf(orientation).width - MARGIN.left - MARGIN.right;

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_CELL_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: style.size ?? SIZE.body,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  });

const centered = (text: string, style: RunStyle = {}, after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children: [run(text, style)] });

/** A short centred rule, as drawn under the issuing agency and the document title. */
const rule = (columnWidth: number, share = 0.35) => {
  const side = Math.round((columnWidth * (1 - share)) / 2);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after: 60, line: 120 },
    border: { top: LINE },
    children: [run('', { size: pt(2) })],
  });
};

const cell = (width: number, children: Paragraph[], borders = NO_CELL_BORDERS) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders, children });

function layoutTable(widths: number[], cells: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: cells.map((row) => new TableRow({ children: row.map((children, i) => cell(widths[i] ?? 0, children)) })),
  });
}

/** The header's left column (agency, number) and right column (national title, place and date). */
function header(doc: OfficialDocument, width: number): Table {
  const HEADER_LEFT = Math.round(Math.min(width, textWidth('portrait')) * 0.4);
  const HEADER_RIGHT = width - HEADER_LEFT;
  const left: Paragraph[] = [];
  if (doc.header.parentAgency) left.push(centered(doc.header.parentAgency, { size: SIZE.agency }));
  left.push(centered(doc.header.issuingAgency, { size: SIZE.agency, bold: true }), rule(HEADER_LEFT));
  const right = [
    centered(FIXED_WORDING.nationalTitle, { size: SIZE.national, bold: true }),
    centered(FIXED_WORDING.nationalMotto, { size: SIZE.motto, bold: true, underline: true }, 120),
  ];
  return layoutTable(
    [HEADER_LEFT, HEADER_RIGHT],
    [
      [left, right],
      [
        [centered(doc.header.number, { size: SIZE.motto })],
        [centered(doc.header.placeDate, { size: SIZE.body, italics: true })],
      ],
    ],
  );
}

/** A run of the model; one with a footnote is followed by Word's own footnote mark. */
const modelRuns = (r: ModelRun): (TextRun | FootnoteReferenceRun)[] => {
  const text = run(r.text, { bold: r.bold, italics: r.italic });
  if (!r.footnote) return [text];
  const note = new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    children: [run(r.footnote, { size: SIZE.footnote })],
  });
  return [text, new FootnoteReferenceRun({ children: [note] })];
};

function block(b: Block, width: number): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: mm(10) },
        spacing: { before: 120, after: 60 },
        keepNext: true,
        children: [run(b.text, { bold: true })],
      });
    case 'paragraph':
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: mm(10) },
        spacing: { before: 0, after: 60 },
        children: b.runs.flatMap(modelRuns),
      });
    case 'table': {
      const widths = b.columns.map((c) => Math.round(c.width * width));
      const size = b.size ? pt(b.size) : SIZE.table;
      const border = { top: LINE, bottom: LINE, left: LINE, right: LINE };
      const textCell = (text: string, cellWidth: number, align: 'left' | 'center' | undefined, bold = false) =>
        new TableCell({
          width: { size: cellWidth, type: WidthType.DXA },
          borders: border,
          verticalAlign: VerticalAlign.CENTER,
          margins: { left: 80, right: 80, top: 40, bottom: 40 },
          children: text.split('\n').map(
            (line) =>
              new Paragraph({
                alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: [run(line, { size, bold })],
              }),
          ),
        });
      return new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        rows: [
          new TableRow({
            tableHeader: true,
            children: b.columns.map((c, i) => textCell(c.title, widths[i] ?? 0, 'center', true)),
          }),
          ...b.rows.map(
            (row, r) =>
              new TableRow({
                cantSplit: true,
                children: row.map((text, i) =>
                  textCell(text, widths[i] ?? 0, b.columns[i]?.align, b.boldRows?.includes(r)),
                ),
              }),
          ),
        ],
      });
    }
  }
}

/** Pixel box of a drawn signature in Word (96 to the inch). */
const SIGNATURE_BOX = { width: 170, height: 75 };

function signer(s: Signer): Paragraph[] {
  const out = s.titleLines.map((line) => centered(line, { bold: true }));
  if (s.hint) out.push(centered(s.hint, { italics: true, size: SIZE.table }));
  if (s.image) {
    const scale = Math.min(SIGNATURE_BOX.width / s.image.width, SIGNATURE_BOX.height / s.image.height);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 120 },
        children: [
          new ImageRun({
            type: s.image.type,
            data: s.image.bytes,
            transformation: {
              width: Math.max(1, Math.round(s.image.width * scale)),
              height: Math.max(1, Math.round(s.image.height * scale)),
            },
          }),
        ],
      }),
    );
  } else {
    for (let i = 0; i < 4; i += 1) out.push(centered(''));
  }
  out.push(centered(s.name ?? '', { bold: true }));
  if (s.role) out.push(centered(s.role));
  return out;
}

function recipients(r: Recipients): Paragraph[] {
  return [
    new Paragraph({
      children: [run(FIXED_WORDING.recipientsHeading, { size: SIZE.recipientsHeading, bold: true, italics: true })],
    }),
    ...r.lines.map((line) => new Paragraph({ children: [run(line, { size: SIZE.recipients })] })),
  ];
}

/** The two signers side by side, and a further one centred under them (the minutes' secretary). */
function closing(doc: OfficialDocument, width: number): (Table | Paragraph)[] {
  const { left, right, below } = doc.closing;
  const half = Math.round(width / 2);
  const sideBySide = layoutTable(
    [half, width - half],
    [[left.kind === 'recipients' ? recipients(left) : signer(left), signer(right)]],
  );
  return below ? [sideBySide, new Paragraph({ children: [] }), ...signer(below)] : [sideBySide];
}

/** The document as a Word file. */
/** Text already stored with bidi controls (before they were dropped on input) is rendered without them. */
export function renderDocx(document: OfficialDocument): Promise<Buffer> {
  const doc = withoutBidiControlsDeep(document);
  const width = textWidth(doc.orientation);
  const word = new Document({
    title: doc.title,
    creator: 'Kỷ cương',
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            // docx takes the portrait size and turns it: Word then marks the section landscape.
            size: {
              width: mm(210),
              height: mm(297),
              orientation: doc.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: MARGIN,
          },
        },
        children: [
          header(doc, width),
          new Paragraph({ spacing: { before: 360 }, children: [] }),
          centered(doc.kindTitle, { bold: true }),
          centered(doc.summary, { bold: true }),
          rule(width, 0.2),
          ...doc.body.map((b) => block(b, width)),
          new Paragraph({ children: [] }),
          ...closing(doc, width),
        ],
      },
    ],
  });
  return Packer.toBuffer(word);
}
