import { graphql } from '../../gql';

export const RegulationRowFragment = graphql(`
  fragment RegulationRow on Regulation {
    id
    title
    scope
    format
    effectiveDate
    appliesToRoles
    latestNumber
    version
    appliesToMe
    acknowledgedByMeAt
    acknowledgementCounts {
      required
      acknowledged
    }
    owner {
      id
      displayName
    }
  }
`);

export const RegulationsQuery = graphql(`
  query Regulations($filter: RegulationFilter, $first: Int, $after: String, $sort: RegulationSort) {
    regulations(sort: $sort, filter: $filter, first: $first, after: $after) {
      nodes {
        ...RegulationRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
    myUnreadRegulations {
      id
      title
      latestNumber
    }
  }
`);

export const RegulationVersionFieldsFragment = graphql(`
  fragment RegulationVersionFields on RegulationVersion {
    id
    number
    status
    changeSummary
    publishedAt
    version
    publishedBy {
      id
      displayName
    }
    sections {
      key
      title
      body
    }
  }
`);

export const RegulationQuery = graphql(`
  query Regulation($id: ID!) {
    regulation(id: $id) {
      ...RegulationRow
      latest {
        ...RegulationVersionFields
      }
      draft {
        ...RegulationVersionFields
      }
      versions {
        id
        number
        changeSummary
        publishedAt
        publishedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const RegulationDiffQuery = graphql(`
  query RegulationDiff($id: ID!, $from: Int!, $to: Int) {
    regulationDiff(regulationId: $id, fromNumber: $from, toNumber: $to) {
      fromNumber
      toNumber
      sections {
        added {
          key
          label
          changes {
            field
            from
            to
          }
        }
        removed {
          key
          label
          changes {
            field
            from
            to
          }
        }
        changed {
          key
          label
          changes {
            field
            from
            to
          }
        }
      }
    }
  }
`);

export const RegulationAcknowledgementsQuery = graphql(`
  query RegulationAcknowledgements($id: ID!) {
    regulationAcknowledgements(regulationId: $id) {
      versionNumber
      required
      acknowledged
      readers {
        user {
          id
          displayName
          email
        }
        role
        acknowledgedAt
        lastAcknowledgedNumber
      }
    }
  }
`);

export const CreateRegulationMutation = graphql(`
  mutation CreateRegulation($input: RegulationInput!) {
    createRegulation(input: $input) {
      id
    }
  }
`);

export const UpdateRegulationMutation = graphql(`
  mutation UpdateRegulation($id: ID!, $input: RegulationInput!, $expectedVersion: Int!) {
    updateRegulation(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...RegulationRow
    }
  }
`);

export const StartRegulationDraftMutation = graphql(`
  mutation StartRegulationDraft($id: ID!) {
    startRegulationDraft(regulationId: $id) {
      ...RegulationVersionFields
    }
  }
`);

export const SaveRegulationDraftMutation = graphql(`
  mutation SaveRegulationDraft($id: ID!, $input: RegulationDraftInput!, $expectedVersion: Int!) {
    saveRegulationDraft(regulationId: $id, input: $input, expectedVersion: $expectedVersion) {
      ...RegulationVersionFields
    }
  }
`);

export const PublishRegulationMutation = graphql(`
  mutation PublishRegulation($id: ID!, $changeSummary: String!, $expectedVersion: Int!) {
    publishRegulation(regulationId: $id, changeSummary: $changeSummary, expectedVersion: $expectedVersion) {
      id
      number
    }
  }
`);

export const DiscardRegulationDraftMutation = graphql(`
  mutation DiscardRegulationDraft($id: ID!) {
    discardRegulationDraft(regulationId: $id) {
      id
    }
  }
`);

export const AcknowledgeRegulationMutation = graphql(`
  mutation AcknowledgeRegulation($id: ID!, $versionNumber: Int!) {
    acknowledgeRegulation(regulationId: $id, versionNumber: $versionNumber) {
      ...RegulationRow
    }
  }
`);
