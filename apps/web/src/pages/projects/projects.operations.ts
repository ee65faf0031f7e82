import { graphql } from '../../gql';

export const ProjectsQuery = graphql(`
  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String, $last: Int, $before: String) {
    projects(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        id
        code
        name
        stage
        contractStart
        contractEnd
        timeZone
        archivedAt
        createdAt
        updatedAt
        property {
          id
          name
          format
        }
        region {
          id
          name
        }
        manager {
          id
          displayName
        }
        nextDueOccurrence {
          id
          dueAt
          state
          template {
            id
            name
          }
        }
        openRectificationCount
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const ProjectDetailFragment = graphql(`
  fragment ProjectDetail on Project {
    id
    code
    name
    stage
    allowedNextStages
    contractStart
    contractEnd
    serviceScope
    timeZone
    archivedAt
    version
    createdAt
    updatedAt
    property {
      id
      name
      format
      address
    }
    region {
      id
      name
    }
    manager {
      id
      displayName
      email
    }
  }
`);

export const ProjectQuery = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      ...ProjectDetail
      onboarding {
        id
        status
      }
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...ProjectDetail
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $input: UpdateProjectInput!, $expectedVersion: Int) {
    updateProject(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ProjectDetail
    }
  }
`);

export const ChangeProjectStageMutation = graphql(`
  mutation ChangeProjectStage($id: ID!, $stage: ProjectStage!, $expectedVersion: Int) {
    changeProjectStage(id: $id, stage: $stage, expectedVersion: $expectedVersion) {
      ...ProjectDetail
    }
  }
`);

export const ArchiveProjectMutation = graphql(`
  mutation ArchiveProject($id: ID!) {
    archiveProject(id: $id) {
      ...ProjectDetail
    }
  }
`);

/** Candidate project managers (members are visible to company admins only). */
export const ManagerOptionsQuery = graphql(`
  query ManagerOptions {
    members(first: 100, filter: { active: true }) {
      nodes {
        id
        user {
          id
          displayName
          email
        }
      }
    }
  }
`);

/** A new project's default time zone is the company's (公司设置). */
export const CompanyProjectDefaultsQuery = graphql(`
  query CompanyProjectDefaults {
    companySettings {
      timeZone
    }
  }
`);

export const ImportProjectsMutation = graphql(`
  mutation ImportProjects($fileBase64: String!, $dryRun: Boolean!) {
    importProjects(fileBase64: $fileBase64, dryRun: $dryRun) {
      written
      rows
      created
      updated
      propertiesCreated
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
