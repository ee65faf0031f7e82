import { graphql } from '../../gql';

export const TrainingOptionsQuery = graphql(`
  query TrainingOptions {
    positions {
      id
      name
      code
    }
    projects(first: 100) {
      nodes {
        id
        code
        name
        timeZone
        region {
          id
        }
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

export const CourseRowFragment = graphql(`
  fragment CourseRow on Course {
    id
    title
    attachmentCount
    description
    version
    archivedAt
    defaultPassMark
    defaultValidityMonths
    handbookVersionId
    sectionKeys
    standardIds
    outdated
    outdatedSince
    outdatedBy {
      id
      number
      publishedAt
      changeSummary
    }
    handbook {
      id
      name
      latestNumber
      latest {
        id
        number
      }
      project {
        id
        code
        name
      }
    }
    handbookVersion {
      id
      number
    }
  }
`);

export const CoursesQuery = graphql(`
  query TrainingCourses($includeArchived: Boolean!, $outdated: Boolean) {
    courses(includeArchived: $includeArchived, outdated: $outdated) {
      ...CourseRow
    }
  }
`);

export const CourseQuery = graphql(`
  query TrainingCourse($id: ID!) {
    course(id: $id) {
      ...CourseRow
      attachments {
        name
        url
        fileId
        file {
          id
          contentType
          bytes
          url
        }
      }
      standards {
        id
        code
        titleZh
        titleEn
      }
    }
  }
`);

export const CourseHandbooksQuery = graphql(`
  query CourseHandbooks {
    handbooks(filter: { kind: PROJECT }, first: 100) {
      nodes {
        id
        name
        latestNumber
        project {
          id
          code
          name
        }
        versions {
          id
          number
          publishedAt
        }
      }
    }
  }
`);

export const CourseVersionQuery = graphql(`
  query CourseHandbookVersion($id: ID!) {
    handbookVersion(id: $id) {
      id
      number
      sections {
        key
        titleZh
        titleEn
        items {
          key
          standard {
            id
            code
            titleZh
            titleEn
          }
        }
      }
    }
  }
`);

export const CreateCourseMutation = graphql(`
  mutation CreateCourse($input: CourseInput!) {
    createCourse(input: $input) {
      ...CourseRow
    }
  }
`);

export const UpdateCourseMutation = graphql(`
  mutation UpdateCourse($id: ID!, $input: CourseInput!, $expectedVersion: Int) {
    updateCourse(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...CourseRow
    }
  }
`);

export const RefreshCourseMutation = graphql(`
  mutation RefreshCourseToVersion($id: ID!, $handbookVersionId: ID!) {
    refreshCourseToVersion(id: $id, handbookVersionId: $handbookVersionId) {
      ...CourseRow
    }
  }
`);

export const ArchiveCourseMutation = graphql(`
  mutation ArchiveCourse($id: ID!) {
    archiveCourse(id: $id) {
      id
      archivedAt
    }
  }
`);

export const PlanFieldsFragment = graphql(`
  fragment PlanFields on TrainingPlan {
    id
    name
    scope
    version
    archivedAt
    periodStart
    periodEnd
    position {
      id
      name
    }
    region {
      id
      name
    }
    project {
      id
      code
      name
    }
    items {
      id
      requiredBy
      passMark
      validityMonths
      course {
        id
        title
        outdated
        defaultPassMark
        defaultValidityMonths
      }
    }
  }
`);

export const PlansQuery = graphql(`
  query TrainingPlans($filter: TrainingPlanFilter) {
    trainingPlans(filter: $filter) {
      ...PlanFields
    }
  }
`);

export const PlanQuery = graphql(`
  query TrainingPlan($id: ID!) {
    trainingPlan(id: $id) {
      ...PlanFields
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreateTrainingPlan($input: TrainingPlanInput!) {
    createTrainingPlan(input: $input) {
      ...PlanFields
    }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation UpdateTrainingPlan($id: ID!, $input: TrainingPlanInput!, $expectedVersion: Int) {
    updateTrainingPlan(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...PlanFields
    }
  }
`);

export const ArchivePlanMutation = graphql(`
  mutation ArchiveTrainingPlan($id: ID!) {
    archiveTrainingPlan(id: $id) {
      id
      archivedAt
    }
  }
`);

export const SessionRowFragment = graphql(`
  fragment SessionRow on TrainingSession {
    id
    startsAt
    endsAt
    localDate
    place
    capacity
    passMark
    status
    note
    version
    enrolledCount
    courses {
      id
      title
      outdated
    }
    trainer {
      id
      displayName
    }
    project {
      id
      code
      name
      timeZone
    }
  }
`);

export const SessionsQuery = graphql(`
  query TrainingSessions($filter: TrainingSessionFilter, $first: Int, $after: String) {
    trainingSessions(filter: $filter, first: $first, after: $after) {
      nodes {
        ...SessionRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const SessionQuery = graphql(`
  query TrainingSession($id: ID!) {
    trainingSession(id: $id) {
      ...SessionRow
      enrolments {
        id
        attendance
        score
        passed
        recordedAt
        employee {
          id
          name
          employeeNo
          hireDate
          position {
            id
            name
          }
          project {
            id
            code
          }
        }
      }
    }
  }
`);

export const TrainersQuery = graphql(`
  query TrainingTrainers {
    trainingTrainers {
      role
      user {
        id
        displayName
      }
    }
  }
`);

export const CreateSessionMutation = graphql(`
  mutation CreateTrainingSession($input: TrainingSessionInput!) {
    createTrainingSession(input: $input) {
      ...SessionRow
    }
  }
`);

export const UpdateSessionMutation = graphql(`
  mutation UpdateTrainingSession($id: ID!, $input: TrainingSessionInput!, $expectedVersion: Int) {
    updateTrainingSession(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...SessionRow
    }
  }
`);

export const CancelSessionMutation = graphql(`
  mutation CancelTrainingSession($id: ID!) {
    cancelTrainingSession(id: $id) {
      id
      status
    }
  }
`);

export const EnrolEmployeesMutation = graphql(`
  mutation EnrolEmployees($sessionId: ID!, $employeeIds: [ID!]!) {
    enrolEmployees(sessionId: $sessionId, employeeIds: $employeeIds) {
      id
      enrolledCount
    }
  }
`);

export const EnrolByGroupMutation = graphql(`
  mutation EnrolByGroup($sessionId: ID!, $positionId: ID!, $projectId: ID) {
    enrolByGroup(sessionId: $sessionId, positionId: $positionId, projectId: $projectId) {
      id
      enrolledCount
    }
  }
`);

export const UnenrolMutation = graphql(`
  mutation Unenrol($sessionId: ID!, $employeeId: ID!) {
    unenrol(sessionId: $sessionId, employeeId: $employeeId) {
      id
      enrolledCount
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {
    recordAttendance(sessionId: $sessionId, entries: $entries) {
      id
      enrolments {
        id
        attendance
        score
        passed
        recordedAt
      }
    }
  }
`);

export const EmployeeRowFragment = graphql(`
  fragment EmployeeRow on Employee {
    id
    name
    employeeNo
    hireDate
    active
    gender
    version
    position {
      id
      name
    }
    project {
      id
      code
      name
    }
  }
`);

export const EmployeesQuery = graphql(`
  query TrainingEmployees($filter: EmployeeFilter, $first: Int, $after: String, $sort: EmployeeSort) {
    employees(sort: $sort, filter: $filter, first: $first, after: $after) {
      nodes {
        ...EmployeeRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const EmployeeQuery = graphql(`
  query TrainingEmployee($id: ID!) {
    employee(id: $id) {
      ...EmployeeRow
      trainingRecord {
        requirements {
          id
          reason
          requiredBy
          passMark
          validityMonths
          completedOn
          expiresOn
          status
          course {
            id
            title
          }
          sourceVersion {
            id
            number
            publishedAt
          }
          sourceStandard {
            id
            code
            titleZh
            titleEn
          }
        }
        sessions {
          id
          attendance
          score
          passed
          session {
            id
            localDate
            startsAt
            place
            passMark
            courses {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const CreateEmployeeMutation = graphql(`
  mutation CreateEmployee($input: EmployeeInput!) {
    createEmployee(input: $input) {
      ...EmployeeRow
    }
  }
`);

export const ImportEmployeesMutation = graphql(`
  mutation ImportEmployees($fileBase64: String!, $dryRun: Boolean!) {
    importEmployees(fileBase64: $fileBase64, dryRun: $dryRun) {
      written
      rows
      created
      updated
      errors {
        row
        column
        field
        reason
        message
        params
      }
    }
  }
`);

export const RequirementsQuery = graphql(`
  query TrainingRequirements($filter: TrainingRequirementFilter, $first: Int, $after: String, $sort: TrainingRequirementSort) {
    trainingRequirements(sort: $sort, filter: $filter, first: $first, after: $after) {
      nodes {
        id
        reason
        requiredBy
        completedOn
        expiresOn
        status
        employee {
          id
          name
          employeeNo
          project {
            id
            code
          }
          position {
            id
            name
          }
        }
        course {
          id
          title
        }
        sourceVersion {
          id
          number
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CoverageQuery = graphql(`
  query TrainingCoverage($groupBy: TrainingCoverageGroup!, $regionId: ID, $projectId: ID, $positionId: ID) {
    trainingCoverage(groupBy: $groupBy, regionId: $regionId, projectId: $projectId, positionId: $positionId) {
      required
      completed
      pending
      overdue
      expiringSoon
      expired
      coverage
      project {
        id
        code
        name
      }
      position {
        id
        name
      }
    }
  }
`);

export const PositionRowFragment = graphql(`
  fragment PositionRow on Position {
    id
    name
    code
    archivedAt
    version
  }
`);

export const PositionsQuery = graphql(`
  query TrainingPositions($includeArchived: Boolean!) {
    positions(includeArchived: $includeArchived) {
      ...PositionRow
    }
  }
`);

export const CreatePositionMutation = graphql(`
  mutation CreatePosition($input: PositionInput!) {
    createPosition(input: $input) {
      ...PositionRow
    }
  }
`);

export const UpdatePositionMutation = graphql(`
  mutation UpdatePosition($id: ID!, $input: PositionInput!, $expectedVersion: Int) {
    updatePosition(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...PositionRow
    }
  }
`);

export const ArchivePositionMutation = graphql(`
  mutation ArchivePosition($id: ID!) {
    archivePosition(id: $id) {
      ...PositionRow
    }
  }
`);

export const UpdateEmployeeMutation = graphql(`
  mutation UpdateEmployee($id: ID!, $input: EmployeeInput!, $expectedVersion: Int) {
    updateEmployee(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...EmployeeRow
    }
  }
`);

export const EmployeeFindingsQuery = graphql(`
  query EmployeeFindings($employeeId: ID!, $first: Int, $after: String) {
    employeeFindings(employeeId: $employeeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        localDate
        note
        pointsLost
        inspection {
          id
        }
        project {
          id
          code
          name
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
