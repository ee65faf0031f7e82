import { graphql } from '../../gql';

export const PropertyFieldsFragment = graphql(`
  fragment PropertyFields on Property {
    id
    name
    format
    address
    grossFloorArea
    zones {
      id
      name
    }
    version
    createdAt
    updatedAt
  }
`);

export const PropertiesQuery = graphql(`
  query Properties($filter: PropertyFilter, $first: Int, $after: String, $last: Int, $before: String, $sort: PropertySort) {
    properties(sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        ...PropertyFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const PropertyQuery = graphql(`
  query Property($id: ID!) {
    property(id: $id) {
      ...PropertyFields
    }
  }
`);

/** Property choices for the project form (searchable, at most 100 at a time). */
export const PropertyOptionsQuery = graphql(`
  query PropertyOptions($search: String) {
    properties(filter: { search: $search }, first: 100) {
      nodes {
        id
        name
        format
      }
      totalCount
    }
  }
`);

export const CreatePropertyMutation = graphql(`
  mutation CreateProperty($input: PropertyInput!) {
    createProperty(input: $input) {
      ...PropertyFields
    }
  }
`);

export const UpdatePropertyMutation = graphql(`
  mutation UpdateProperty($id: ID!, $input: PropertyInput!, $expectedVersion: Int) {
    updateProperty(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...PropertyFields
    }
  }
`);
