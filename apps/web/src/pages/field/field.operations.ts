import { graphql } from '../../gql';

/** Download, step 1: my planned work (inspections and patrols) from today for the next 7 days. */
export const FieldWorkQuery = graphql(`
  query FieldWork($scope: OccurrenceScope!) {
    me {
      ...MeFields
    }
    inspectionOccurrences(scope: $scope, first: 100) {
      nodes {
        id
        kind
        dueAt
        windowEndsAt
        localDate
        allowLate
        project {
          id
        }
        template {
          id
          name
        }
        templateVersion {
          id
        }
        patrolRoute {
          id
        }
      }
    }
  }
`);

/** Download, step 2: the projects of that work (and those I may inspect ad hoc), their routes, points and handbooks. */
export const FieldProjectsQuery = graphql(`
  query FieldProjects($projectIds: [ID!]!) {
    projects(first: 50) {
      nodes {
        id
        code
        name
        timeZone
        stage
        property {
          id
          format
        }
        manager {
          id
          displayName
        }
      }
    }
    patrolRoutes(projectIds: $projectIds) {
      id
      name
      note
      pointIds
      project {
        id
      }
    }
    patrolPoints(projectIds: $projectIds) {
      id
      name
      zoneName
      locationHint
      project {
        id
      }
      quickChecks {
        id
        code
        titleZh
        titleEn
      }
    }
    inspectionTemplates(filter: { publishedOnly: true }, first: 50) {
      nodes {
        id
        name
        format
        latestVersion {
          id
        }
      }
    }
  }
`);

/** Download, step 3: one checklist version (the form's content). */
export const FieldChecklistQuery = graphql(`
  query FieldChecklist($id: ID!) {
    inspectionTemplateVersion(id: $id) {
      ...PerformChecklist
    }
  }
`);

/** Download, step 4: a project's published handbook, to read on site. */
export const FieldHandbookQuery = graphql(`
  query FieldHandbook($projectId: ID!) {
    project(id: $projectId) {
      id
      handbook {
        id
        name
        latest {
          id
          number
          sections {
            key
            titleZh
            items {
              key
              requirementZh
              standard {
                id
                code
                titleZh
                requirementZh
              }
            }
          }
        }
      }
    }
  }
`);
