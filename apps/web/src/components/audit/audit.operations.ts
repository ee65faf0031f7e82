import { graphql } from '../../gql';

// One shape for an audit entry wherever it is shown (the audit trail, a record's history).
export const AuditEntryFieldsFragment = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    operation
    entity
    createdAt
    user {
      id
      displayName
      email
    }
    subject {
      kind
      id
      name
      page
      pageId
    }
    record {
      kind
      id
      name
      page
      pageId
    }
    changeList {
      field
      from
      to
      refKind
      fromRefs {
        id
        name
        page
        pageId
      }
      toRefs {
        id
        name
        page
        pageId
      }
    }
  }
`);

export const RecordHistoryQuery = graphql(`
  query RecordHistory($entity: String!, $id: ID!, $first: Int, $after: String) {
    recordHistory(entity: $entity, id: $id, first: $first, after: $after) {
      nodes {
        ...AuditEntryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
