import { graphql } from '../../apollo/generated';

/** A record's audit trail: every change to a visit or a finding, with who (and their role) and why. */
export const auditTrailQuery = graphql(`
  query ReviewAuditTrail($entityId: ID!) {
    auditTrail(entityId: $entityId) {
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
    }
  }
`);
