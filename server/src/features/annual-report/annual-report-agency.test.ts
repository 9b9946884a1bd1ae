import { describe, expect, it } from 'vitest';
import type { AgencyIdentity } from '../agency/issuing-agency.js';
import { DATA, DRAFT_FIELDS, text } from './annual-report-model.fixture.js';
import { buildAnnualReport, reportDate } from './annual-report-model.js';

const COMMON = {
  parentName: 'UBND TỈNH LẠNG SƠN',
  place: 'Lạng Sơn',
  noticeRecipients: ['- Lưu: VT, VP.'],
  reportRecipients: [
    '- UBND tỉnh (b/c);',
    '- Sở Nội vụ;',
    '- Lãnh đạo Sở;',
    '- Các phòng, đơn vị thuộc Sở;',
    '- Lưu: VT, VP.',
  ],
  signerTitleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
};
const REFORM: AgencyIdentity[] = [
  {
    ...COMMON,
    validFrom: '2015-01-01',
    validTo: '2025-02-28',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    abbreviation: 'SNN',
  },
  {
    ...COMMON,
    validFrom: '2025-03-01',
    validTo: null,
    name: 'Sở Nông nghiệp và Môi trường',
    abbreviation: 'SNNMT',
    reportRecipients: ['- UBND tỉnh (b/c);', '- Lưu: VT, VP.'],
    signerTitleLines: ['GIÁM ĐỐC'],
  },
];

describe('reportDate: the day that picks the issuing agency', () => {
  const issued = { ...DRAFT_FIELDS, issuedNumber: 215, issuedOn: '2026-01-20' };
  it.each([
    ['a draft made in its year', { year: 2026, draft: null, madeOn: '2026-11-20' }, '2026-11-20'],
    ['a draft made after its year', { year: 2021, draft: null, madeOn: '2026-12-06' }, '2021-12-31'],
    ['an issued report', { year: 2025, draft: issued, madeOn: '2026-12-06' }, '2026-01-20'],
    [
      'a number without a day is still a draft',
      { year: 2025, draft: { ...issued, issuedOn: null }, madeOn: '2026-12-06' },
      '2025-12-31',
    ],
  ])('%s', (_name, data, expected) => {
    expect(reportDate(data)).toBe(expected);
  });
});

describe('the annual report is headed by the identity in force on its date', () => {
  it('2021 with the identities recorded is the report without them, block for block', () => {
    expect(buildAnnualReport({ ...DATA, agencyIdentities: REFORM })).toEqual(buildAnnualReport(DATA));
  });

  it('a 2026 report is the Sở Nông nghiệp và Môi trường’s, with its number, Nơi nhận and signer', () => {
    const report = buildAnnualReport({ ...DATA, year: 2026, madeOn: '2026-11-20', agencyIdentities: REFORM });
    expect(report.header).toEqual({
      parentAgency: 'UBND TỈNH LẠNG SƠN',
      issuingAgency: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      number: 'Số:      /BC-SNNMT',
      placeDate: 'Lạng Sơn, ngày      tháng 11 năm 2026',
    });
    expect(text(report.body)).toContain('của Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn./.');
    expect(report.closing.left).toEqual({ kind: 'recipients', lines: ['- UBND tỉnh (b/c);', '- Lưu: VT, VP.'] });
    expect(report.closing.right).toMatchObject({ titleLines: ['GIÁM ĐỐC'] });
  });
});
