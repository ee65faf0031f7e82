// Where a record is shown in the web client: the audit trail's and the global search's links.
// The API says which page and with which key (`page`, `pageId`); the client builds the path
// here, so both agree on one table.

export const RECORD_PAGES = {
  Project: '/projects/:id',
  ProjectCosts: '/costs/:id',
  Property: '/properties/:id/edit',
  Regions: '/regions',
  Members: '/settings/members?q=:id',
  Standards: '/standards?q=:id',
  Handbook: '/handbooks/:id',
  InspectionTemplate: '/inspection-templates/:id',
  Inspection: '/inspections/:id',
  Rectification: '/rectifications/:id',
  Feedback: '/feedback?open=:id&state=all',
  Holidays: '/settings/holidays',
  Regulation: '/regulations/:id',
  Complaint: '/complaints/:id',
  Positions: '/training/positions',
  Employee: '/training/employees/:id',
  Courses: '/training/courses',
  TrainingPlan: '/training/plans/:id',
  TrainingSession: '/training/sessions/:id',
  Departments: '/onboarding/departments',
  OnboardingTemplates: '/onboarding/templates',
  Onboarding: '/onboarding/:id',
  Questionnaires: '/surveys/questionnaires',
  SurveyRound: '/surveys/:id',
  ProjectPatrols: '/projects/:id?tab=patrols',
  PatrolRoute: '/patrols/routes/:id',
} as const;

export type RecordPage = keyof typeof RECORD_PAGES;

export function isRecordPage(page: string): page is RecordPage {
  return Object.prototype.hasOwnProperty.call(RECORD_PAGES, page);
}

/** The client path of a record's page (`pageId` fills `:id`, URL-encoded). */
export function recordPath(page: RecordPage, pageId: string | null | undefined): string {
  const template: string = RECORD_PAGES[page];
  return template.includes(':id') ? template.replace(':id', encodeURIComponent(pageId ?? '')) : template;
}

/** What the header's global search finds, in the order its groups are shown. */
export const SEARCH_KINDS = [
  'PROJECT',
  'EMPLOYEE',
  'MEMBER',
  'INSPECTION',
  'RECTIFICATION',
  'COMPLAINT',
  'HANDBOOK',
  'CHECKLIST',
  'REGULATION',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Limits of the global search: per-kind results and the text length (RULES.searchText.max). */
export const SEARCH_RULES = { defaultPerKind: 5, maxPerKind: 10 } as const;
