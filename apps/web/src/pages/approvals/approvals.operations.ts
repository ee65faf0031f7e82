import { graphql } from '../../gql';

export const ApprovalRequestsQuery = graphql(`
  query ApprovalRequests($filter: ApprovalRequestsFilter, $first: Int, $after: String) {
    approvalRequests(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id
        kind
        status
        title
        createdAt
        requester {
          id
          displayName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ApprovalRequestQuery = graphql(`
  query ApprovalRequest($id: ID!) {
    approvalRequest(id: $id) {
      id
      kind
      status
      title
      flowNumber
      stepIndex
      reason
      version
      canDecide
      createdAt
      decidedAt
      requester {
        id
        displayName
      }
      steps {
        name
        approverKind
        mode
        minAmount
      }
      history {
        stepIndex
        decision
        comment
        decidedAt
        user {
          id
          displayName
        }
      }
      handbook {
        id
        name
      }
      handbookDiff {
        fromNumber
        toNumber
        sections {
          ...DiffPartFields
        }
        items {
          ...DiffPartFields
        }
        frequencies {
          ...DiffPartFields
        }
      }
    }
    me {
      user {
        id
      }
    }
  }
`);

export const ApproveRequestMutation = graphql(`
  mutation ApproveRequest($id: ID!, $comment: String, $expectedVersion: Int) {
    approveRequest(id: $id, comment: $comment, expectedVersion: $expectedVersion) {
      id
      status
      stepIndex
      version
    }
  }
`);

export const RejectRequestMutation = graphql(`
  mutation RejectRequest($id: ID!, $reason: String!, $expectedVersion: Int) {
    rejectRequest(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
      reason
      version
    }
  }
`);

export const WithdrawRequestMutation = graphql(`
  mutation WithdrawRequest($id: ID!, $expectedVersion: Int) {
    withdrawRequest(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

export const ApprovalFlowsQuery = graphql(`
  query ApprovalFlows {
    approvalFlows {
      id
      kind
      name
      active
      latestNumber
      version
      steps {
        name
        approverKind
        role
        departmentId
        userIds
        mode
        minAmount
      }
    }
    departments {
      id
      name
    }
    members(first: 100) {
      nodes {
        id
        role
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const SaveApprovalFlowMutation = graphql(`
  mutation SaveApprovalFlow($input: ApprovalFlowInput!, $expectedVersion: Int) {
    saveApprovalFlow(input: $input, expectedVersion: $expectedVersion) {
      id
      kind
      name
      active
      latestNumber
      version
    }
  }
`);
