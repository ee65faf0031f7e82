import { graphql } from '../../gql';

/** A project's routes (points in walking order) and points with the paths their QR codes hold. */
export const PatrolSetupQuery = graphql(`
  query PatrolSetup($projectIds: [ID!]!) {
    patrolRoutes(projectIds: $projectIds) {
      id
      name
      note
      pointCount
      points {
        id
        name
      }
    }
    patrolPoints(projectIds: $projectIds) {
      id
      name
      zoneName
      locationHint
      qrPath
    }
  }
`);

/** A route's day: each run (planned or not) and the counts by person. */
export const PatrolRouteDayQuery = graphql(`
  query PatrolRouteDayReport($routeId: ID!, $date: LocalDate!) {
    patrolRouteDay(routeId: $routeId, date: $date) {
      date
      total {
        planned
        done
        late
        missed
        outOfOrder
        coverage
      }
      runs {
        occurrenceId
        runId
        dueAt
        state
        guard {
          id
          displayName
        }
        counts {
          planned
          done
          late
          missed
          outOfOrder
        }
      }
    }
  }
`);

/** A project's patrol coverage over a month, per day. */
export const PatrolCoverageQuery = graphql(`
  query PatrolCoverageReport($projectId: ID!, $month: String!) {
    patrolCoverage(projectId: $projectId, month: $month) {
      month
      total {
        planned
        done
        late
        missed
        coverage
      }
      days {
        date
        runsPlanned
        runsWalked
        counts {
          planned
          done
          late
          missed
          coverage
        }
      }
    }
  }
`);

export const PatrolProjectOptionsQuery = graphql(`
  query PatrolProjectOptions {
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

/** Points and routes with what their forms edit (archived ones left out), and the project's zones. */
export const PatrolEditorQuery = graphql(`
  query PatrolEditor($projectId: ID!) {
    project(id: $projectId) {
      id
      timeZone
      property {
        id
        zones {
          id
          name
        }
      }
    }
    patrolPoints(projectIds: [$projectId]) {
      ...PatrolPointFields
    }
    patrolRoutes(projectIds: [$projectId]) {
      ...PatrolRouteFields
    }
  }
`);

export const PatrolPointFieldsFragment = graphql(`
  fragment PatrolPointFields on PatrolPoint {
    id
    name
    zoneId
    zoneName
    locationHint
    version
    archivedAt
    quickChecks {
      id
      code
      titleZh
      titleEn
    }
  }
`);

export const PatrolRouteFieldsFragment = graphql(`
  fragment PatrolRouteFields on PatrolRoute {
    id
    name
    note
    version
    archivedAt
    pointIds
    pointCount
    schedule {
      id
      ruleText
      rrule
      startDate
      endDate
      excludedDates
      windowMinutes
      allowLate
      assigneeRole
      note
      assigneeUser {
        id
        displayName
      }
      holidayList {
        id
      }
    }
  }
`);

/** Quick-check candidates: standards of the library by code or title. */
export const PatrolStandardOptionsQuery = graphql(`
  query PatrolStandardOptions($search: String) {
    standards(first: 30, filter: { search: $search }) {
      nodes {
        id
        code
        titleZh
        titleEn
      }
    }
  }
`);

export const CreatePatrolPointMutation = graphql(`
  mutation CreatePatrolPoint($projectId: ID!, $input: PatrolPointInput!) {
    createPatrolPoint(projectId: $projectId, input: $input) {
      ...PatrolPointFields
    }
  }
`);

export const UpdatePatrolPointMutation = graphql(`
  mutation UpdatePatrolPoint($id: ID!, $expectedVersion: Int, $input: PatrolPointInput!) {
    updatePatrolPoint(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...PatrolPointFields
    }
  }
`);

export const ArchivePatrolPointMutation = graphql(`
  mutation ArchivePatrolPoint($id: ID!) {
    archivePatrolPoint(id: $id) {
      ...PatrolPointFields
    }
  }
`);

export const CreatePatrolRouteMutation = graphql(`
  mutation CreatePatrolRoute($projectId: ID!, $input: PatrolRouteInput!) {
    createPatrolRoute(projectId: $projectId, input: $input) {
      ...PatrolRouteFields
    }
  }
`);

export const UpdatePatrolRouteMutation = graphql(`
  mutation UpdatePatrolRoute($id: ID!, $expectedVersion: Int, $input: PatrolRouteInput!) {
    updatePatrolRoute(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...PatrolRouteFields
    }
  }
`);

export const ArchivePatrolRouteMutation = graphql(`
  mutation ArchivePatrolRoute($id: ID!) {
    archivePatrolRoute(id: $id) {
      ...PatrolRouteFields
    }
  }
`);
