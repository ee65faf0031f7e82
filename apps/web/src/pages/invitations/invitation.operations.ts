import { graphql } from '../../gql';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      companyName
      email
      displayName
      role
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      token
      expiresAt
      me {
        ...MeFields
      }
    }
  }
`);
