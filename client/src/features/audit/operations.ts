import { graphql } from '../../apollo/generated';

/** What a change shows: when, who (and their role), what was done and why, before and after. */
export const auditEntryFields = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    actorName
    actorRole
    action
    entityType
    reason
    before
    after
    itemLabel
  }
`);

/** A record's audit trail: every change to a visit or a finding. */
export const auditTrailQuery = graphql(`
  query ReviewAuditTrail($entityId: ID!) {
    auditTrail(entityId: $entityId) {
      ...AuditEntryFields
    }
  }
`);

/** Refetched after a change to the record, so its history shows the change. */
export function auditTrailRefetch(entityId: string) {
  return { query: auditTrailQuery, variables: { entityId } };
}

/** One page of the whole system's audit trail, newest first, for the office, leadership and admin. */
export const auditTrailPageQuery = graphql(`
  query AuditTrailPage($filter: AuditTrailFilter, $first: Int, $offset: Int) {
    auditTrailPage(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        ...AuditEntryFields
      }
    }
  }
`);
