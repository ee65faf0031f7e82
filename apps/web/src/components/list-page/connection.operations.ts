import { graphql } from '../../gql';

/** What the pager needs from any connection: `pageInfo { ...PageInfoFields } totalCount`. */
export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);
