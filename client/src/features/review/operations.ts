import { graphql } from '../../apollo/generated';

export const reviewVisitsQuery = graphql(`
  query ReviewVisits($filter: VisitListFilter, $first: Int, $offset: Int) {
    visitPage(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        id
        status
        plannedMonth
        visitDate
        submittedAt
        approvedAt
        unit {
          id
          name
        }
        unitAsOf {
          id
          name
          todayNames
        }
        team {
          id
          name
        }
      }
    }
  }
`);

export const reviewVisitDetail = graphql(`
  fragment ReviewVisitDetail on Visit {
    id
    status
    conclusionNotice {
      ...ConclusionNoticeFields
    }
    noticeAcknowledgement {
      ...NoticeReceiptFields
    }
    version
    plannedMonth
    visitDate
    startedAt
    submittedAt
    approvedAt
    conclusion
    unitComments
    returnComment
    unit {
      id
      name
      code
    }
    unitAsOf {
      id
      name
      todayNames
    }
    team {
      id
      name
      decisionNumber
      members {
        id
        role
        user {
          id
          fullName
        }
      }
    }
    attendees {
      name
      position
      side
    }
    templateVersion {
      id
      number
      groups {
        id
        code
        title
        items {
          id
          code
          text
          answerType
          points
        }
      }
    }
    answers {
      ...VisitAnswerValueFields
    }
    attachments {
      id
      kind
      itemId
      url
      caption
    }
    findings {
      id
      foundText
      requirement
      recommendation
      severity
      deadline
      status
      itemCode
      groupTitle
    }
    reviewComments {
      id
      itemId
      comment
      authorName
      createdAt
      replies {
        id
        text
        authorName
        createdAt
      }
    }
    changesSinceReturn {
      kind
      itemLabel
      count
      fromResult
      toResult
    }
    conflicts {
      ...VisitConflictFields
    }
  }
`);

export const reviewVisitQuery = graphql(`
  query ReviewVisit($id: ID!) {
    visit(id: $id) {
      ...ReviewVisitDetail
    }
  }
`);

export const returnVisitMutation = graphql(`
  mutation ReviewReturnVisit($input: ReturnVisitInput!) {
    returnVisit(input: $input) {
      ...ReviewVisitDetail
    }
  }
`);

export const approveVisitMutation = graphql(`
  mutation ReviewApproveVisit($visitId: ID!) {
    approveVisit(visitId: $visitId) {
      ...ReviewVisitDetail
    }
  }
`);

export const reviseVisitMutation = graphql(`
  mutation ReviewReviseVisit($input: ReviseVisitInput!) {
    reviseVisit(input: $input) {
      ...ReviewVisitDetail
    }
  }
`);
