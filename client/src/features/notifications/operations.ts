import { graphql } from '../../apollo/generated';

export const unreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const myNotificationsQuery = graphql(`
  query MyNotifications($first: Int!, $offset: Int!) {
    myNotifications(first: $first, offset: $offset) {
      total
      items {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
    unreadNotificationCount
  }
`);

export const markNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const markAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const notificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      kinds
      channels
      emailAddress
      emailAvailable
    }
  }
`);

export const saveNotificationSettingsMutation = graphql(`
  mutation SaveNotificationSettings($input: SaveNotificationSettingsInput!) {
    saveNotificationSettings(input: $input) {
      kinds
      channels
      emailAddress
      emailAvailable
    }
  }
`);

export const pushPublicKeyQuery = graphql(`
  query PushPublicKey {
    pushPublicKey
  }
`);

export const savePushSubscriptionMutation = graphql(`
  mutation SavePushSubscription($input: SavePushSubscriptionInput!) {
    savePushSubscription(input: $input)
  }
`);

export const removePushSubscriptionMutation = graphql(`
  mutation RemovePushSubscription($endpoint: String!) {
    removePushSubscription(endpoint: $endpoint)
  }
`);
