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
 * The document model as an HTML fragment, for reading on the screen without downloading: the same
 * paragraphs in the same order as the .docx and the PDF (one model, three renderings). Every text is
 * escaped here, so the client may insert the fragment as it is; layout comes from the client's
 * stylesheet through the doc-* classes (the page's CSP allows no inline style).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: nothing in it can open a tag, an attribute or an entity. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const p = (className: string | null, html: string) => `<p${className ? ` class="${className}"` : ''}>${html}</p>`;

function runs(list: ModelRun[], notes: string[]): string {
  return list
    .map((r) => {
      let html = escapeHtml(r.text);
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.italic) html = `<em>${html}</em>`;
      if (r.footnote) {
        notes.push(r.footnote);
        html += `<sup class="doc-footnote-mark">${notes.length}</sup>`;
      }
      return html;
    })
    .join('');
}

function block(b: Block, notes: string[]): string {
  switch (b.kind) {
    case 'heading':
      return `<h2 class="doc-heading">${escapeHtml(b.text)}</h2>`;
    case 'paragraph':
      return p('doc-paragraph', runs(b.runs, notes));
    case 'table': {
      const cell = (tag: 'th' | 'td', text: string) =>
        `<${tag}>${text
          .split('\n')
          .map((line) => p(null, escapeHtml(line)))
          .join('')}</${tag}>`;
      const head = `<thead><tr>${b.columns.map((c) => cell('th', c.title)).join('')}</tr></thead>`;
      const rows = b.rows.map((row) => `<tr>${row.map((text) => cell('td', text)).join('')}</tr>`).join('');
      return `<div class="doc-table-wrap"><table class="doc-table">${head}<tbody>${rows}</tbody></table></div>`;
    }
  }
}

function signer(s: Signer, extraClass?: string): string {
  const lines = s.titleLines.map((line) => p('doc-signer-title', escapeHtml(line)));
  if (s.hint) lines.push(p('doc-signer-hint', escapeHtml(s.hint)));
  // The drawn signature is not shown in a preview; its place is kept as in the files.
  lines.push('<div class="doc-signature-space"></div>');
  if (s.name) lines.push(p('doc-signer-name', escapeHtml(s.name)));
  if (s.role) lines.push(p('doc-signer-role', escapeHtml(s.role)));
  return `<div class="doc-signer${extraClass ? ` ${extraClass}` : ''}">${lines.join('')}</div>`;
}

function recipients(r: Recipients): string {
  return `<div class="doc-recipients">${p('doc-recipients-heading', escapeHtml(FIXED_WORDING.recipientsHeading))}${r.lines
    .map((line) => p(null, escapeHtml(line)))
    .join('')}</div>`;
}

/** The document as an HTML fragment (an <article>), its footnotes listed at its end. */
export function renderHtml(document: OfficialDocument): string {
  const doc = withoutBidiControlsDeep(document);
  const notes: string[] = [];
  const { header } = doc;
  const agency = [
    header.parentAgency ? p('doc-parent-agency', escapeHtml(header.parentAgency)) : '',
    p('doc-issuing-agency', escapeHtml(header.issuingAgency)),
  ].join('');
  const national =
    p('doc-national-title', escapeHtml(FIXED_WORDING.nationalTitle)) +
    p('doc-motto', escapeHtml(FIXED_WORDING.nationalMotto));
  const parts = [
    '<header class="doc-header">',
    `<div class="doc-agency">${agency}</div>`,
    `<div class="doc-national">${national}</div>`,
    `<div class="doc-number">${p(null, escapeHtml(header.number))}</div>`,
    `<div class="doc-place-date">${p(null, escapeHtml(header.placeDate))}</div>`,
    '</header>',
    `<div class="doc-title">${p('doc-kind', escapeHtml(doc.kindTitle))}${p('doc-summary', escapeHtml(doc.summary))}</div>`,
    ...doc.body.map((b) => block(b, notes)),
    '<footer class="doc-closing">',
    doc.closing.left.kind === 'recipients' ? recipients(doc.closing.left) : signer(doc.closing.left),
    signer(doc.closing.right),
    doc.closing.below ? signer(doc.closing.below, 'doc-signer-below') : '',
    '</footer>',
  ];
  if (notes.length) {
    const items = notes.map((note, i) => p(null, `<sup>${i + 1}</sup> ${escapeHtml(note)}`)).join('');
    parts.push(`<section class="doc-footnotes">${items}</section>`);
  }
  return `<article class="official-document" lang="vi">${parts.join('')}</article>`;
}
