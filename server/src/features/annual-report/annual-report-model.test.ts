import { describe, expect, it } from 'vitest';
import type { AnnualReportData } from './annual-report-data.js';
import { DATA, text } from './annual-report-model.fixture.js';
import { buildAnnualReport, countText, documentReference, paragraphs } from './annual-report-model.js';

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
      'Qua kiểm tra, tỷ lệ tiêu chí đạt yêu cầu là 96,5% (tính theo điểm, không tính tiêu chí không áp dụng); phát hiện 12 tồn tại, hạn chế, trong đó, tính đến ngày 31/12/2021, 09 đã khắc phục đúng hạn, 01 khắc phục chậm so với thời hạn, 02 còn trong thời hạn khắc phục; 01 tồn tại lặp lại so với năm trước.',
    ],
    [
      'overdue findings named as such',
      {
        applicablePoints: 3,
        passedPoints: 2,
        findings: { total: 1, fixedOnTime: 0, fixedLate: 0, overdue: 1, open: 0 },
        repeats: 0,
        asOf: '2021-12-31',
        overdueList: [],
      },
      'tỷ lệ tiêu chí đạt yêu cầu là 66,67% (tính theo điểm, không tính tiêu chí không áp dụng); phát hiện 01 tồn tại, hạn chế, trong đó, tính đến ngày 31/12/2021, 01 quá hạn chưa khắc phục.',
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
