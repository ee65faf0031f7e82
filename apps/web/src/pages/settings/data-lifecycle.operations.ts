import { graphql } from '../../gql';

export const CompanyExportsQuery = graphql(`
  query CompanyExports {
    companyExports {
      id
      state
      createdAt
      requestedByName
      finishedAt
      expiresAt
      bytes
      tableCount
      rowCount
      fileCount
      error
      downloadPath
    }
    companyLifecycleSettings {
      exportRetentionDays
      deletionGraceDays
      companyCode
    }
    companyDeletion {
      id
      state
      dueAt
      createdAt
      requestedByName
    }
  }
`);

export const RequestCompanyExportMutation = graphql(`
  mutation RequestCompanyExport {
    requestCompanyExport {
      id
      state
    }
  }
`);

export const RequestCompanyDeletionMutation = graphql(`
  mutation RequestCompanyDeletion($confirmCode: String!) {
    requestCompanyDeletion(confirmCode: $confirmCode) {
      id
      state
      dueAt
    }
  }
`);

export const CancelCompanyDeletionMutation = graphql(`
  mutation CancelCompanyDeletion {
    cancelCompanyDeletion {
      id
      state
    }
  }
`);

export const CompanyDeletionBannerQuery = graphql(`
  query CompanyDeletionBanner {
    companyDeletion {
      id
      dueAt
    }
  }
`);
