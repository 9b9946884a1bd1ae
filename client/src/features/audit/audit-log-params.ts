import { enumParam } from '../../app/list-page';
import { PAGE_PARAM } from '../../app/url-params';

/** The address parameters of the system's log: kind of record, actor's name, days from and to, page. */
export const AUDIT_LOG_PARAMS = ['loai', 'q', 'tu', 'den', PAGE_PARAM] as const;

/** The kinds of record a person filters the log by, as the server names them (audit_entry.entity_type). */
export const RECORD_KINDS = [
  'Visit',
  'VisitAnswer',
  'Attachment',
  'Finding',
  'ReviewReply',
  'InspectionPlan',
  'InspectionTeam',
  'ChecklistTemplate',
  'Unit',
  'User',
  'DirectiveDocument',
  'AdministrativeProcedure',
  'IndexResult',
  'AnnualReportDraft',
  'CriteriaSet',
  'SelfAssessment',
  'IssuingAgencyIdentity',
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The server's filter from the address: unknown kinds and malformed days are dropped, not sent. */
export function auditLogFilter(params: Record<(typeof AUDIT_LOG_PARAMS)[number], string>) {
  return {
    entityType: enumParam(params.loai, RECORD_KINDS),
    actor: params.q.trim() || null,
    from: ISO_DAY.test(params.tu) ? params.tu : null,
    to: ISO_DAY.test(params.den) ? params.den : null,
  };
}
