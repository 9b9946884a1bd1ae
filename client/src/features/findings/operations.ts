import { graphql } from '../../apollo/generated';

export const findingsListItem = graphql(`
  fragment FindingsListItem on Finding {
    id
    foundText
    requirement
    needsWording
    severity
    deadline
    status
    overdue
    visitDate
    groupTitle
    itemCode
    responsibleUnit {
      id
      name
    }
    responsibleUnitAsOf {
      id
      name
      todayNames
    }
    followingUnit {
      id
      name
    }
  }
`);

export const findingsQuery = graphql(`
  query FindingsList($filter: FindingFilter, $first: Int, $offset: Int) {
    findingPage(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        ...FindingsListItem
      }
    }
  }
`);

export const findingCountsQuery = graphql(`
  query FindingsCounts($filter: FindingFilter) {
    findingCounts(filter: $filter) {
      open
      remediationReported
      closed
      overdue
    }
  }
`);

export const findingsDetail = graphql(`
  fragment FindingsDetail on Finding {
    ...FindingsListItem
    version
    visitId
    recommendation
    fromFailedItem
    remediationText
    remediationReportedAt
    closedAt
    closeReason
    reopenCount
    rejectionReason
    rejectedAt
    rejectedByName
    deadlineExtensions {
      id
      previousDeadline
      newDeadline
      reason
      extendedByName
      extendedAt
    }
    evidencePhotos {
      id
      url
      caption
    }
    remediationPhotos {
      id
      url
      caption
    }
  }
`);

export const findingQuery = graphql(`
  query FindingsFinding($id: ID!) {
    finding(id: $id) {
      ...FindingsDetail
    }
  }
`);

export const closeFindingMutation = graphql(`
  mutation FindingsClose($input: CloseFindingInput!) {
    closeFinding(input: $input) {
      ...FindingsDetail
    }
  }
`);

export const reopenFindingMutation = graphql(`
  mutation FindingsReopen($input: ReopenFindingInput!) {
    reopenFinding(input: $input) {
      ...FindingsDetail
    }
  }
`);

export const reportRemediationMutation = graphql(`
  mutation FindingsReportRemediation($input: ReportRemediationInput!) {
    reportRemediation(input: $input) {
      ...FindingsDetail
    }
  }
`);

export const rejectRemediationMutation = graphql(`
  mutation FindingsRejectRemediation($input: RejectRemediationInput!) {
    rejectRemediation(input: $input) {
      ...FindingsDetail
    }
  }
`);

export const closeWithoutReportMutation = graphql(`
  mutation FindingsCloseWithoutReport($input: CloseWithoutReportInput!) {
    closeFindingWithoutReport(input: $input) {
      ...FindingsDetail
    }
  }
`);

export const extendDeadlineMutation = graphql(`
  mutation FindingsExtendDeadline($input: ExtendDeadlineInput!) {
    extendFindingDeadline(input: $input) {
      ...FindingsDetail
    }
  }
`);
