import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../common/sql.js';
import { executeSql } from '../../db/read-path/read-rows.js';
import { auditFields, recordAudit } from '../audit/audit.service.js';
import type { User } from '../users/user.entity.js';
import { AgencyErrors } from './agency.errors.js';
import type { AddIssuingAgencyIdentityInput } from './agency.inputs.js';
import { addPeriodFrom, type PeriodProblem } from './agency-periods.js';
import {
  type AgencyIdentity,
  DEFAULT_NOTICE_RECIPIENTS,
  DEFAULT_REPORT_RECIPIENTS,
  DEFAULT_SIGNER_TITLE_LINES,
} from './issuing-agency.js';
import { IssuingAgencyIdentity } from './issuing-agency-identity.entity.js';

/** Serialises additions, so two new periods from different days cannot both close the same one. */
const PERIODS_LOCK = 7_310_016;

/** Capital letters (Vietnamese Đ included) and digits, as document numbers write an issuer. */
const ABBREVIATION = /^[A-ZĐ0-9]+$/u;

/** The department's identities as the issuer of its documents, one per period. */
export class AgencyService {
  constructor(private readonly em: EntityManager) {}

  /** Every identity, oldest first. */
  list(em: EntityManager = this.em): Promise<IssuingAgencyIdentity[]> {
    return em.find(IssuingAgencyIdentity, {}, { orderBy: { validFrom: 'asc' } });
  }

  /** The identities as the document models read them (features/agency/issuing-agency.ts). */
  async identities(): Promise<AgencyIdentity[]> {
    return (await this.list()).map((i) => ({
      validFrom: i.validFrom,
      validTo: i.validTo,
      name: i.name,
      parentName: i.parentName,
      abbreviation: i.abbreviation,
      place: i.place,
      noticeRecipients: i.noticeRecipients,
      reportRecipients: i.reportRecipients,
      signerTitleLines: i.signerTitleLines,
    }));
  }

  /** A new identity from a day; the one in force closes the day before. All of it, or nothing. */
  async add(actor: User, input: AddIssuingAgencyIdentityInput): Promise<IssuingAgencyIdentity> {
    const name = required(input.name, AgencyErrors.nameRequired);
    const abbreviation = required(input.abbreviation, AgencyErrors.abbreviationRequired).toLocaleUpperCase('vi');
    if (!ABBREVIATION.test(abbreviation)) throw AgencyErrors.abbreviationInvalid();
    const place = required(input.place, AgencyErrors.placeRequired);
    const legalBasis = required(input.legalBasis, AgencyErrors.legalBasisRequired);
    const parentName = oneLine(input.parentName ?? '') || null;

    return this.em.transactional(async (em) => {
      await executeSql(em, sql`select pg_advisory_xact_lock(${PERIODS_LOCK})`);
      const periods = await this.list(em);
      const added = addPeriodFrom(periods, input.validFrom);
      if (!added.ok) throw refusal(added.problem, periods.at(-1)?.validFrom ?? input.validFrom);
      const latest = periods.at(-1) ?? null;
      if (latest && added.closeLatestOn) {
        const before = auditFields(latest, ['validTo']);
        latest.validTo = added.closeLatestOn;
        recordAudit(em, actor, {
          entityType: 'IssuingAgencyIdentity',
          entityId: latest.id,
          action: 'CLOSE',
          before,
          after: auditFields(latest, ['validTo']),
        });
        // The closed period is written first: the exclusion constraint sees it before the new one.
        await em.flush();
      }
      const identity = em.create(IssuingAgencyIdentity, {
        validFrom: input.validFrom,
        name,
        parentName,
        abbreviation,
        place,
        legalBasis,
        legalBasisDate: input.legalBasisDate ?? null,
        noticeRecipients: lines(input.noticeRecipients) ?? latest?.noticeRecipients ?? DEFAULT_NOTICE_RECIPIENTS,
        reportRecipients: lines(input.reportRecipients) ?? latest?.reportRecipients ?? DEFAULT_REPORT_RECIPIENTS,
        signerTitleLines: lines(input.signerTitleLines) ?? latest?.signerTitleLines ?? DEFAULT_SIGNER_TITLE_LINES,
      });
      em.persist(identity);
      recordAudit(em, actor, {
        entityType: 'IssuingAgencyIdentity',
        entityId: identity.id,
        action: 'CREATE',
        after: describe(identity),
      });
      return identity;
    });
  }
}

function refusal(problem: PeriodProblem, currentFrom: string) {
  switch (problem) {
    case 'BEFORE_CURRENT':
      return AgencyErrors.periodBeforeCurrent(currentFrom);
    case 'GAP':
      return AgencyErrors.periodGap();
    default:
      return AgencyErrors.periodOverlap();
  }
}

function oneLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function required(text: string, error: () => Error): string {
  const value = oneLine(text);
  if (!value) throw error();
  return value;
}

/** The non-empty lines of a list; null when the list is left out or empty (the defaults apply). */
function lines(list: string[] | null | undefined): string[] | null {
  const kept = (list ?? []).map(oneLine).filter(Boolean);
  return kept.length ? kept : null;
}

/** What the audit trail keeps of an identity. */
function describe(identity: IssuingAgencyIdentity): Record<string, unknown> {
  return auditFields(identity, [
    'validFrom',
    'validTo',
    'name',
    'parentName',
    'abbreviation',
    'place',
    'legalBasis',
    'legalBasisDate',
    'noticeRecipients',
    'reportRecipients',
    'signerTitleLines',
  ]);
}
