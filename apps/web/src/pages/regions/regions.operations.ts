import { graphql } from '../../gql';

export const RegionFieldsFragment = graphql(`
  fragment RegionFields on Region {
    id
    name
    code
    version
    createdAt
    updatedAt
  }
`);

export const RegionsQuery = graphql(`
  query Regions($first: Int, $after: String) {
    regions(first: $first, after: $after) {
      nodes {
        ...RegionFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** Region choices for selects and filters (at most 100, the page-size cap). */
export const RegionOptionsQuery = graphql(`
  query RegionOptions {
    regions(first: 100) {
      nodes {
        id
        name
        code
      }
    }
  }
`);

export const CreateRegionMutation = graphql(`
  mutation CreateRegion($input: RegionInput!) {
    createRegion(input: $input) {
      ...RegionFields
    }
  }
`);

export const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($id: ID!, $input: RegionInput!, $expectedVersion: Int) {
    updateRegion(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...RegionFields
    }
  }
`);
