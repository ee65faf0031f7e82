import { graphql } from '../../gql';

export const ChecklistVersionContentFragment = graphql(`
  fragment ChecklistVersionContent on InspectionTemplateVersion {
    id
    number
    status
    version
    passScore
    changeSummary
    updatedAt
    publishedAt
    publishedBy {
      id
      displayName
      email
    }
    totals {
      items
      points
      critical
    }
    sections {
      key
      titleZh
      titleEn
      items {
        key
        checkpointZh
        checkpointEn
        points
        naAllowed
        critical
        deductions {
          key
          labelZh
          labelEn
          points
        }
        standard {
          ...StandardFields
        }
      }
    }
  }
`);

export const InspectionTemplateHeaderFragment = graphql(`
  fragment InspectionTemplateHeader on InspectionTemplate {
    id
    name
    format
    level
    description
    latestNumber
    archivedAt
    version
    updatedAt
  }
`);

export const InspectionTemplatesQuery = graphql(`
  query InspectionTemplates(
    $filter: InspectionTemplateFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $sort: InspectionTemplateSort
  ) {
    inspectionTemplates(sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        ...InspectionTemplateHeader
        latestVersion {
          id
          number
          publishedAt
          totals {
            items
            points
            critical
          }
        }
        draft {
          id
          updatedAt
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const InspectionTemplateQuery = graphql(`
  query InspectionTemplate($id: ID!) {
    inspectionTemplate(id: $id) {
      ...InspectionTemplateHeader
      latestVersion {
        ...ChecklistVersionContent
      }
      draft {
        ...ChecklistVersionContent
      }
      versions {
        id
        number
        publishedAt
        changeSummary
        passScore
        publishedBy {
          id
          displayName
          email
        }
        totals {
          items
          points
          critical
        }
      }
    }
  }
`);

export const InspectionTemplateVersionQuery = graphql(`
  query InspectionTemplateVersion($id: ID!) {
    inspectionTemplateVersion(id: $id) {
      ...ChecklistVersionContent
    }
  }
`);

/** Handbook templates with a published version: a new checklist can copy their standards. */
export const HandbookSourcesQuery = graphql(`
  query HandbookSources($filter: HandbookFilter, $first: Int) {
    handbooks(filter: $filter, first: $first) {
      nodes {
        id
        name
        format
        latestNumber
        latest {
          id
          number
        }
      }
      totalCount
    }
  }
`);

export const CreateInspectionTemplateMutation = graphql(`
  mutation CreateInspectionTemplate($input: InspectionTemplateInput!, $fromHandbookVersionId: ID) {
    createInspectionTemplate(input: $input, fromHandbookVersionId: $fromHandbookVersionId) {
      ...InspectionTemplateHeader
    }
  }
`);

export const UpdateInspectionTemplateMutation = graphql(`
  mutation UpdateInspectionTemplate($id: ID!, $input: InspectionTemplateInput!, $expectedVersion: Int) {
    updateInspectionTemplate(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...InspectionTemplateHeader
    }
  }
`);

export const ArchiveInspectionTemplateMutation = graphql(`
  mutation ArchiveInspectionTemplate($id: ID!) {
    archiveInspectionTemplate(id: $id) {
      ...InspectionTemplateHeader
    }
  }
`);

export const RestoreInspectionTemplateMutation = graphql(`
  mutation RestoreInspectionTemplate($id: ID!) {
    restoreInspectionTemplate(id: $id) {
      ...InspectionTemplateHeader
    }
  }
`);

export const StartInspectionTemplateDraftMutation = graphql(`
  mutation StartInspectionTemplateDraft($templateId: ID!) {
    startInspectionTemplateDraft(templateId: $templateId) {
      ...ChecklistVersionContent
    }
  }
`);

export const SaveInspectionTemplateDraftMutation = graphql(`
  mutation SaveInspectionTemplateDraft($templateId: ID!, $input: ChecklistDraftInput!, $expectedVersion: Int!) {
    saveInspectionTemplateDraft(templateId: $templateId, input: $input, expectedVersion: $expectedVersion) {
      ...ChecklistVersionContent
    }
  }
`);

export const PublishInspectionTemplateMutation = graphql(`
  mutation PublishInspectionTemplate($templateId: ID!, $changeSummary: String!, $expectedVersion: Int!) {
    publishInspectionTemplate(templateId: $templateId, changeSummary: $changeSummary, expectedVersion: $expectedVersion) {
      id
      number
      status
      version
      changeSummary
      publishedAt
    }
  }
`);

export const DiscardInspectionTemplateDraftMutation = graphql(`
  mutation DiscardInspectionTemplateDraft($templateId: ID!) {
    discardInspectionTemplateDraft(templateId: $templateId) {
      ...InspectionTemplateHeader
    }
  }
`);
