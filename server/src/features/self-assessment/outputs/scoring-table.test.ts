import { describe, expect, it } from 'vitest';
import { type PackEvidence, planPack, slug } from './evidence-pack-plan.js';
import {
  citationText,
  type EvidenceCitation,
  pointsText,
  scoringTable,
  type TableCriterion,
  type TableScore,
  tableDate,
  tableNotes,
} from './scoring-table.js';

const node = (id: string, parentId: string | null, maxPoints: number, isLeaf: boolean): TableCriterion => ({
  id,
  code: id,
  text: `Tiêu chí ${id}`,
  parentId,
  maxPoints,
  isLeaf,
  level: parentId === null ? 'AREA' : id.split('.').length === 2 ? 'CRITERION' : 'COMPONENT',
});

const CRITERIA = [
  node('1', null, 4, false),
  node('1.1', '1', 2, false),
  node('1.1.1', '1.1', 1, true),
  node('1.1.2', '1.1', 1, true),
  node('1.2', '1', 2, true),
  node('2', null, 6, false),
  node('2.1', '2', 3, true),
  node('2.2', '2', 3, true),
];

const score = (fields: Partial<TableScore>): TableScore => ({
  points: null,
  notApplicable: false,
  appraisalPoints1: null,
  appraisalPoints2: null,
  explanation: null,
  notApplicableReason: null,
  overrideExplanation: null,
  appraisalComment1: null,
  appraisalComment2: null,
  ...fields,
});

const citation = (fields: Partial<EvidenceCitation>): EvidenceCitation => ({
  recordLabel: null,
  documentNumber: null,
  documentDate: null,
  issuer: null,
  pointer: null,
  note: null,
  ...fields,
});

describe('scoringTable', () => {
  const scores = new Map([
    ['1.1.1', score({ points: 1, appraisalPoints1: 1 })],
    ['1.1.2', score({ points: 0.75, appraisalPoints1: 0.5, appraisalComment1: 'Chưa đủ' })],
    ['1.2', score({ notApplicable: true, notApplicableReason: 'Không có đơn vị trực thuộc' })],
    ['2.1', score({ points: 2.5, appraisalPoints1: 2, appraisalPoints2: 2.5, appraisalComment2: 'Đã bổ sung' })],
  ]);
  const table = scoringTable({
    criteria: CRITERIA,
    scores,
    evidence: new Map([['1.1.1', [citation({ recordLabel: 'Văn bản 12/KH-SNN', pointer: 'mục II' })]]]),
  });
  const row = (code: string) => table.rows.find((r) => r.code === code);

  it('keeps the set’s order and ends with the total', () => {
    expect(table.rows.map((r) => r.code)).toEqual([...CRITERIA.map((c) => c.code), '']);
    expect(table.rows.at(-1)?.text).toBe('TỔNG CỘNG');
  });

  it('sums each node over its leaves; a criterion not applicable leaves the maximum', () => {
    expect(row('1.1')).toMatchObject({ maxPoints: 2, selfPoints: 1.75, appraisal1: 1.5 });
    expect(row('1')).toMatchObject({ maxPoints: 2, selfPoints: 1.75 });
    expect(row('2')).toMatchObject({ maxPoints: 6, selfPoints: 2.5, appraisal1: 2, appraisal2: 2.5 });
    expect(table.rows.at(-1)).toMatchObject({ maxPoints: 8, selfPoints: 4.25, appraisal1: 3.5, appraisal2: 4 });
    expect(table.overall).toMatchObject({ statedMaxPoints: 10, maxPoints: 8, notApplicableLeaves: 1 });
  });

  it('shows a leaf not applicable, or not scored, in words', () => {
    expect(row('1.2')).toMatchObject({ notApplicable: true, selfPoints: null, maxPoints: 2 });
    expect(pointsText(row('1.2') as never)).toBe('Không áp dụng');
    expect(pointsText(row('2.2') as never)).toBe('Chưa chấm');
    expect(pointsText(row('1.1.2') as never)).toBe('0,75');
    expect(row('1.2')?.explanation).toBe('Không có đơn vị trực thuộc');
  });

  it('shows the appraisal’s two rounds, and each leaf’s comments by round', () => {
    expect([table.hasAppraisal, table.hasSecondRound]).toEqual([true, true]);
    expect(row('2.1')).toMatchObject({ appraisal1: 2, appraisal2: 2.5, comment: 'Vòng 2: Đã bổ sung' });
    expect(row('1.1.2')?.comment).toBe('Vòng 1: Chưa đủ');
    expect(row('1.1.1')?.evidence).toEqual(['Văn bản 12/KH-SNN (mục II)']);
  });

  it('has no appraisal columns before the appraisal, and notes what is missing', () => {
    const draft = scoringTable({
      criteria: CRITERIA,
      scores: new Map([['2.2', score({ points: 3 })]]),
      evidence: new Map(),
    });
    expect([draft.hasAppraisal, draft.hasSecondRound]).toEqual([false, false]);
    expect(draft.rows.at(-1)).toMatchObject({ maxPoints: 10, selfPoints: 3, appraisal1: null, appraisal2: null });
    expect(tableNotes(draft)).toEqual(['Còn 4/5 tiêu chí chưa chấm điểm.']);
    expect(tableNotes(table)[0]).toBe(
      'Điểm tối đa theo bộ tiêu chí: 10 điểm; 01 tiêu chí không áp dụng (2 điểm): điểm tối đa còn 8 điểm.',
    );
  });
});

describe('citationText', () => {
  it.each([
    [{ recordLabel: 'Kế hoạch 45/KH-SNN ngày 15/03/2022: Kiểm tra' }, 'Kế hoạch 45/KH-SNN ngày 15/03/2022: Kiểm tra'],
    [
      {
        documentNumber: '25/BC-SNNMT',
        documentDate: '2025-12-10',
        issuer: 'Sở Nông nghiệp và Môi trường',
        pointer: 'trang 3',
      },
      'Số 25/BC-SNNMT ngày 10/12/2025 của Sở Nông nghiệp và Môi trường (trang 3)',
    ],
    [{ issuer: 'Sở Nội vụ' }, 'Sở Nội vụ'],
    [{ note: 'Ảnh chụp bảng niêm yết' }, 'Ảnh chụp bảng niêm yết'],
    [{}, 'Tệp đính kèm'],
  ] as [Partial<EvidenceCitation>, string][])('%j', (fields, expected) => {
    expect(citationText(citation(fields))).toBe(expected);
  });
});

describe('tableDate', () => {
  it.each([
    [2025, '2026-01-12', '2026-12-06', '2026-01-12'],
    [2026, null, '2026-12-06', '2026-12-06'],
    [2024, null, '2026-12-06', '2024-12-31'],
  ] as const)('%i submitted %s, today %s → %s', (year, submitted, today, expected) => {
    expect(tableDate(year, submitted, today)).toBe(expected);
  });
});

describe('evidence pack names', () => {
  it.each([
    [
      'Kế hoạch 45/KH-SNN: Kiểm tra kỷ luật, kỷ cương hành chính',
      'ke-hoach-45-kh-snn-kiem-tra-ky-luat-ky-cuong-hanh-chinh',
    ],
    ['Đoàn kiểm tra Hạt Kiểm lâm Đình Lập', 'doan-kiem-tra-hat-kiem-lam-dinh-lap'],
    ['  ', ''],
    ['x'.repeat(70), 'x'.repeat(60)],
  ])('slug(%j)', (text, expected) => expect(slug(text)).toBe(expected));

  const base: Omit<PackEvidence, 'criterionCode' | 'file' | 'record'> = {
    criterionText: 'Tiêu chí',
    documentNumber: null,
    documentDate: null,
    issuer: null,
    pointer: null,
    note: null,
  };
  const visit = (notice: boolean): NonNullable<PackEvidence['record']> => ({
    kind: 'VISIT',
    id: 'v',
    label: 'Cuộc kiểm tra Chi cục Thủy lợi ngày 05/04/2022',
    visitId: 'v',
    hasMinutes: true,
    notice: notice ? { number: '12/TB-SNN', issuedOn: '2022-04-20', issuer: 'Sở Nông nghiệp' } : null,
    documentNumber: null,
    documentDate: '2022-04-05',
    issuer: 'Đoàn kiểm tra',
  });

  it('numbers each criterion’s files from 01, a visit giving its minutes and its notice', () => {
    const entries = planPack([
      {
        ...base,
        criterionCode: '1.3.2',
        file: { id: 'f', mimeType: 'application/pdf' },
        record: null,
        documentNumber: '45/KH-SNN',
      },
      { ...base, criterionCode: '1.3.2', file: null, record: visit(true) },
      { ...base, criterionCode: '2.1', file: null, record: visit(false) },
      { ...base, criterionCode: '2.1', file: { id: 'g', mimeType: 'image/png' }, record: null },
    ]);
    expect(entries.map((e) => e.path)).toEqual([
      '1.3.2/1.3.2_01_45-kh-snn.pdf',
      '1.3.2/1.3.2_02_bien-ban-cuoc-kiem-tra-chi-cuc-thuy-loi-ngay-05-04-2022.docx',
      '1.3.2/1.3.2_03_thong-bao-ket-luan-12-tb-snn.docx',
      '2.1/2.1_01_bien-ban-cuoc-kiem-tra-chi-cuc-thuy-loi-ngay-05-04-2022.docx',
      '2.1/2.1_02_tai-lieu-kiem-chung.png',
    ]);
    expect(entries[2]).toMatchObject({
      documentNumber: '12/TB-SNN',
      documentDate: '2022-04-20',
      issuer: 'Sở Nông nghiệp',
    });
    expect(entries[1]).toMatchObject({ documentNumber: null, documentDate: '2022-04-05', issuer: 'Đoàn kiểm tra' });
  });

  it('lists a record that is not a visit, or is no longer there, as text', () => {
    const [gone] = planPack([{ ...base, criterionCode: '3', file: null, record: { ...visit(true), label: null } }]);
    expect(gone?.path).toBe('3/3_01_ho-so-khong-con-trong-phan-mem.txt');
    expect(gone?.source).toEqual({ kind: 'LISTING', recordKind: 'VISIT', recordId: 'v' });
  });
});
