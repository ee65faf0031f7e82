import { graphql } from '../../gql';

export const CostOverviewQuery = graphql(`
  query CostOverview($period: String!, $first: Int, $after: String, $regionId: ID) {
    costOverview(period: $period, first: $first, after: $after, regionId: $regionId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        budgetFen
        actualFen
        varianceFen
        variancePercent
        flagged
        project {
          id
          code
          name
          region {
            id
            name
          }
        }
        lastReview {
          id
          decision
        }
      }
    }
    costSettings {
      thresholdBp
      version
    }
  }
`);

export const ProjectCostsQuery = graphql(`
  query ProjectCosts($projectId: ID!, $year: Int!) {
    project(id: $projectId) {
      id
      code
      name
    }
    projectCosts(projectId: $projectId, year: $year) {
      year
      thresholdBp
      total {
        budgetFen
        actualFen
        varianceFen
        variancePercent
        flagged
      }
      entries {
        id
        month
        category
        budgetFen
        actualFen
        version
      }
      months {
        month
        total {
          budgetFen
          actualFen
          varianceFen
          variancePercent
          flagged
        }
        categories {
          category
          budgetFen
          actualFen
          varianceFen
          variancePercent
          flagged
        }
        lastReview {
          id
          decision
          note
        }
      }
    }
    costReviews(projectId: $projectId) {
      id
      month
      decision
      note
      budgetFen
      actualFen
      createdAt
      reviewer {
        displayName
      }
    }
  }
`);

export const SaveCostMonthMutation = graphql(`
  mutation SaveCostMonth($input: CostMonthInput!) {
    saveCostMonth(input: $input) {
      id
      category
      budgetFen
      actualFen
      version
    }
  }
`);

export const ReviewCostsMutation = graphql(`
  mutation ReviewCosts($input: CostReviewInput!) {
    reviewCosts(input: $input) {
      id
    }
  }
`);

export const UpdateCostSettingsMutation = graphql(`
  mutation UpdateCostSettings($thresholdBp: Int!, $expectedVersion: Int) {
    updateCostSettings(thresholdBp: $thresholdBp, expectedVersion: $expectedVersion) {
      thresholdBp
      version
    }
  }
`);

export const ImportCostsMutation = graphql(`
  mutation ImportCosts($fileBase64: String!, $dryRun: Boolean) {
    importCosts(fileBase64: $fileBase64, dryRun: $dryRun) {
      written
      rows
      created
      updated
      errors {
        row
        column
        field
        reason
        message
        params
      }
    }
  }
`);
