import { graphql } from '../../apollo/generated';

export const syncDevicesQuery = graphql(`
  query SyncDevices {
    syncDevices {
      id
      userAgent
      createdAt
      lastSyncAt
      pendingCount
      pendingOperationIds
      oldestPendingAt
      user {
        id
        fullName
        username
      }
    }
  }
`);
