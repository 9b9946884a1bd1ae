import { graphql } from '../apollo/generated';

export const syncBatchMutation = graphql(`
  mutation SyncBatch($input: SyncBatchInput!) {
    syncBatch(input: $input) {
      outcomes {
        operationId
        sequence
        status
        code
        message
      }
      device {
        id
        pendingCount
      }
    }
  }
`);

export const reportPhoneHoldingsMutation = graphql(`
  mutation ReportPhoneHoldings($input: PhoneHoldingsInput!) {
    reportPhoneHoldings(input: $input)
  }
`);
