import { graphql } from '../../gql';

export const DaySummaryCountsFragment = graphql(`
  fragment DaySummaryCountsFields on DaySummaryCounts {
    due
    completed
    late
    missed
    open
    inspections
    averageScore
    failedInspections
    openRectifications
    overdueRectifications
  }
`);

export const InspectionDailySummaryQuery = graphql(`
  query InspectionDailySummary($date: LocalDate!, $regionId: ID, $projectId: ID, $first: Int, $after: String) {
    inspectionDailySummary(date: $date, regionId: $regionId, projectId: $projectId, first: $first, after: $after) {
      date
      asOf
      projectCount
      pageInfo {
        hasNextPage
        endCursor
      }
      total {
        ...DaySummaryCountsFields
      }
      regions {
        region {
          id
          name
        }
        counts {
          ...DaySummaryCountsFields
        }
      }
      projects {
        project {
          id
          code
          name
        }
        region {
          id
          name
        }
        counts {
          ...DaySummaryCountsFields
        }
      }
    }
  }
`);
