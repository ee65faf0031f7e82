import { graphql } from '../../gql';

export const EvidenceFileFieldsFragment = graphql(`
  fragment EvidenceFileFields on EvidenceFile {
    id
    url
    contentType
    bytes
  }
`);

/** The checklist an inspection is done against (a frozen template version). */
export const PerformChecklistFragment = graphql(`
  fragment PerformChecklist on InspectionTemplateVersion {
    id
    number
    passScore
    template {
      id
      name
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
          id
          code
          titleZh
          titleEn
          requirementZh
          requirementEn
        }
      }
    }
  }
`);

export const RectificationRowFragment = graphql(`
  fragment RectificationRow on Rectification {
    id
    state
    overdue
    automatic
    deadline
    openedAt
    description
    evidenceRequired
    rejections
    needsOwner
    ownerSource
    owner {
      id
      displayName
    }
    project {
      id
      code
      name
      timeZone
    }
    standard {
      id
      code
      titleZh
      titleEn
    }
  }
`);

export const InspectionFieldsFragment = graphql(`
  fragment InspectionFields on Inspection {
    id
    clientKey
    status
    version
    earnedPoints
    possiblePoints
    scorePercent
    passScore
    passed
    criticalFailed
    failedItems
    localDate
    performedAt
    submittedAt
    updatedAt
    note
    latitude
    longitude
    locationText
    project {
      id
      code
      name
      timeZone
      region {
        id
        name
      }
    }
    template {
      id
      name
    }
    templateVersion {
      ...PerformChecklist
    }
    occurrence {
      id
      state
      dueAt
    }
    inspector {
      id
      displayName
    }
    signature {
      ...EvidenceFileFields
    }
    items {
      id
      itemKey
      sectionKey
      result
      score
      deductionKeys
      note
      earnedPoints
      possiblePoints
      critical
      customerFacing
      employee {
        id
        name
        employeeNo
      }
      evidence {
        ...EvidenceFileFields
      }
      rectification {
        id
        state
      }
      feedback {
        id
        state
      }
    }
    rectifications {
      ...RectificationRow
    }
  }
`);

/** What the form needs to start a planned inspection. */
export const PerformOccurrenceQuery = graphql(`
  query PerformOccurrence($id: ID!) {
    inspectionOccurrence(id: $id) {
      id
      state
      dueAt
      windowEndsAt
      localDate
      project {
        id
        code
        name
        timeZone
        manager {
          id
          displayName
        }
      }
      template {
        id
        name
      }
      templateVersion {
        ...PerformChecklist
      }
    }
  }
`);

/** What the form needs to start an ad-hoc inspection. */
export const PerformAdHocQuery = graphql(`
  query PerformAdHoc($projectId: ID!, $templateId: ID!) {
    project(id: $projectId) {
      id
      code
      name
      timeZone
      manager {
        id
        displayName
      }
    }
    inspectionTemplate(id: $templateId) {
      id
      name
      latestVersion {
        ...PerformChecklist
      }
    }
  }
`);

/**
 * The caller's drafts (drafts are only ever the caller's own), with just what resuming one
 * needs: the form already has the checklist, so no template version (which made this query
 * deeper than the API allows and 100 checklists costly).
 */
export const InspectionDraftsQuery = graphql(`
  query InspectionDrafts($first: Int) {
    inspections(filter: { status: DRAFT, mine: true }, first: $first) {
      nodes {
        id
        clientKey
        version
        performedAt
        updatedAt
        note
        latitude
        longitude
        locationText
        occurrence {
          id
        }
        project {
          id
        }
        template {
          id
        }
        signature {
          id
          url
        }
        items {
          itemKey
          result
          score
          deductionKeys
          note
          customerFacing
          employeeId
          evidence {
            id
            url
          }
        }
      }
    }
  }
`);

export const InspectionPickerOptionsQuery = graphql(`
  query InspectionPickerOptions {
    projects(first: 100) {
      nodes {
        id
        code
        name
        property {
          id
          format
        }
      }
    }
    inspectionTemplates(filter: { publishedOnly: true }, first: 100) {
      nodes {
        id
        name
        format
      }
    }
  }
`);

export const InspectionFilterOptionsQuery = graphql(`
  query InspectionFilterOptions {
    projects(first: 100) {
      nodes {
        id
        code
        name
      }
    }
    regions(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const RectificationOwnerOptionsQuery = graphql(`
  query RectificationOwnerOptions {
    inspectionAssignees {
      role
      user {
        id
        displayName
      }
    }
  }
`);

export const SaveInspectionDraftMutation = graphql(`
  mutation SaveInspectionDraft($input: InspectionInput!) {
    saveInspectionDraft(input: $input) {
      id
      clientKey
      status
      version
      updatedAt
    }
  }
`);

export const SubmitInspectionMutation = graphql(`
  mutation SubmitInspection($input: InspectionInput!) {
    submitInspection(input: $input) {
      ...InspectionFields
    }
  }
`);

export const InspectionsQuery = graphql(`
  query Inspections($filter: InspectionFilter, $first: Int, $after: String, $last: Int, $before: String, $sort: InspectionSort) {
    inspections(sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        id
        status
        scorePercent
        passed
        criticalFailed
        failedItems
        localDate
        submittedAt
        project {
          id
          code
          name
          timeZone
        }
        region {
          id
          name
        }
        template {
          id
          name
        }
        inspector {
          id
          displayName
        }
        occurrence {
          id
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const InspectionQuery = graphql(`
  query Inspection($id: ID!) {
    inspection(id: $id) {
      ...InspectionFields
    }
  }
`);

export const RectificationsQuery = graphql(`
  query Rectifications($filter: RectificationFilter, $first: Int, $after: String, $last: Int, $before: String, $sort: RectificationSort) {
    rectifications(sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      nodes {
        ...RectificationRow
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const RectificationDetailFragment = graphql(`
  fragment RectificationDetail on Rectification {
    ...RectificationRow
    version
    submittedAt
    verifiedAt
    submittedBy {
      id
      displayName
    }
    verifiedBy {
      id
      displayName
    }
    createdBy {
      id
      displayName
    }
    project {
      id
      region {
        id
        name
      }
    }
    inspection {
      id
      localDate
      submittedAt
      template {
        id
        name
      }
      inspector {
        id
        displayName
      }
    }
    itemResult {
      id
      itemKey
      result
      note
      critical
      deductionKeys
      standard {
        id
        code
        titleZh
        titleEn
        requirementZh
        requirementEn
      }
      evidence {
        ...EvidenceFileFields
      }
    }
    history {
      id
      action
      at
      fromState
      toState
      note
      user {
        id
        displayName
      }
      fromOwner {
        id
        displayName
      }
      toOwner {
        id
        displayName
      }
      evidence {
        ...EvidenceFileFields
      }
    }
  }
`);

export const RectificationQuery = graphql(`
  query Rectification($id: ID!) {
    rectification(id: $id) {
      ...RectificationDetail
    }
  }
`);

export const SubmitRectificationMutation = graphql(`
  mutation SubmitRectification($id: ID!, $note: String, $evidenceIds: [ID!]!) {
    submitRectification(id: $id, note: $note, evidenceIds: $evidenceIds) {
      ...RectificationDetail
    }
  }
`);

export const VerifyRectificationMutation = graphql(`
  mutation VerifyRectification($id: ID!, $note: String) {
    verifyRectification(id: $id, note: $note) {
      ...RectificationDetail
    }
  }
`);

export const RejectRectificationMutation = graphql(`
  mutation RejectRectification($id: ID!, $reason: String!) {
    rejectRectification(id: $id, reason: $reason) {
      ...RectificationDetail
    }
  }
`);

export const AssignRectificationMutation = graphql(`
  mutation AssignRectification($id: ID!, $ownerUserId: ID!, $reason: String!, $expectedVersion: Int) {
    assignRectification(id: $id, ownerUserId: $ownerUserId, reason: $reason, expectedVersion: $expectedVersion) {
      ...RectificationDetail
    }
  }
`);

export const CreateRectificationMutation = graphql(`
  mutation CreateRectification($itemResultId: ID!, $input: RectificationOptionsInput) {
    createRectification(itemResultId: $itemResultId, input: $input) {
      ...RectificationRow
    }
  }
`);

export const ChargeableEmployeesQuery = graphql(`
  query ChargeableEmployees($projectId: ID!, $standardId: ID!) {
    chargeableEmployees(projectId: $projectId, standardId: $standardId) {
      id
      name
      employeeNo
      positionName
    }
  }
`);

export const ProjectFindingsQuery = graphql(`
  query ProjectFindings($projectId: ID!, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) {
    projectFindings(projectId: $projectId, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        count
        lastDate
        pointsLost
        employee {
          id
          name
          employeeNo
          position {
            id
            name
          }
        }
        standard {
          id
          code
          titleZh
          titleEn
        }
      }
    }
  }
`);
