import { describe, expect, it } from 'vitest';
import type { Block } from '../documents/document-model.js';
import {
  type AnnualReportData,
  buildAnnualReport,
  countText,
  documentReference,
  paragraphs,
} from './annual-report-model.js';

const DATA: AnnualReportData = {
  year: 2021,
  department: { code: 'SNN', name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn' },
  documents: [
    {
      type: 'KE_HOACH',
      number: '80/KH-SNN',
      issuedOn: '2021-08-12',
      issuer: 'Sở Nông nghiệp và Phát triển nông thôn',
      summary: 'Về việc triển khai các nhiệm vụ.',
    },
    {
      type: 'CONG_VAN',
      number: '2187/SNN-VP',
      issuedOn: '2021-11-12',
      issuer: 'Sở Nông nghiệp và Phát triển nông thôn',
      summary: 'Tiếp tục khắc phục hạn chế',
    },
    {
      type: 'CONG_VAN',
      number: '490/KL-TH',
      issuedOn: '2021-11-15',
      issuer: 'Chi cục Kiểm lâm',
      summary: 'về khắc phục hạn chế',
    },
  ],
  tthc: {
    total: 91,
    oneStop: 54,
    interconnected: 37,
    online: 80,
    onlineFull: 30,
    onlinePartial: 50,
    publicPostal: 89,
    provincial: { reviewed: 7, daysCut: 99, legalDays: 299 },
    district: { reviewed: 1, daysCut: 1, legalDays: 6 },
    commune: { reviewed: 0, daysCut: 0, legalDays: 0 },
  },
  plans: [{ number: '45/KH-SNN', date: '2021-03-15' }],
  teamDecisions: [{ number: '52/QĐ-SNN', date: '2021-03-10' }],
  coverage: { inScope: 23, inspected: 23, missing: [] },
  inspection: {
    applicablePoints: 400,
    passedPoints: 386,
    findings: { total: 12, fixedOnTime: 9, fixedLate: 1, overdue: 0, open: 2 },
    repeats: 1,
    overdueList: [],
  },
  indices: [
    { index: 'SIPAS', year: 2019, totalScore: 80.5, rank: null },
    { index: 'SIPAS', year: 2020, totalScore: 83.82, rank: 7 },
    { index: 'SIPAS', year: 2021, totalScore: 85.12, rank: 5 },
    { index: 'PAR_INDEX', year: 2020, totalScore: 84.5, rank: 9 },
    { index: 'PAR_INDEX', year: 2021, totalScore: 82, rank: null },
  ],
  draft: null,
  madeOn: '2021-11-20',
};

const DRAFT_FIELDS = {
  basis: null,
  sipasTasks: null,
  parTasks: null,
  strengths: 'Ưu điểm.',
  weaknesses: 'Hạn chế.',
  directions: 'Phương hướng.',
  signerName: null,
  issuedNumber: null,
  issuedOn: null,
};

/** The body as plain text, footnotes marked [n: ...] where they stand. */
function text(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.kind === 'heading'
        ? b.text
        : b.kind === 'paragraph'
          ? b.runs.map((r) => `${r.text}${r.footnote ? `[${r.footnote}]` : ''}`).join('')
          : '',
    )
    .join('\n');
}

describe('countText', () => {
  it.each([
    [0, '00'],
    [1, '01'],
    [8, '08'],
    [17, '17'],
    [299, '299'],
  ])('%i → %s', (value, expected) => expect(countText(value)).toBe(expected));
});

describe('paragraphs', () => {
  it.each([
    [null, []],
    ['', []],
    ['  Một.  \n\n Hai   ba. \r\n', ['Một.', 'Hai ba.']],
  ] as [string | null, string[]][])('%j', (input, expected) => expect(paragraphs(input)).toEqual(expected));
});

describe('documentReference', () => {
  it.each([
    [
      0,
      'Kế hoạch số 80/KH-SNN ngày 12/08/2021 của Sở Nông nghiệp và Phát triển nông thôn về việc triển khai các nhiệm vụ',
    ],
    [
      1,
      'Công văn số 2187/SNN-VP ngày 12/11/2021 của Sở Nông nghiệp và Phát triển nông thôn về tiếp tục khắc phục hạn chế',
    ],
    [2, 'Công văn số 490/KL-TH ngày 15/11/2021 của Chi cục Kiểm lâm về khắc phục hạn chế'],
  ])('document %i', (index, expected) => {
    const doc = DATA.documents[index];
    if (!doc) throw new Error('no document');
    expect(documentReference(doc)).toBe(expected);
  });
});

describe('buildAnnualReport', () => {
  it.each([
    ['91 TTHC', 'toàn bộ 91 TTHC'],
    ['postal', 'bưu chính công ích: 89/91 TTHC (97,8%)'],
    ['online, exact rather than the seed’s 87%', 'dịch vụ công trực tuyến: 80/91 TTHC (87,91%)'],
    ['department cuts', '07 TTHC thuộc thẩm quyền giải quyết của ngành, cắt giảm 99 ngày thực hiện, đạt tỷ lệ 33,11%'],
    ['district cuts', '01 TTHC thuộc thẩm quyền giải quyết của huyện, cắt giảm 01 ngày thực hiện, đạt tỷ lệ 16,67%'],
    ['mechanisms', '91/91 TTHC (100%) thực hiện theo cơ chế một cửa, một cửa liên thông; trong đó 54 TTHC'],
    ['coverage', 'Tổ chức kiểm tra 100% các đơn vị trực thuộc (23/23 đơn vị).'],
    ['documents', 'đã ban hành 01 Kế hoạch[Kế hoạch số 80/KH-SNN'],
    ['letters', ' và 02 công văn[Công văn số 2187/SNN-VP ngày 12/11/2021'],
  ])('states %s', (_name, expected) => {
    expect(text(buildAnnualReport(DATA).body)).toContain(expected);
  });

  it('has the sections of the seed, in order', () => {
    const headings = buildAnnualReport(DATA)
      .body.filter((b) => b.kind === 'heading')
      .map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual([
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG',
    ]);
  });

  it.each([
    [
      { inScope: 23, inspected: 20, missing: ['Hạt Kiểm lâm Cao Lộc', 'Chi cục Thủy lợi', 'Trung tâm Khuyến nông'] },
      'Tổ chức kiểm tra 20/23 đơn vị trực thuộc (86,96%); chưa kiểm tra: Hạt Kiểm lâm Cao Lộc, Chi cục Thủy lợi, Trung tâm Khuyến nông.',
    ],
    [{ inScope: 0, inspected: 0, missing: [] }, 'Chưa có đơn vị trực thuộc nào trong phạm vi kiểm tra.'],
  ])('coverage below 100%% names the units missing', (coverage, expected) => {
    expect(text(buildAnnualReport({ ...DATA, coverage }).body)).toContain(expected);
  });

  it('says when nothing was reviewed or issued, rather than printing zeros', () => {
    const none = { reviewed: 0, daysCut: 0, legalDays: 0 };
    const body = text(
      buildAnnualReport({ ...DATA, documents: [], tthc: { ...DATA.tthc, provincial: none, district: none } }).body,
    );
    expect(body).toContain('chưa có TTHC nào được rà soát cắt giảm.');
    expect(body).toContain('chưa ghi nhận văn bản chỉ đạo nào');
  });

  const draft = {
    basis: 'Thực hiện Kế hoạch số 167/KH-UBND ngày 28 tháng 5 năm 2021 của UBND tỉnh Lạng Sơn.',
    sipasTasks: 'Công khai xin lỗi khi giải quyết TTHC quá hạn.',
    parTasks: 'Thực hiện nghiêm Nghị quyết số 84/NQ-CP.',
    strengths: 'Ưu điểm một.\nƯu điểm hai.',
    weaknesses: 'Hạn chế.',
    directions: '1. Phương hướng.',
    signerName: 'Nguyễn Phúc Đạt',
    issuedNumber: null,
    issuedOn: null,
  };

  it.each([
    ['no draft', null, 'Số:      /BC-SNN', 'Lạng Sơn, ngày      tháng 11 năm 2021', null],
    ['a draft', draft, 'Số:      /BC-SNN', 'Lạng Sơn, ngày      tháng 11 năm 2021', 'Nguyễn Phúc Đạt'],
    [
      'issued',
      { ...draft, issuedNumber: 215, issuedOn: '2021-11-25' },
      'Số: 215/BC-SNN',
      'Lạng Sơn, ngày 25 tháng 11 năm 2021',
      'Nguyễn Phúc Đạt',
    ],
  ] as const)('%s: number, date and signer', (_name, d, number, placeDate, signer) => {
    const doc = buildAnnualReport({ ...DATA, draft: d });
    expect(doc.header).toMatchObject({ number, placeDate, parentAgency: 'UBND TỈNH LẠNG SƠN' });
    expect(doc.closing.right).toMatchObject({ kind: 'signer', name: signer });
  });

  it('puts the narrative where the seed has it, after the figures of each part', () => {
    const body = text(buildAnnualReport({ ...DATA, draft }).body);
    expect(body).toMatch(
      /^Thực hiện Kế hoạch số 167\/KH-UBND ngày 28 tháng 5 năm 2021 của UBND tỉnh Lạng Sơn, Sở Nông nghiệp/,
    );
    expect(body).toContain('d) Công khai xin lỗi khi giải quyết TTHC quá hạn.');
    expect(body).toContain('d) Thực hiện nghiêm Nghị quyết số 84/NQ-CP.');
    expect(body).toContain(
      '1. Ưu điểm\nƯu điểm một.\nƯu điểm hai.\n2. Tồn tại, hạn chế\nHạn chế.\nIV. PHƯƠNG HƯỚNG\n1. Phương hướng.',
    );
    expect(text(buildAnnualReport(DATA).body)).toContain('1. Ưu điểm\n(Chưa nhập nội dung.)');
  });

  it.each([
    [
      'SIPAS with rank, change and earlier years',
      DATA.indices,
      'Kết quả Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2021 của Sở Nông nghiệp và Phát triển nông thôn đạt 85,12%, xếp thứ 5; tăng 1,3 điểm phần trăm so với năm 2020 (83,82%). Kết quả các năm trước: năm 2019: 80,5%.',
    ],
    [
      'PAR INDEX falling, without rank',
      DATA.indices,
      'Kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2021 của Sở Nông nghiệp và Phát triển nông thôn đạt 82 điểm; giảm 2,5 điểm so với năm 2020 (84,5 điểm).',
    ],
    [
      'only results up to the report year count',
      [...DATA.indices, { index: 'SIPAS', year: 2022, totalScore: 90, rank: 1 } as const],
      'SIPAS) năm 2021 của Sở Nông nghiệp và Phát triển nông thôn đạt 85,12%',
    ],
    [
      'a single year, unchanged years',
      [
        { index: 'PAR_INDEX', year: 2020, totalScore: 84.5, rank: 3 },
        { index: 'PAR_INDEX', year: 2021, totalScore: 84.5, rank: 3 },
      ] as AnnualReportData['indices'],
      'đạt 84,5 điểm, xếp thứ 3; không thay đổi so với năm 2020 (84,5 điểm).',
    ],
    [
      'no SIPAS yet',
      [],
      'Kết quả Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2021 của Sở Nông nghiệp và Phát triển nông thôn: chưa có kết quả.',
    ],
    [
      'a year without its own result: the earlier years, labelled as such',
      DATA.indices.filter((r) => r.year < 2021),
      'Kết quả Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2021 của Sở Nông nghiệp và Phát triển nông thôn: chưa có kết quả. Kết quả các năm trước: năm 2019: 80,5%; năm 2020: 83,82%.',
    ],
  ] as [string, AnnualReportData['indices'], string][])('index results: %s', (_name, indices, expected) => {
    expect(text(buildAnnualReport({ ...DATA, indices }).body)).toContain(expected);
  });

  it.each([
    [
      'findings in several states, with repeats',
      DATA.inspection,
      'Qua kiểm tra, tỷ lệ tiêu chí đạt yêu cầu là 96,5% (tính theo điểm, không tính tiêu chí không áp dụng); phát hiện 12 tồn tại, hạn chế, trong đó 09 đã khắc phục đúng hạn, 01 khắc phục chậm so với thời hạn, 02 đang trong thời hạn khắc phục; 01 tồn tại lặp lại so với các năm trước.',
    ],
    [
      'overdue findings named as such',
      {
        applicablePoints: 3,
        passedPoints: 2,
        findings: { total: 1, fixedOnTime: 0, fixedLate: 0, overdue: 1, open: 0 },
        repeats: 0,
        overdueList: [],
      },
      'tỷ lệ tiêu chí đạt yêu cầu là 66,67% (tính theo điểm, không tính tiêu chí không áp dụng); phát hiện 01 tồn tại, hạn chế, trong đó 01 quá hạn chưa khắc phục.',
    ],
    [
      'no findings',
      {
        ...DATA.inspection,
        passedPoints: 400,
        findings: { total: 0, fixedOnTime: 0, fixedLate: 0, overdue: 0, open: 0 },
      },
      'tỷ lệ tiêu chí đạt yêu cầu là 100% (tính theo điểm, không tính tiêu chí không áp dụng); không phát hiện tồn tại, hạn chế.',
    ],
    [
      'nothing approved',
      { ...DATA.inspection, applicablePoints: 0, passedPoints: 0 },
      'Chưa có biên bản kiểm tra nào được duyệt trong năm.',
    ],
  ] as [string, AnnualReportData['inspection'], string][])('inspection results: %s', (_name, inspection, expected) => {
    expect(text(buildAnnualReport({ ...DATA, inspection }).body)).toContain(expected);
  });
});

describe('buildAnnualReport says only what happened (issue 15)', () => {
  const none = { reviewed: 0, daysCut: 0, legalDays: 0 };
  const emptyYear: AnnualReportData = {
    ...DATA,
    year: 2023,
    madeOn: '2026-12-06',
    documents: [],
    tthc: {
      total: 0,
      oneStop: 0,
      interconnected: 0,
      online: 0,
      onlineFull: 0,
      onlinePartial: 0,
      publicPostal: 0,
      provincial: none,
      district: none,
      commune: none,
    },
    plans: [],
    teamDecisions: [],
    coverage: { inScope: 23, inspected: 0, missing: [] },
    inspection: { ...DATA.inspection, applicablePoints: 0, passedPoints: 0 },
  };

  it('a year with no TTHC and no plan states neither a catalogue of 0 nor an issued plan', () => {
    const body = text(buildAnnualReport(emptyYear).body);
    expect(body).not.toMatch(/toàn bộ 0 TTHC|0\/0 TTHC/);
    expect(body).not.toMatch(/đã ban hành (kế hoạch|Kế hoạch|Quyết định)/);
    expect(body).not.toContain('Tổ chức kiểm tra');
    expect(body).not.toContain('cắt giảm thời gian giải quyết TTHC trong năm');
    expect(body).toContain(
      'a) Danh mục TTHC năm 2023 của Sở Nông nghiệp và Phát triển nông thôn chưa được cập nhật: chưa có số liệu công khai, cắt giảm thời gian giải quyết TTHC.',
    );
    expect(body).toContain(
      'Trong năm 2023, chưa ghi nhận kế hoạch kiểm tra, quyết định thành lập đoàn kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính. Chưa tổ chức kiểm tra đơn vị trực thuộc nào (23 đơn vị thuộc phạm vi kiểm tra).',
    );
    expect(body).toContain(
      'Kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của Sở Nông nghiệp và Phát triển nông thôn: chưa có kết quả. Kết quả các năm trước: năm 2020: 84,5 điểm; năm 2021: 82 điểm.',
    );
    expect(body).not.toMatch(/năm 2021 của Sở Nông nghiệp và Phát triển nông thôn đạt/);
  });

  it.each([
    [
      'plan and team decision',
      DATA,
      'Sở Nông nghiệp và Phát triển nông thôn đã ban hành Kế hoạch số 45/KH-SNN ngày 15/03/2021 về kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính và Quyết định số 52/QĐ-SNN ngày 10/03/2021 thành lập đoàn kiểm tra.',
    ],
    [
      'a team decision only',
      { ...DATA, plans: [] },
      'đã ban hành Quyết định số 52/QĐ-SNN ngày 10/03/2021 thành lập đoàn kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính.',
    ],
    [
      'a plan only',
      { ...DATA, teamDecisions: [] },
      'đã ban hành Kế hoạch số 45/KH-SNN ngày 15/03/2021 về kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính. Tổ chức',
    ],
  ] as [string, AnnualReportData, string][])('cites the year’s %s', (_name, data, expected) => {
    expect(text(buildAnnualReport(data).body)).toContain(expected);
  });

  it('prints the cuts of every level that has them, xã included, as the seed words them', () => {
    const body = text(
      buildAnnualReport({ ...DATA, tthc: { ...DATA.tthc, commune: { reviewed: 2, daysCut: 3, legalDays: 10 } } }).body,
    );
    expect(body).toContain(
      'rà soát: 07 TTHC thuộc thẩm quyền giải quyết của ngành, cắt giảm 99 ngày thực hiện, đạt tỷ lệ 33,11%; 01 TTHC thuộc thẩm quyền giải quyết của huyện, cắt giảm 01 ngày thực hiện, đạt tỷ lệ 16,67%; 02 TTHC thuộc thẩm quyền giải quyết của xã, cắt giảm 03 ngày thực hiện, đạt tỷ lệ 30%.',
    );
    const communeOnly = text(
      buildAnnualReport({
        ...DATA,
        tthc: { ...DATA.tthc, provincial: none, district: none, commune: { reviewed: 1, daysCut: 1, legalDays: 5 } },
      }).body,
    );
    expect(communeOnly).toContain(
      'rà soát: 01 TTHC thuộc thẩm quyền giải quyết của xã, cắt giảm 01 ngày thực hiện, đạt tỷ lệ 20%.',
    );
  });

  it('prints the online split, the share fixed by the deadline and the overdue list', () => {
    const body = text(
      buildAnnualReport({
        ...DATA,
        inspection: {
          ...DATA.inspection,
          findings: { total: 12, fixedOnTime: 9, fixedLate: 0, overdue: 2, open: 1 },
          overdueList: [
            { unit: 'Hạt Kiểm lâm Cao Lộc', finding: 'Sổ theo dõi chưa cập nhật.', deadline: '2021-06-28' },
            { unit: 'Hạt Kiểm lâm Cao Lộc', finding: 'Chưa niêm yết TTHC', deadline: null },
            { unit: 'Chi cục Thủy lợi', finding: 'Thiếu nội quy', deadline: '2021-07-28' },
          ],
        },
      }).body,
    );
    expect(body).toContain(
      'dịch vụ công trực tuyến: 80/91 TTHC (87,91%), trong đó 30 TTHC trực tuyến toàn trình, 50 TTHC trực tuyến một phần.',
    );
    expect(body).toContain(
      'trong đó 09 đã khắc phục đúng hạn, 02 quá hạn chưa khắc phục[Tồn tại, hạn chế quá hạn chưa khắc phục: Hạt Kiểm lâm Cao Lộc: “Sổ theo dõi chưa cập nhật” (hạn 28/06/2021), “Chưa niêm yết TTHC”; Chi cục Thủy lợi: “Thiếu nội quy” (hạn 28/07/2021).], 01 đang trong thời hạn khắc phục; 01 tồn tại lặp lại so với các năm trước. Tỷ lệ tồn tại, hạn chế được khắc phục đúng hạn: 9/12 (75%).',
    );
  });

  it.each([
    ['Kế hoạch số 167/KH-UBND ngày 28 tháng 5 năm 2021 của UBND tỉnh Lạng Sơn.', 'Thực hiện Kế hoạch số 167/KH-UBND'],
    ['Thực hiện Kế hoạch số 167/KH-UBND.', 'Thực hiện Kế hoạch số 167/KH-UBND, Sở'],
    ['Căn cứ Kế hoạch số 167/KH-UBND', 'Căn cứ Kế hoạch số 167/KH-UBND, Sở'],
  ])('opens with "Thực hiện" before the căn cứ: %s', (basis, expected) => {
    const body = text(buildAnnualReport({ ...DATA, draft: { ...DRAFT_FIELDS, basis } }).body);
    expect(body.startsWith(expected)).toBe(true);
    expect(body).not.toContain('Thực hiện Thực hiện');
  });

  it('numbers as the seed without repeating a level: I., 1., then a), b) under it', () => {
    const doc = buildAnnualReport({ ...DATA, draft: { ...DRAFT_FIELDS, sipasTasks: '4. Một.\n5. Hai.' } });
    const lines = text(doc.body).split('\n');
    const sipas = lines.findIndex((l) => l.startsWith('1. Kết quả thực hiện các nhiệm vụ'));
    expect(lines.slice(sipas + 1, sipas + 6).map((l) => l.slice(0, 3))).toEqual(['a) ', 'b) ', 'c) ', 'd) ', 'đ) ']);
    expect(lines[sipas + 4]).toBe('d) Một.');
    expect(lines[sipas + 6]).toMatch(/^2\. Kết quả thực hiện các nhiệm vụ/);
    // No numbered line directly under another numbered line of the same level.
    for (let i = 1; i < lines.length; i += 1) {
      const level = (l: string | undefined) => /^\d+\. /.test(l ?? '');
      expect(level(lines[i - 1]) && level(lines[i]) && doc.body[i - 1]?.kind === doc.body[i]?.kind).toBe(false);
    }
  });

  it.each([
    ['made in the report’s year: that month', '2021-11-20', 'Lạng Sơn, ngày      tháng 11 năm 2021'],
    ['made after it: December of the year', '2026-12-06', 'Lạng Sơn, ngày      tháng 12 năm 2021'],
  ])('a draft leaves only the number and the day blank, %s', (_name, madeOn, placeDate) => {
    expect(buildAnnualReport({ ...DATA, madeOn }).header).toMatchObject({ number: 'Số:      /BC-SNN', placeDate });
  });
});
