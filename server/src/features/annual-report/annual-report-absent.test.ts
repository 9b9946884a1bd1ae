import { describe, expect, it } from 'vitest';
import type { AnnualReportData } from './annual-report-data.js';
import { DATA, DRAFT_FIELDS, text } from './annual-report-model.fixture.js';
import { buildAnnualReport } from './annual-report-model.js';

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
      'trong đó, tính đến ngày 31/12/2021, 09 đã khắc phục đúng hạn, 02 quá hạn chưa khắc phục[Tồn tại, hạn chế quá hạn chưa khắc phục: Hạt Kiểm lâm Cao Lộc: “Sổ theo dõi chưa cập nhật” (hạn 28/06/2021), “Chưa niêm yết TTHC”; Chi cục Thủy lợi: “Thiếu nội quy” (hạn 28/07/2021).], 01 còn trong thời hạn khắc phục; 01 tồn tại lặp lại so với năm trước. Tỷ lệ tồn tại, hạn chế được khắc phục đúng hạn: 9/12 (75%).',
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
