import { graphql } from '../../gql';

export const ProjectEvaluationQuery = graphql(`
  query ProjectEvaluation($period: EvaluationPeriodInput!, $regionId: ID, $first: Int, $after: String, $sort: EvaluationSort) {
    projectEvaluation(sort: $sort, period: $period, regionId: $regionId, first: $first, after: $after) {
      period {
        kind
        year
        index
        key
        from
        to
      }
      previous {
        kind
        year
        index
        key
      }
      nodes {
        project {
          id
          code
          name
        }
        region {
          id
          name
        }
        score
        earnedPoints
        possiblePoints
        inspections
        failedInspections
        criticalFailures
        tenantRank
        regionRank
        previousScore
        change
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      rankedCount
      tenantRankedCount
    }
  }
`);

export const ScoreTrendQuery = graphql(`
  query ScoreTrend($kind: EvaluationPeriodKind!, $periods: Int!, $until: EvaluationPeriodInput, $projectId: ID, $regionId: ID) {
    projectScoreTrend(kind: $kind, periods: $periods, until: $until, projectId: $projectId, regionId: $regionId) {
      kind
      passMark
      project {
        id
        code
        name
      }
      region {
        id
        name
      }
      points {
        period {
          key
          kind
          year
          index
        }
        score
        earnedPoints
        possiblePoints
        inspections
        projects
      }
    }
  }
`);

export const EvaluationRegionsQuery = graphql(`
  query EvaluationRegions {
    regions(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
