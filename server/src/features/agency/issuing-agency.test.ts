import { describe, expect, it } from 'vitest';
import { type AgencyIdentity, agencyOn, DEFAULT_NOTICE_RECIPIENTS } from './issuing-agency.js';

const DEPARTMENT = { code: 'SNN', name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn' };
const COMMON = {
  parentName: 'UBND TỈNH LẠNG SƠN',
  place: 'Lạng Sơn',
  noticeRecipients: ['- Ban Giám đốc Sở;', '- Lưu: VT, VP.'],
  reportRecipients: ['- UBND tỉnh (b/c);', '- Lưu: VT, VP.'],
  signerTitleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
};
const IDENTITIES: AgencyIdentity[] = [
  {
    ...COMMON,
    validFrom: '2015-01-01',
    validTo: '2025-02-28',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    abbreviation: 'SNN',
  },
  { ...COMMON, validFrom: '2025-03-01', validTo: null, name: 'Sở Nông nghiệp và Môi trường', abbreviation: 'SNNMT' },
];

describe('agencyOn: the issuer of a document on its date', () => {
  it.each([
    [
      '2021-12-31',
      'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      'SNN',
      'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn',
    ],
    [
      '2025-02-28',
      'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      'SNN',
      'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn',
    ],
    ['2025-03-01', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'SNNMT', 'Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn'],
    ['2026-06-15', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'SNNMT', 'Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn'],
  ])('%s: %s (%s)', (date, issuer, abbreviation, fullName) => {
    expect(agencyOn(IDENTITIES, date, DEPARTMENT)).toMatchObject({
      parent: 'UBND TỈNH LẠNG SƠN',
      issuer,
      abbreviation,
      fullName,
      place: 'Lạng Sơn',
    });
  });

  it('before any identity, and without any, falls back to the department unit as documents always printed', () => {
    const expected = {
      parent: 'UBND TỈNH LẠNG SƠN',
      issuer: 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      issuerName: 'Sở Nông nghiệp và Phát triển nông thôn',
      fullName: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lạng Sơn',
      place: 'Lạng Sơn',
      abbreviation: 'SNN',
      noticeRecipients: DEFAULT_NOTICE_RECIPIENTS,
      signerTitleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    };
    expect(agencyOn(IDENTITIES, '2014-12-31', DEPARTMENT)).toMatchObject(expected);
    expect(agencyOn([], '2026-01-01', DEPARTMENT)).toMatchObject(expected);
  });

  it('names the issuer alone when its parent is not a province', () => {
    const [first] = IDENTITIES as [AgencyIdentity];
    const agency = agencyOn([{ ...first, parentName: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' }], '2020-01-01', DEPARTMENT);
    expect(agency.fullName).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(agencyOn([{ ...first, parentName: null }], '2020-01-01', DEPARTMENT).parent).toBeNull();
  });
});
