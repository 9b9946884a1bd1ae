import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEFAULT_NOTICE_RECIPIENTS,
  DEFAULT_REPORT_RECIPIENTS,
  DEFAULT_SIGNER_TITLE_LINES,
} from '../../features/agency/issuing-agency.js';
import { IssuingAgencyIdentity } from '../../features/agency/issuing-agency-identity.entity.js';

/**
 * The demo department as the issuer of its documents (domain.md, "The 2025 reform"): the Sở Nông nghiệp
 * và Phát triển nông thôn until 28/02/2025, the Sở Nông nghiệp và Môi trường from 01/03/2025 (Nghị quyết
 * 176/2025/QH15 of 18/02/2025, Nghị định 45/2025/NĐ-CP). The province's own decisions are not cited by
 * number: the bases marked "minh họa" are illustrative. The units are restructured in demo-reform.ts.
 */
const COMMON = {
  parentName: 'UBND TỈNH LẠNG SƠN',
  place: 'Lạng Sơn',
  noticeRecipients: DEFAULT_NOTICE_RECIPIENTS,
  reportRecipients: DEFAULT_REPORT_RECIPIENTS,
  signerTitleLines: DEFAULT_SIGNER_TITLE_LINES,
};

export const DEMO_AGENCY_IDENTITIES = [
  {
    ...COMMON,
    validFrom: '2015-01-01',
    validTo: '2025-02-28',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    abbreviation: 'SNN',
    legalBasis: 'Quyết định của UBND tỉnh Lạng Sơn quy định chức năng, nhiệm vụ của Sở (minh họa)',
    legalBasisDate: null,
  },
  {
    ...COMMON,
    validFrom: '2025-03-01',
    validTo: null,
    name: 'Sở Nông nghiệp và Môi trường',
    abbreviation: 'SNNMT',
    legalBasis:
      'Nghị quyết 176/2025/QH15; Nghị định 45/2025/NĐ-CP; Quyết định của UBND tỉnh Lạng Sơn thành lập Sở Nông nghiệp và Môi trường (minh họa)',
    legalBasisDate: '2025-02-18',
  },
];

export function seedDemoAgency(em: EntityManager): void {
  for (const identity of DEMO_AGENCY_IDENTITIES) {
    em.persist(
      em.create(IssuingAgencyIdentity, {
        ...identity,
        noticeRecipients: [...identity.noticeRecipients],
        reportRecipients: [...identity.reportRecipients],
        signerTitleLines: [...identity.signerTitleLines],
      }),
    );
  }
}

/** The abbreviation in the demo department's document numbers on a day (SNN, SNNMT from 01/03/2025). */
export function demoAbbreviationOn(date: string): string {
  const identity = DEMO_AGENCY_IDENTITIES.find((i) => i.validFrom <= date && (i.validTo === null || date <= i.validTo));
  if (!identity) throw new Error(`demo agency: no identity on ${date}`);
  return identity.abbreviation;
}
