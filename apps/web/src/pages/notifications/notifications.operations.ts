import { graphql } from '../../gql';

export const NotificationSummaryQuery = graphql(`
  query NotificationSummary {
    notificationSummary {
      unread
    }
  }
`);

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    params
    link
    entityType
    entityId
    readAt
    createdAt
  }
`);

export const LatestNotificationsQuery = graphql(`
  query LatestNotifications {
    notifications(first: 8) {
      totalCount
      nodes {
        ...NotificationFields
      }
    }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($filter: NotificationFilter, $first: Int, $after: String, $last: Int, $before: String) {
    notifications(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...NotificationFields
        deliveries {
          id
          channel
          target
          state
          attempts
          lastError
          sentAt
          notBefore
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead($kinds: [NotificationKind!]) {
    markAllNotificationsRead(kinds: $kinds)
  }
`);

export const SetNotificationLanguageMutation = graphql(`
  mutation SetNotificationLanguage($language: NotificationLanguage!) {
    setNotificationLanguage(language: $language) {
      language
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      language
      timeZone
      quietStart
      quietEnd
      digest
      digestHour
      available
      channels {
        kind
        channels
      }
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      language
      timeZone
      quietStart
      quietEnd
      digest
      digestHour
      available
      channels {
        kind
        channels
      }
    }
  }
`);

export const ChannelFieldsFragment = graphql(`
  fragment ChannelFields on NotificationChannelConfig {
    id
    type
    name
    enabled
    url
    host
    port
    security
    username
    fromAddress
    secretSet
    kinds
    version
    updatedAt
  }
`);

export const NotificationChannelsQuery = graphql(`
  query NotificationChannels {
    notificationChannels {
      ...ChannelFields
    }
    jobQueueSummary {
      pending
      dead
    }
  }
`);

export const CreateNotificationChannelMutation = graphql(`
  mutation CreateNotificationChannel($input: NotificationChannelInput!) {
    createNotificationChannel(input: $input) {
      ...ChannelFields
    }
  }
`);

export const UpdateNotificationChannelMutation = graphql(`
  mutation UpdateNotificationChannel($id: ID!, $input: NotificationChannelInput!, $expectedVersion: Int!) {
    updateNotificationChannel(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ChannelFields
    }
  }
`);

export const DeleteNotificationChannelMutation = graphql(`
  mutation DeleteNotificationChannel($id: ID!) {
    deleteNotificationChannel(id: $id)
  }
`);

export const TestNotificationChannelMutation = graphql(`
  mutation TestNotificationChannel($id: ID!) {
    testNotificationChannel(id: $id) {
      ok
      message
    }
  }
`);

export const DeadJobsQuery = graphql(`
  query DeadJobs($first: Int, $after: String, $last: Int, $before: String) {
    backgroundJobs(filter: { states: [DEAD] }, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        kind
        state
        summary
        attempts
        maxAttempts
        lastError
        updatedAt
        delivery {
          id
          channel
          target
          notification {
            id
            kind
            params
          }
        }
      }
    }
  }
`);

export const RetryBackgroundJobMutation = graphql(`
  mutation RetryBackgroundJob($id: ID!) {
    retryBackgroundJob(id: $id) {
      id
      state
      attempts
    }
  }
`);

export const MyTodosQuery = graphql(`
  query MyTodos {
    myTodos {
      total
      counts {
        kind
        count
      }
      items {
        kind
        entityId
        title
        subtitle
        dueAt
        overdue
        link
      }
    }
  }
`);
