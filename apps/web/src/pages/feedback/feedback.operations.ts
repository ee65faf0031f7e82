import { graphql } from '../../gql';

export const FeedbackRowFragment = graphql(`
  fragment FeedbackRow on Feedback {
    id
    state
    description
    receivedAt
    handledAt
    version
    project {
      id
      code
      name
      timeZone
    }
    region {
      id
      name
    }
  }
`);

export const FeedbackInboxQuery = graphql(`
  query FeedbackInbox($filter: FeedbackFilter, $first: Int, $after: String, $sort: FeedbackSort) {
    feedbackInbox(sort: $sort, filter: $filter, first: $first, after: $after) {
      nodes {
        ...FeedbackRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const FeedbackDetailFragment = graphql(`
  fragment FeedbackDetail on Feedback {
    ...FeedbackRow
    handlingNote
    handledBy {
      id
      displayName
    }
    inspection {
      id
      localDate
      submittedAt
      template {
        id
        name
      }
      inspector {
        id
        displayName
      }
    }
    itemResult {
      id
      itemKey
      result
      note
      critical
      standard {
        id
        code
        titleZh
        titleEn
      }
      evidence {
        id
        url
      }
    }
  }
`);

export const FeedbackQuery = graphql(`
  query Feedback($id: ID!) {
    feedback(id: $id) {
      ...FeedbackDetail
    }
  }
`);

export const HandleFeedbackMutation = graphql(`
  mutation HandleFeedback($id: ID!, $note: String!) {
    handleFeedback(id: $id, note: $note) {
      ...FeedbackDetail
    }
  }
`);
