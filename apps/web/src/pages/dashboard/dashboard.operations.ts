import { graphql } from '../../gql';

export const DashboardQuery = graphql(`
  query Dashboard {
    allProjects: projects(first: 1) {
      totalCount
    }
    operating: projects(first: 1, filter: { stage: OPERATING }) {
      totalCount
    }
    prospect: projects(first: 1, filter: { stage: PROSPECT }) {
      totalCount
    }
    survey: projects(first: 1, filter: { stage: SURVEY }) {
      totalCount
    }
    proposal: projects(first: 1, filter: { stage: PROPOSAL }) {
      totalCount
    }
    takeover: projects(first: 1, filter: { stage: TAKEOVER }) {
      totalCount
    }
    regions(first: 1) {
      totalCount
    }
    recent: projects(first: 6, sort: { field: UPDATED_AT, direction: DESC }) {
      nodes {
        id
        code
        name
        stage
        timeZone
        updatedAt
        region {
          id
          name
        }
        property {
          id
          name
        }
      }
    }
  }
`);

export const DashboardOnboardingQuery = graphql(`
  query DashboardOnboarding {
    onboardingDashboard {
      lateCount
    }
    onboardingTasks(first: 1, filter: { myDepartments: true, openOnly: true }) {
      totalCount
    }
  }
`);
