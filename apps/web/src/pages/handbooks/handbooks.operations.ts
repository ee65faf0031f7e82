import { graphql } from '../../gql';

export const HandbookVersionContentFragment = graphql(`
  fragment HandbookVersionContent on HandbookVersion {
    id
    number
    status
    version
    basedOnNumber
    changeSummary
    createdAt
    updatedAt
    publishedAt
    publishedBy {
      id
      displayName
      email
    }
    sections {
      key
      titleZh
      titleEn
      items {
        key
        requirementZh
        requirementEn
        score
        note
        standard {
          ...StandardFields
        }
      }
      frequencies {
        key
        taskZh
        taskEn
        zoneId
        locationZh
        rrule
        note
      }
    }
  }
`);

export const HandbookHeaderFragment = graphql(`
  fragment HandbookHeader on Handbook {
    id
    kind
    name
    format
    latestNumber
    updatedAt
    sourceTemplate {
      id
      name
      format
    }
    project {
      id
      code
      name
      timeZone
      property {
        id
        name
        format
        zones {
          id
          name
        }
      }
    }
  }
`);

export const HandbookQuery = graphql(`
  query Handbook($id: ID!) {
    handbook(id: $id) {
      ...HandbookHeader
      draftApproval {
        id
        status
        reason
      }
      latest {
        ...HandbookVersionContent
      }
      draft {
        ...HandbookVersionContent
      }
      versions {
        id
        number
        createdAt
        publishedAt
        changeSummary
        publishedBy {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const HandbookVersionQuery = graphql(`
  query HandbookVersion($id: ID!) {
    handbookVersion(id: $id) {
      ...HandbookVersionContent
    }
  }
`);

export const DiffEntryFieldsFragment = graphql(`
  fragment DiffEntryFields on DiffEntry {
    key
    label
    sectionKey
    sectionTitle
    changes {
      field
      from
      to
    }
  }
`);

export const DiffPartFieldsFragment = graphql(`
  fragment DiffPartFields on DiffPart {
    added {
      ...DiffEntryFields
    }
    removed {
      ...DiffEntryFields
    }
    changed {
      ...DiffEntryFields
    }
  }
`);

export const HandbookDiffQuery = graphql(`
  query HandbookDiff($handbookId: ID!, $fromNumber: Int!, $toNumber: Int) {
    handbookDiff(handbookId: $handbookId, fromNumber: $fromNumber, toNumber: $toNumber) {
      fromNumber
      toNumber
      sections {
        ...DiffPartFields
      }
      items {
        ...DiffPartFields
      }
      frequencies {
        ...DiffPartFields
      }
    }
  }
`);

export const HandbookTemplatesQuery = graphql(`
  query HandbookTemplates($filter: HandbookFilter, $first: Int, $after: String, $last: Int, $before: String, $sort: HandbookSort) {
    handbooks(sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        id
        kind
        name
        format
        latestNumber
        updatedAt
        draft {
          id
          updatedAt
        }
        latest {
          id
          publishedAt
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const ProjectHandbookQuery = graphql(`
  query ProjectHandbook($id: ID!) {
    project(id: $id) {
      id
      code
      name
      timeZone
      property {
        id
        format
      }
      handbook {
        id
        latestNumber
      }
    }
  }
`);

export const CreateHandbookTemplateMutation = graphql(`
  mutation CreateHandbookTemplate($input: HandbookTemplateInput!) {
    createHandbookTemplate(input: $input) {
      id
      name
      format
      latestNumber
    }
  }
`);

export const CreateProjectHandbookMutation = graphql(`
  mutation CreateProjectHandbook($projectId: ID!, $templateId: ID) {
    createProjectHandbook(projectId: $projectId, templateId: $templateId) {
      id
      latestNumber
    }
  }
`);

export const StartHandbookDraftMutation = graphql(`
  mutation StartHandbookDraft($handbookId: ID!) {
    startHandbookDraft(handbookId: $handbookId) {
      ...HandbookVersionContent
    }
  }
`);

export const SaveHandbookDraftMutation = graphql(`
  mutation SaveHandbookDraft($handbookId: ID!, $input: HandbookDraftInput!, $expectedVersion: Int!) {
    saveHandbookDraft(handbookId: $handbookId, input: $input, expectedVersion: $expectedVersion) {
      ...HandbookVersionContent
    }
  }
`);

export const PublishHandbookMutation = graphql(`
  mutation PublishHandbook($handbookId: ID!, $changeSummary: String!, $expectedVersion: Int!) {
    publishHandbook(handbookId: $handbookId, changeSummary: $changeSummary, expectedVersion: $expectedVersion) {
      id
      number
      status
      version
      changeSummary
      publishedAt
    }
  }
`);

export const DiscardHandbookDraftMutation = graphql(`
  mutation DiscardHandbookDraft($handbookId: ID!) {
    discardHandbookDraft(handbookId: $handbookId) {
      id
      latestNumber
    }
  }
`);
