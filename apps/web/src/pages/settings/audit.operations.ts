import { graphql } from '../../gql';

export const AuditEntriesQuery = graphql(`
  query AuditEntries($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditEntries(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        ...AuditEntryFields
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      totalCount
    }
  }
`);

export const AuditUserOptionsQuery = graphql(`
  query AuditUserOptions {
    members(first: 100) {
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
