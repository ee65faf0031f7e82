import { graphql } from '../../gql';

export const DepartmentsQuery = graphql(`
  query OnboardingDepartments {
    departments {
      id
      name
      nameEn
      code
      version
      members {
        id
        displayName
        email
      }
    }
    duties {
      id
      position
      titleZh
      titleEn
      owner {
        id
      }
      collaborators {
        id
      }
    }
  }
`);

export const MembersForDepartmentsQuery = graphql(`
  query OnboardingMembers {
    members(first: 100) {
      nodes {
        id
        active
        user {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const SetDepartmentMembersMutation = graphql(`
  mutation SetDepartmentMembers($id: ID!, $userIds: [ID!]!) {
    setDepartmentMembers(id: $id, userIds: $userIds) {
      id
      members {
        id
        displayName
        email
      }
    }
  }
`);

export const TemplatesQuery = graphql(`
  query OnboardingTemplates {
    onboardingTemplates {
      id
      name
      format
      version
      tasks {
        key
        phase
        title
        ownerDepartmentId
        collaboratorDepartmentIds
        dueOffsetDays
        required
        checklist
        deliverable
      }
      proposalSections {
        key
        title
        body
      }
    }
    departments {
      id
      name
      nameEn
    }
  }
`);

export const UpdateTemplateMutation = graphql(`
  mutation UpdateOnboardingTemplate($id: ID!, $input: OnboardingTemplateInput!, $expectedVersion: Int) {
    updateOnboardingTemplate(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      format
      version
      tasks {
        key
        phase
        title
        ownerDepartmentId
        collaboratorDepartmentIds
        dueOffsetDays
        required
        checklist
        deliverable
      }
      proposalSections {
        key
        title
        body
      }
    }
  }
`);

export const TaskRowFragment = graphql(`
  fragment OnboardingTaskRow on OnboardingTask {
    id
    phase
    position
    title
    dueDate
    required
    status
    skipReason
    late
    version
    checklist {
      text
      done
    }
    deliverable
    completionBlockers {
      reason
      items
      fields
      departmentId
    }
    owner {
      id
      name
      nameEn
    }
    collaborators {
      id
      name
      nameEn
    }
    assignee {
      id
      displayName
    }
  }
`);

export const DashboardQuery = graphql(`
  query OnboardingDashboard {
    onboardingDashboard {
      pipeline {
        region {
          id
          name
        }
        survey
        proposal
        takeover
        live
      }
      lateCount
      lateTasks {
        ...OnboardingTaskRow
        project {
          id
          code
          name
        }
        onboarding {
          id
        }
      }
      openByDepartment {
        department {
          id
          name
          nameEn
        }
        open
        late
      }
    }
    onboardings(first: 100) {
      nodes {
        id
        status
        startDate
        completedAt
        project {
          id
          code
          name
          stage
        }
        region {
          id
          name
        }
        gate {
          open
          nextStage
        }
      }
    }
    projects(first: 100, filter: { stage: PROSPECT }) {
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
  }
`);

export const StartOnboardingMutation = graphql(`
  mutation StartOnboarding($input: StartOnboardingInput!) {
    startOnboarding(input: $input) {
      id
    }
  }
`);

export const MyTasksQuery = graphql(`
  query MyDepartmentTasks($filter: OnboardingTaskFilter, $first: Int, $after: String) {
    myDepartments {
      id
      name
      nameEn
    }
    onboardingTasks(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...OnboardingTaskRow
        project {
          id
          code
          name
        }
        onboarding {
          id
        }
      }
    }
  }
`);

export const OnboardingQuery = graphql(`
  query Onboarding($id: ID!) {
    onboarding(id: $id) {
      id
      status
      startDate
      completedAt
      handbookId
      frequencyCount
      requirementCount
      version
      project {
        id
        code
        name
        stage
        version
        timeZone
        property {
          id
          name
          format
        }
        region {
          id
          name
        }
      }
      template {
        id
        name
      }
      gate {
        nextStage
        phases
        open
        blockers {
          id
          title
        }
      }
      tasks {
        ...OnboardingTaskRow
        events {
          id
          kind
          text
          fileIds
          createdAt
        }
      }
      survey {
        id
        version
        surveyedOn
        summary
        areas {
          name
          squareMeters
          note
        }
        facilities {
          name
          quantity
          condition
        }
        staffing {
          positionId
          headcount
        }
        risks {
          description
          level
          mitigation
        }
      }
      proposal {
        id
        version
        title
        updatedAt
        sections {
          key
          title
          body
        }
        staffing {
          positionId
          headcount
          monthlyCostPerHead
        }
        otherCosts {
          item
          monthlyAmount
        }
        monthlyCost {
          staff
          other
          total
        }
      }
      events {
        id
        kind
        text
        dataJson
        createdAt
      }
    }
    positions {
      id
      name
    }
    departments {
      id
      name
      nameEn
      members {
        id
        displayName
      }
    }
    myDepartments {
      id
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation UpdateOnboardingTask($id: ID!, $input: OnboardingTaskInput!, $expectedVersion: Int) {
    updateOnboardingTask(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...OnboardingTaskRow
    }
  }
`);

export const CommentTaskMutation = graphql(`
  mutation CommentOnboardingTask($id: ID!, $text: String!, $fileIds: [ID!]) {
    commentOnboardingTask(id: $id, text: $text, fileIds: $fileIds) {
      id
      kind
      text
      fileIds
      createdAt
    }
  }
`);

export const SaveSurveyMutation = graphql(`
  mutation SaveSiteSurvey($onboardingId: ID!, $input: SiteSurveyInput!, $expectedVersion: Int) {
    saveSiteSurvey(onboardingId: $onboardingId, input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export const SaveProposalMutation = graphql(`
  mutation SaveServiceProposal($onboardingId: ID!, $input: ServiceProposalInput!, $expectedVersion: Int) {
    saveServiceProposal(onboardingId: $onboardingId, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      monthlyCost {
        staff
        other
        total
      }
    }
  }
`);

export const AdvanceMutation = graphql(`
  mutation AdvanceOnboarding($id: ID!, $overrideReason: String, $expectedProjectVersion: Int) {
    advanceOnboarding(id: $id, overrideReason: $overrideReason, expectedProjectVersion: $expectedProjectVersion) {
      id
      status
    }
  }
`);

/** What go-live would provision (asked for when the next stage is OPERATING). */
export const GoLivePreviewQuery = graphql(`
  query GoLivePreview($id: ID!) {
    onboarding(id: $id) {
      id
      goLivePreview {
        handbook {
          action
          name
          templateName
        }
        month
        frequencies {
          templateId
          templateName
          anchor
          rrule
          periodUnit
          periodCount
          assigneeRole
          perMonth
          skipped
        }
        occurrencesInMonth
        workload {
          role
          month
          existing
          added
        }
        employees
        trainingRequirements
        warnings {
          code
          params
        }
      }
    }
  }
`);
