import { graphql } from '../../gql';

export const CompanySettingsQuery = graphql(`
  query CompanySettings {
    companySettings {
      rectificationFallbackOwnerUserId
      rectificationFallbackOwner {
        id
        displayName
      }
      earlyStartHours
      version
    }
    inspectionAssignees {
      role
      user {
        id
        displayName
      }
    }
  }
`);

export const UpdateCompanySettingsMutation = graphql(`
  mutation UpdateCompanySettings($input: CompanySettingsInput!, $expectedVersion: Int) {
    updateCompanySettings(input: $input, expectedVersion: $expectedVersion) {
      rectificationFallbackOwnerUserId
      rectificationFallbackOwner {
        id
        displayName
      }
      earlyStartHours
      version
    }
  }
`);
