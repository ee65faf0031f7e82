import { graphql } from '../../gql';

export const LevelComparisonQuery = graphql(`
  query LevelComparison($from: LocalDate!, $to: LocalDate!, $first: Int, $after: String) {
    levelComparison(from: $from, to: $to, first: $first, after: $after) {
      from
      to
      threshold
      totalCount
      flaggedCount
      pageInfo {
        hasNextPage
        endCursor
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
        selfCheck {
          average
          count
        }
        regional {
          average
          count
        }
        company {
          average
          count
        }
        independent {
          average
          count
        }
        gap
        inflated
      }
    }
  }
`);
