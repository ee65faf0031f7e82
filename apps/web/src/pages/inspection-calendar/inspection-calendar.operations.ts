import { graphql } from '../../gql';

export const CalendarOccurrenceFieldsFragment = graphql(`
  fragment CalendarOccurrenceFields on InspectionOccurrence {
    id
    dueAt
    localDate
    windowEndsAt
    allowLate
    state
    assigneeRole
    assigneeUser {
      id
      displayName
    }
    completedAt
    project {
      id
      code
      name
      timeZone
    }
    template {
      id
      name
    }
    kind
    patrolRoute {
      id
      name
    }
  }
`);

export const OccurrenceCountsFieldsFragment = graphql(`
  fragment OccurrenceCountsFields on OccurrenceCounts {
    total
    scheduled
    due
    overdue
    completed
    late
    missed
  }
`);

/** Month and week views: counts per local day and the first `itemsPerDay` occurrences of each. */
export const InspectionCalendarQuery = graphql(`
  query InspectionCalendar($scope: OccurrenceScope!, $itemsPerDay: Int!) {
    inspectionCalendar(scope: $scope, itemsPerDay: $itemsPerDay) {
      from
      to
      totals {
        ...OccurrenceCountsFields
      }
      days {
        date
        counts {
          ...OccurrenceCountsFields
        }
        items {
          ...CalendarOccurrenceFields
        }
      }
    }
  }
`);

/** A day's (or the range's) full list, optionally of some states only. */
export const CalendarOccurrencesQuery = graphql(`
  query CalendarOccurrences($scope: OccurrenceScope!, $states: [OccurrenceState!], $first: Int, $after: String) {
    inspectionOccurrences(scope: $scope, states: $states, first: $first, after: $after) {
      nodes {
        ...CalendarOccurrenceFields
        completedBy {
          id
          displayName
        }
        completionNote
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CompleteInspectionOccurrenceMutation = graphql(`
  mutation CompleteInspectionOccurrence($id: ID!, $note: String) {
    completeInspectionOccurrence(id: $id, note: $note) {
      ...CalendarOccurrenceFields
      completedBy {
        id
        displayName
      }
      completionNote
    }
  }
`);

export const CalendarFeedFieldsFragment = graphql(`
  fragment CalendarFeedFields on CalendarFeed {
    id
    kind
    project {
      id
      name
    }
    createdAt
    lastUsedAt
    revokedAt
  }
`);

export const CalendarFeedsQuery = graphql(`
  query CalendarFeeds {
    calendarFeeds {
      ...CalendarFeedFields
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($projectId: ID) {
    createCalendarFeed(projectId: $projectId) {
      feed {
        ...CalendarFeedFields
      }
      path
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id) {
      ...CalendarFeedFields
    }
  }
`);

/** Scope pickers (at most 100 each, the page-size cap). */
export const CalendarProjectOptionsQuery = graphql(`
  query CalendarProjectOptions {
    projects(first: 100) {
      nodes {
        id
        code
        name
        timeZone
      }
    }
  }
`);

export const CalendarRegionOptionsQuery = graphql(`
  query CalendarRegionOptions {
    regions(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** Inspector choices: active members inspections can be assigned to (any signed-in role may list them). */
export const CalendarInspectorOptionsQuery = graphql(`
  query CalendarInspectorOptions {
    inspectionAssignees {
      role
      user {
        id
        displayName
      }
    }
  }
`);

/**
 * The agenda (a phone's calendar and the inspector's 工作台): the occurrences of a few days, each
 * with its window and whether the caller may start it now, and the overdue ones still to do.
 */
export const AgendaQuery = graphql(`
  query Agenda($scope: OccurrenceScope!, $overdueScope: OccurrenceScope!, $withOverdue: Boolean!) {
    upcoming: inspectionOccurrences(scope: $scope, first: 100) {
      nodes {
        ...CalendarOccurrenceFields
        startableFrom
        canStart
      }
      totalCount
    }
    overdue: inspectionOccurrences(scope: $overdueScope, states: [OVERDUE], first: 50) @include(if: $withOverdue) {
      nodes {
        ...CalendarOccurrenceFields
        startableFrom
        canStart
      }
      totalCount
    }
  }
`);
