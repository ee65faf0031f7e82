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
