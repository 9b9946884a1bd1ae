import { graphql } from '../../apollo/generated';

export const noticeReceiptFields = graphql(`
  fragment NoticeReceiptFields on NoticeAcknowledgement {
    id
    acknowledgedAt
    acknowledgedByName
  }
`);

export const unitVisitNoticeQuery = graphql(`
  query UnitVisitNotice($id: ID!) {
    visit(id: $id) {
      id
      status
      visitDate
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
    }
  }
`);
