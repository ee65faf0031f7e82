import { graphql } from '../../gql';

export const StandardFieldsFragment = graphql(`
  fragment StandardFields on Standard {
    id
    code
    category
    titleZh
    titleEn
    requirementZh
    requirementEn
    positions
    condition
    checkMethod
    defaultScore
    critical
    formats
    source
    archivedAt
    updatedAt
    version
  }
`);

export const StandardsQuery = graphql(`
  query Standards($filter: StandardFilter, $first: Int, $after: String, $last: Int, $before: String, $sort: StandardSort) {
    standards(sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        ...StandardFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const CreateStandardMutation = graphql(`
  mutation CreateStandard($input: StandardInput!) {
    createStandard(input: $input) {
      ...StandardFields
    }
  }
`);

export const UpdateStandardMutation = graphql(`
  mutation UpdateStandard($id: ID!, $input: StandardInput!, $expectedVersion: Int) {
    updateStandard(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...StandardFields
    }
  }
`);

export const ArchiveStandardMutation = graphql(`
  mutation ArchiveStandard($id: ID!) {
    archiveStandard(id: $id) {
      ...StandardFields
    }
  }
`);

export const RestoreStandardMutation = graphql(`
  mutation RestoreStandard($id: ID!) {
    restoreStandard(id: $id) {
      ...StandardFields
    }
  }
`);

export const ImportStandardsMutation = graphql(`
  mutation ImportStandards($fileBase64: String!, $dryRun: Boolean!) {
    importStandards(fileBase64: $fileBase64, dryRun: $dryRun) {
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
