import { graphql } from '../../gql';

export const CompanySettingsFieldsFragment = graphql(`
  fragment CompanySettingsFields on CompanySettings {
    name
    shortName
    logo
    timeZone
    language
    workingDays
    defaultHolidayListId
    starterPack
    rectificationFallbackOwnerUserId
    rectificationFallbackOwner {
      id
      displayName
    }
    earlyStartHours
    levelWeights {
      selfCheck
      regional
      company
    }
    inflationThreshold
    version
  }
`);

export const CompanySettingsQuery = graphql(`
  query CompanySettings {
    companySettings {
      ...CompanySettingsFields
    }
    inspectionAssignees {
      role
      user {
        id
        displayName
      }
    }
    holidayLists {
      id
      name
    }
  }
`);

export const UpdateCompanySettingsMutation = graphql(`
  mutation UpdateCompanySettings($input: CompanySettingsInput!, $expectedVersion: Int) {
    updateCompanySettings(input: $input, expectedVersion: $expectedVersion) {
      ...CompanySettingsFields
    }
  }
`);

/** The header's logo and short name (every member). */
export const CompanyBrandingQuery = graphql(`
  query CompanyBranding {
    companySettings {
      name
      shortName
      logo
      version
    }
  }
`);
