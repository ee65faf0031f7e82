import { graphql } from '../../gql';

export const MemberFieldsFragment = graphql(`
  fragment MemberFields on Member {
    id
    displayName
    phone
    role
    regionIds
    regions {
      id
      name
    }
    active
    version
    createdAt
    user {
      id
      email
      displayName
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($filter: MemberFilter, $first: Int, $after: String, $last: Int, $before: String) {
    members(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        ...MemberFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    displayName
    phone
    role
    regions {
      id
      name
    }
    status
    expiresAt
    sentAt
    createdAt
    invitedBy {
      id
      displayName
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      acceptPath
      invitation {
        ...InvitationFields
      }
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations($first: Int, $after: String) {
    invitations(first: $first, after: $after) {
      nodes {
        ...InvitationFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      acceptPath
      invitation {
        ...InvitationFields
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const ResetMemberPasswordMutation = graphql(`
  mutation ResetMemberPassword($id: ID!) {
    resetMemberPassword(id: $id) {
      temporaryPassword
      expiresAt
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!, $expectedVersion: Int) {
    updateMember(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...MemberFields
    }
  }
`);

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($id: ID!) {
    deactivateMember(id: $id) {
      ...MemberFields
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($id: ID!) {
    reactivateMember(id: $id) {
      ...MemberFields
    }
  }
`);

export const ImportMembersMutation = graphql(`
  mutation ImportMembers($fileBase64: String!, $dryRun: Boolean!) {
    importMembers(fileBase64: $fileBase64, dryRun: $dryRun) {
      written
      rows
      created
      errors {
        row
        column
        field
        reason
        message
        params
      }
      invitations {
        acceptPath
        invitation {
          ...InvitationFields
        }
      }
    }
  }
`);
