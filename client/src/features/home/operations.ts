import { graphql } from '../../apollo/generated';

export const homeCountsQuery = graphql(`
  query HomeCounts {
    homeCounts {
      year
      visitsPlanned
      visitsInProgress
      visitsReturned
      visitsSubmitted
      visitsApprovedThisYear
      visitsPlannedThisYear
      planVisitsDoneThisYear
      findingsOpen
      findingsRemediationReported
      findingsOverdue
    }
  }
`);
