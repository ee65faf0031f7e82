import { graphql } from '../../gql';

export const ComplaintRowFragment = graphql(`
  fragment ComplaintRow on Complaint {
    id
    title
    state
    source
    category
    severity
    openedAt
    dueAt
    overdue
    escalationLevel
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

export const ComplaintsQuery = graphql(`
  query Complaints($filter: ComplaintFilter, $first: Int, $after: String, $sort: ComplaintSort) {
    complaints(sort: $sort, filter: $filter, first: $first, after: $after) {
      nodes {
        ...ComplaintRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const EscalatedComplaintsQuery = graphql(`
  query EscalatedComplaints($first: Int, $after: String) {
    escalatedComplaints(first: $first, after: $after) {
      nodes {
        ...ComplaintRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const ComplaintDetailFragment = graphql(`
  fragment ComplaintDetail on Complaint {
    ...ComplaintRow
    description
    evidenceFileIds
    inspectionId
    itemResultId
    feedbackId
    resolutionNote
    verificationNote
    resolvedAt
    verifiedAt
    reopenCount
    createdBy {
      id
      displayName
    }
    resolvedBy {
      id
      displayName
    }
    verifiedBy {
      id
      displayName
    }
    discussions {
      id
      heldOn
      departments
      minutes
      decisions
      recordedBy {
        id
        displayName
      }
    }
    actions {
      id
      description
      deadline
      done
      doneAt
      version
      owner {
        id
        displayName
      }
    }
    history {
      id
      action
      fromState
      toState
      note
      at
      user {
        id
        displayName
      }
    }
    stepPermissions {
      step
      allowed
      blocker
    }
  }
`);

export const ComplaintQuery = graphql(`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintDetail
    }
  }
`);

export const ComplaintPeopleQuery = graphql(`
  query ComplaintPeople {
    inspectionAssignees {
      role
      user {
        id
        displayName
      }
    }
  }
`);

export const CreateComplaintMutation = graphql(`
  mutation CreateComplaint($input: ComplaintInput!) {
    createComplaint(input: $input) {
      id
    }
  }
`);

export const AddComplaintEvidenceMutation = graphql(`
  mutation AddComplaintEvidence($id: ID!, $evidenceIds: [ID!]!) {
    addComplaintEvidence(id: $id, evidenceIds: $evidenceIds) {
      ...ComplaintDetail
    }
  }
`);

export const RecordComplaintDiscussionMutation = graphql(`
  mutation RecordComplaintDiscussion($id: ID!, $input: ComplaintDiscussionInput!) {
    recordComplaintDiscussion(complaintId: $id, input: $input) {
      id
    }
  }
`);

export const AddComplaintActionMutation = graphql(`
  mutation AddComplaintAction($id: ID!, $input: ComplaintActionInput!) {
    addComplaintAction(complaintId: $id, input: $input) {
      id
    }
  }
`);

export const SetComplaintActionDoneMutation = graphql(`
  mutation SetComplaintActionDone($id: ID!, $done: Boolean!, $expectedVersion: Int!) {
    setComplaintActionDone(id: $id, done: $done, expectedVersion: $expectedVersion) {
      id
      done
      version
    }
  }
`);

export const StartComplaintMutation = graphql(`
  mutation StartComplaint($id: ID!, $note: String) {
    startComplaint(id: $id, note: $note) {
      ...ComplaintDetail
    }
  }
`);

export const ResolveComplaintMutation = graphql(`
  mutation ResolveComplaint($id: ID!, $note: String!) {
    resolveComplaint(id: $id, note: $note) {
      ...ComplaintDetail
    }
  }
`);

export const VerifyComplaintMutation = graphql(`
  mutation VerifyComplaint($id: ID!, $note: String!) {
    verifyComplaint(id: $id, note: $note) {
      ...ComplaintDetail
    }
  }
`);

export const ReopenComplaintMutation = graphql(`
  mutation ReopenComplaint($id: ID!, $reason: String!) {
    reopenComplaint(id: $id, reason: $reason) {
      ...ComplaintDetail
    }
  }
`);
