import { graphql } from '../gql';

export const MeFieldsFragment = graphql(`
  fragment MeFields on Me {
    role
    regionIds
    projectIds
    user {
      id
      email
      displayName
    }
    tenant {
      id
      slug
      name
    }
    regions {
      id
      name
    }
    tenants {
      slug
      name
      role
    }
    passwordChangeRequired
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!, $tenantSlug: String) {
    login(email: $email, password: $password, tenantSlug: $tenantSlug) {
      token
      expiresAt
      me {
        ...MeFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
