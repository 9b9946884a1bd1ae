import { graphql } from '../../apollo/generated';

export const noticeReceiptFields = graphql(`
  fragment NoticeReceiptFields on NoticeAcknowledgement {
    id
    acknowledgedAt
    acknowledgedByName
  }
`);

export const conclusionNoticeFields = graphql(`
  fragment ConclusionNoticeFields on ConclusionNotice {
    id
    number
    issuedOn
    strengths
    reportDueOn
    signerName
  }
`);

export const issueNoticeMutation = graphql(`
  mutation IssueConclusionNotice($input: IssueConclusionNoticeInput!) {
    issueConclusionNotice(input: $input) {
      ...ConclusionNoticeFields
    }
  }
`);

export const unitVisitNoticeQuery = graphql(`
  query UnitVisitNotice($id: ID!) {
    visit(id: $id) {
      id
      status
      visitDate
      unit {
        id
        name
      }
      unitAsOf {
        id
        name
        todayNames
      }
      conclusionNotice {
        ...ConclusionNoticeFields
      }
      noticeAcknowledgement {
        ...NoticeReceiptFields
      }
    }
  }
`);

export const acknowledgeNoticeMutation = graphql(`
  mutation AcknowledgeConclusionNotice($visitId: ID!) {
    acknowledgeConclusionNotice(visitId: $visitId) {
      ...NoticeReceiptFields
    }
  }
`);

export const myUnitVisitsQuery = graphql(`
  query MyUnitVisits {
    myUnitVisits {
      id
      visitDate
      unit {
        id
        name
      }
    }
  }
`);

export const unitVisitFindingsQuery = graphql(`
  query UnitVisitFindings {
    findings {
      id
      visitId
      foundText
      status
      deadline
      overdue
    }
  }
`);
