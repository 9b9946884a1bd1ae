import { describe, expect, it } from 'vitest';
import { buildMinutes } from './document-model.js';
import { escapeHtml, renderHtml } from './html-renderer.js';
import type { OfficialDocument } from './official-document.js';

const DOC: OfficialDocument = {
  title: 'Báo cáo',
  header: {
    parentAgency: 'UBND TỈNH LẠNG SƠN',
    issuingAgency: 'SỞ NÔNG NGHIỆP <b>',
    number: 'Số:      /BC-SNN',
    placeDate: 'Lạng Sơn, ngày      tháng 11 năm 2021',
  },
  kindTitle: 'BÁO CÁO',
  summary: 'Kết quả "SIPAS" & PAR INDEX',
  body: [
    { kind: 'heading', text: 'I. CÔNG TÁC' },
    {
      kind: 'paragraph',
      runs: [
        { text: '1. Việc', bold: true },
        { text: ' ban hành 08 Kế hoạch', footnote: 'Kế hoạch số 80/KH-SNN <script>alert(1)</script>' },
        { text: ' và\u202E 17 công văn', italic: true, footnote: 'Công văn số 2187' },
      ],
    },
    { kind: 'table', columns: [{ title: 'TT', width: 1 }], rows: [['a\nb']] },
  ],
  closing: {
    left: { kind: 'recipients', lines: ['- UBND tỉnh (b/c);', '- Lưu: VT, VP.'] },
    right: { kind: 'signer', titleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], hint: null, image: null, name: "O'Neil" },
  },
};

describe('renderHtml', () => {
  const html = renderHtml(DOC);

  it('escapes every text: no tag, attribute or entity comes from the data', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('SỞ NÔNG NGHIỆP &lt;b&gt;');
    expect(html).toContain('Kết quả &quot;SIPAS&quot; &amp; PAR INDEX');
    expect(html).toContain('O&#39;Neil');
    expect(html).not.toContain('\u202E');
    expect(html).not.toMatch(/ style=| on\w+=/);
  });

  it('draws the paragraphs in the order of the files, footnotes numbered in reading order at the end', () => {
    const texts = [...html.matchAll(/<(p|h2)[^>]*>(.*?)<\/\1>/g)].map((m) => (m[2] ?? '').replace(/<[^>]+>/g, ''));
    expect(texts).toEqual([
      'UBND TỈNH LẠNG SƠN',
      'SỞ NÔNG NGHIỆP &lt;b&gt;',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:      /BC-SNN',
      'Lạng Sơn, ngày      tháng 11 năm 2021',
      'BÁO CÁO',
      'Kết quả &quot;SIPAS&quot; &amp; PAR INDEX',
      'I. CÔNG TÁC',
      '1. Việc ban hành 08 Kế hoạch1 và 17 công văn2',
      'TT',
      'a',
      'b',
      'Nơi nhận:',
      '- UBND tỉnh (b/c);',
      '- Lưu: VT, VP.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'O&#39;Neil',
      '1 Kế hoạch số 80/KH-SNN &lt;script&gt;alert(1)&lt;/script&gt;',
      '2 Công văn số 2187',
    ]);
    expect(html).toContain('<strong>1. Việc</strong>');
    expect(html).toContain('<em> và 17 công văn</em><sup class="doc-footnote-mark">2</sup>');
  });
});

describe('renderHtml of the minutes', () => {
  it("draws the unit's comments and the secretary's block from the same model as the files", () => {
    const minutes = buildMinutes({
      department: { code: 'SNN', name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn' },
      unit: { code: 'TTKN', name: 'Trung tâm Khuyến nông', address: null },
      visitDate: '2021-07-24',
      startedAt: null,
      endedAt: null,
      approvedOn: null,
      plan: null,
      team: {
        name: 'Đoàn kiểm tra năm 2021',
        decisionNumber: '52/QĐ-SNN',
        decisionDate: '2021-03-10',
        members: [
          { fullName: 'Lương Văn Tuấn', role: 'LEAD' },
          { fullName: 'Nông Thị Bình', role: 'SECRETARY' },
        ],
      },
      attendees: [],
      unitHeads: [{ fullName: 'Vi Văn Hùng' }],
      groups: [],
      findings: [],
      conclusion: null,
      notice: null,
      unitComments: 'Đơn vị tiếp thu <toàn bộ> kết quả.',
      signatures: { unitRepresentative: null, teamLead: null, secretary: null },
    });
    const html = renderHtml(minutes);
    expect(html).toContain(
      '<h2 class="doc-heading">IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA</h2><p class="doc-paragraph">Đơn vị tiếp thu &lt;toàn bộ&gt; kết quả.</p>',
    );
    const closing = /<footer class="doc-closing">(.*)<\/footer>/.exec(html)?.[1] ?? '';
    const titles = [...closing.matchAll(/<p class="doc-signer-(?:title|name)">(.*?)<\/p>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      'ĐẠI DIỆN ĐƠN VỊ',
      'Vi Văn Hùng',
      'TRƯỞNG ĐOÀN KIỂM TRA',
      'Lương Văn Tuấn',
      'THƯ KÝ ĐOÀN KIỂM TRA',
      'Nông Thị Bình',
    ]);
    expect(closing).toContain('<div class="doc-signer doc-signer-below">');
  });
});
