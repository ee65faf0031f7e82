import { graphql } from '../../gql';

export const InspectionFrequencyFieldsFragment = graphql(`
  fragment InspectionFrequencyFields on InspectionFrequency {
    id
    level
    anchor
    rrule
    ruleText
    periodUnit
    periodCount
    startTime
    startDate
    endDate
    windowMinutes
    allowLate
    excludedDates
    holidayList {
      id
      name
    }
    assigneeRole
    assigneeUser {
      id
      displayName
    }
    note
    archivedAt
    version
    updatedAt
    project {
      id
      name
      timeZone
    }
    template {
      id
      name
    }
  }
`);

export const InspectionPlanProjectQuery = graphql(`
  query InspectionPlanProject($id: ID!) {
    project(id: $id) {
      id
      name
      timeZone
      property {
        id
        format
      }
    }
  }
`);

export const ProjectInspectionFrequenciesQuery = graphql(`
  query ProjectInspectionFrequencies($filter: InspectionFrequencyFilter, $first: Int, $after: String) {
    inspectionFrequencies(filter: $filter, first: $first, after: $after) {
      nodes {
        ...InspectionFrequencyFields
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const PlanningTemplatesQuery = graphql(`
  query PlanningTemplates($filter: InspectionTemplateFilter, $first: Int) {
    inspectionTemplates(filter: $filter, first: $first) {
      nodes {
        id
        name
        format
        latestNumber
      }
      totalCount
    }
  }
`);

/** People who can be assigned inspections; readable by planners (unlike `members`, which is admin-only). */
export const PlanningAssigneesQuery = graphql(`
  query PlanningAssignees {
    inspectionAssignees {
      role
      user {
        id
        displayName
      }
    }
  }
`);

export const HolidayListFieldsFragment = graphql(`
  fragment HolidayListFields on HolidayList {
    id
    name
    dates
    version
    updatedAt
  }
`);

export const HolidayListsQuery = graphql(`
  query HolidayLists {
    holidayLists {
      ...HolidayListFields
    }
  }
`);

export const PreviewInspectionFrequencyQuery = graphql(`
  query PreviewInspectionFrequency($projectId: ID!, $input: InspectionFrequencyInput!, $frequencyId: ID, $count: Int!) {
    previewInspectionFrequency(projectId: $projectId, input: $input, frequencyId: $frequencyId, count: $count) {
      timeZone
      assigneeLabel
      occurrences {
        dueAt
        windowEndsAt
        localDue
        weekday
      }
      workload {
        month
        added
        existing
        total
      }
    }
  }
`);

export const CreateInspectionFrequencyMutation = graphql(`
  mutation CreateInspectionFrequency($projectId: ID!, $input: InspectionFrequencyInput!) {
    createInspectionFrequency(projectId: $projectId, input: $input) {
      ...InspectionFrequencyFields
    }
  }
`);

export const UpdateInspectionFrequencyMutation = graphql(`
  mutation UpdateInspectionFrequency($id: ID!, $input: InspectionFrequencyInput!, $expectedVersion: Int) {
    updateInspectionFrequency(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...InspectionFrequencyFields
    }
  }
`);

export const ArchiveInspectionFrequencyMutation = graphql(`
  mutation ArchiveInspectionFrequency($id: ID!) {
    archiveInspectionFrequency(id: $id) {
      id
      archivedAt
      version
    }
  }
`);

export const ApplyInspectionFrequencyDefaultsMutation = graphql(`
  mutation ApplyInspectionFrequencyDefaults($projectId: ID!, $startDate: LocalDate) {
    applyInspectionFrequencyDefaults(projectId: $projectId, startDate: $startDate) {
      created {
        id
      }
      skipped {
        reason
        template {
          id
          name
        }
      }
    }
  }
`);

export const InspectionFrequencyDefaultFieldsFragment = graphql(`
  fragment InspectionFrequencyDefaultFields on InspectionFrequencyDefault {
    id
    format
    position
    anchor
    rrule
    periodUnit
    periodCount
    startTime
    windowMinutes
    allowLate
    assigneeRole
    holidayList {
      id
      name
    }
    template {
      id
      name
    }
  }
`);

export const InspectionFrequencyDefaultsQuery = graphql(`
  query InspectionFrequencyDefaults($format: PropertyFormat!) {
    inspectionFrequencyDefaults(format: $format) {
      ...InspectionFrequencyDefaultFields
    }
  }
`);

export const SaveInspectionFrequencyDefaultsMutation = graphql(`
  mutation SaveInspectionFrequencyDefaults($format: PropertyFormat!, $items: [InspectionFrequencyDefaultInput!]!) {
    saveInspectionFrequencyDefaults(format: $format, items: $items) {
      ...InspectionFrequencyDefaultFields
    }
  }
`);

export const CreateHolidayListMutation = graphql(`
  mutation CreateHolidayList($input: HolidayListInput!) {
    createHolidayList(input: $input) {
      ...HolidayListFields
    }
  }
`);

export const UpdateHolidayListMutation = graphql(`
  mutation UpdateHolidayList($id: ID!, $input: HolidayListInput!, $expectedVersion: Int) {
    updateHolidayList(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...HolidayListFields
    }
  }
`);

export const DeleteHolidayListMutation = graphql(`
  mutation DeleteHolidayList($id: ID!) {
    deleteHolidayList(id: $id)
  }
`);
