import { graphql } from '../../gql';

export const MemberFieldsFragment = graphql(`
  fragment MemberFields on Member {
    id
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

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      member {
        ...MemberFields
      }
      temporaryPassword
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
