import { graphql } from '../../gql';

export const GlobalSearchQuery = graphql(`
  query GlobalSearch($q: String!, $first: Int) {
    search(q: $q, first: $first) {
      kind
      total
      hits {
        id
        title
        subtitle
        page
        pageId
      }
    }
  }
`);
