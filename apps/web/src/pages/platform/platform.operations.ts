import { graphql } from '../../gql';

export const PlatformLoginMutation = graphql(`
  mutation PlatformLogin($email: String!, $password: String!) {
    platformLogin(email: $email, password: $password) {
      token
      expiresAt
      operator {
        id
        email
        displayName
      }
    }
  }
`);

export const PlatformLogoutMutation = graphql(`
  mutation PlatformLogout {
    platformLogout
  }
`);

export const PlatformMeQuery = graphql(`
  query PlatformMe {
    platformMe {
      id
      email
      displayName
    }
  }
`);

export const CompanyFieldsFragment = graphql(`
  fragment CompanyFields on Company {
    id
    code
    name
    active
    suspendedAt
    createdAt
    maxMembers
    maxProjects
    maxStorageMb
    memberCount
    projectCount
    storageBytes
    lastActivityAt
  }
`);

export const PlatformCompaniesQuery = graphql(`
  query PlatformCompanies($offset: Int!, $limit: Int!, $search: String) {
    platformCompanies(offset: $offset, limit: $limit, search: $search) {
      totalCount
      nodes {
        ...CompanyFields
      }
    }
  }
`);

export const CreateCompanyMutation = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      acceptPath
      company {
        ...CompanyFields
      }
    }
  }
`);

export const InviteCompanyAdminMutation = graphql(`
  mutation InviteCompanyAdmin($companyId: ID!, $input: CompanyAdminInput!) {
    inviteCompanyAdmin(companyId: $companyId, input: $input) {
      acceptPath
      expiresAt
    }
  }
`);

export const SuspendCompanyMutation = graphql(`
  mutation SuspendCompany($companyId: ID!) {
    suspendCompany(companyId: $companyId) {
      ...CompanyFields
    }
  }
`);

export const ReactivateCompanyMutation = graphql(`
  mutation ReactivateCompany($companyId: ID!) {
    reactivateCompany(companyId: $companyId) {
      ...CompanyFields
    }
  }
`);

export const SetCompanyLimitsMutation = graphql(`
  mutation SetCompanyLimits($companyId: ID!, $input: CompanyLimitsInput!) {
    setCompanyLimits(companyId: $companyId, input: $input) {
      ...CompanyFields
    }
  }
`);

export const PlatformAuditEntriesQuery = graphql(`
  query PlatformAuditEntries($offset: Int!, $limit: Int!) {
    platformAuditEntries(offset: $offset, limit: $limit) {
      totalCount
      nodes {
        id
        createdAt
        operatorEmail
        companyId
        companyName
        operation
        entity
        entityId
        changes {
          field
          from
          to
        }
      }
    }
  }
`);

export const PlatformCompanyExportFieldsFragment = graphql(`
  fragment PlatformCompanyExportFields on PlatformCompanyExport {
    id
    state
    createdAt
    requestedByPlatform
    finishedAt
    expiresAt
    bytes
    tableCount
    rowCount
    fileCount
    error
    downloadPath
  }
`);

export const PlatformCompanyLifecycleQuery = graphql(`
  query PlatformCompanyLifecycle($companyId: ID!) {
    platformCompanyLifecycle(companyId: $companyId) {
      companyId
      companyCode
      exportRetentionDays
      deletionGraceDays
      exports {
        ...PlatformCompanyExportFields
      }
      deletion {
        id
        state
        createdAt
        requestedByPlatform
        dueAt
      }
    }
  }
`);

export const PlatformRequestCompanyExportMutation = graphql(`
  mutation PlatformRequestCompanyExport($companyId: ID!) {
    platformRequestCompanyExport(companyId: $companyId) {
      ...PlatformCompanyExportFields
    }
  }
`);

export const PlatformRequestCompanyDeletionMutation = graphql(`
  mutation PlatformRequestCompanyDeletion($companyId: ID!, $confirmCode: String!) {
    platformRequestCompanyDeletion(companyId: $companyId, confirmCode: $confirmCode) {
      id
      state
      dueAt
    }
  }
`);

export const PlatformCancelCompanyDeletionMutation = graphql(`
  mutation PlatformCancelCompanyDeletion($companyId: ID!) {
    platformCancelCompanyDeletion(companyId: $companyId) {
      id
      state
    }
  }
`);
