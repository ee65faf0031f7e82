// Who may do what in the client. The server enforces the same; the client only hides what a
// role may not do.
import {
  AD_HOC_INSPECTORS,
  EVALUATION_READERS,
  FEEDBACK_HANDLERS,
  FEEDBACK_READERS,
  INSPECTION_PLANNERS,
  PORTFOLIO_EDITORS,
  RECTIFICATION_ASSIGNERS,
  RECTIFICATION_MANAGERS,
  RECTIFICATION_VERIFIERS,
  COMPANY_SETTINGS_EDITORS,
  ROLES,
  COURSE_EDITORS,
  TRAINING_MANAGERS,
  TRAINING_READERS,
  FINDINGS_READERS,
  REGULATION_WRITERS,
  COMPLAINT_READERS,
  COMPLAINT_RUNNERS,
  COMPLAINT_ESCALATION_READERS,
  ONBOARDING_MANAGERS,
  GATE_OVERRIDERS,
  DEPARTMENT_MANAGERS,
  type Role,
} from '@pinzhi/domain';

export type Permission =
  | 'portfolio.read'
  | 'portfolio.edit'
  | 'regions.edit'
  | 'members.manage'
  | 'audit.read'
  | 'handbooks.edit'
  /** Inspection templates, frequencies, defaults, holiday lists (the API's INSPECTION_PLANNERS). */
  | 'inspections.plan'
  /** Perform inspections (ad hoc; planned ones also need to be assigned): the API's AD_HOC_INSPECTORS. */
  | 'inspections.perform'
  /** Verify or send back rectifications (never one's own submission): RECTIFICATION_VERIFIERS. */
  | 'rectifications.verify'
  /** Open a rectification for a failed item after submission (the inspector who found it may too). */
  | 'rectifications.open'
  /** Assign or reassign a rectification's owner, with a reason (RECTIFICATION_ASSIGNERS). */
  | 'rectifications.assign'
  /** 公司设置: the rectification fallback owner, early starts (COMPANY_SETTINGS_EDITORS). */
  | 'settings.company'
  /** Read evaluation & ranking and the daily summary (not inspectors). */
  | 'evaluation.read'
  /** Read the customer-feedback inbox (REGIONAL_OPS: their regions). */
  | 'feedback.read'
  /** Mark feedback handled. */
  | 'feedback.handle'
  /** Read employees, training records, plans, sessions and coverage (the API's TRAINING_READERS). */
  | 'training.read'
  /** 扣分到人: an employee's findings and a project's table (the API's FINDINGS_READERS). */
  | 'findings.read'
  /** Positions, employees, plans, sessions, enrolment (HR, admins). */
  | 'training.manage'
  /** Courseware (HR, the Quality Center, admins). */
  | 'courses.edit'
  /** Write and publish QC regulations, see who acknowledged them (REGULATION_WRITERS). */
  | 'regulations.write'
  /** Read major complaints (COMPLAINT_READERS; REGIONAL_OPS: their regions). */
  | 'complaints.read'
  /** Register and run cases: discussions, actions, start, resolve (COMPLAINT_RUNNERS). */
  | 'complaints.run'
  /** The escalated (overdue) list of the whole company. */
  | 'complaints.escalated'
  /** Start and advance onboarding, edit its templates (REGIONAL_OPS: their regions). */
  | 'onboarding.manage'
  /** Pass a closed stage gate with a reason. */
  | 'onboarding.override'
  /** Departments, their members and the duty matrix. */
  | 'departments.manage';

/** The Quality Center and tenant admins write standards and handbooks (the API's HANDBOOK_EDITORS). */
export const HANDBOOK_EDITORS: readonly Role[] = ['QUALITY_CENTER', 'TENANT_ADMIN'];

/** Everyone but inspectors reads the evaluation and the daily summary (MARKETING_CS like a viewer). */
export const EVALUATION_VIEWERS: readonly Role[] = EVALUATION_READERS;
export { FEEDBACK_HANDLERS, FEEDBACK_READERS };

export const PERMISSIONS: Record<Permission, readonly Role[]> = {
  'portfolio.read': ROLES,
  'portfolio.edit': PORTFOLIO_EDITORS,
  'regions.edit': ['TENANT_ADMIN'],
  'members.manage': ['TENANT_ADMIN'],
  'audit.read': ['TENANT_ADMIN'],
  'handbooks.edit': HANDBOOK_EDITORS,
  'inspections.plan': INSPECTION_PLANNERS,
  'inspections.perform': AD_HOC_INSPECTORS,
  'rectifications.verify': RECTIFICATION_VERIFIERS,
  'rectifications.open': RECTIFICATION_MANAGERS,
  'rectifications.assign': RECTIFICATION_ASSIGNERS,
  'settings.company': COMPANY_SETTINGS_EDITORS,
  'evaluation.read': EVALUATION_VIEWERS,
  'feedback.read': FEEDBACK_READERS,
  'feedback.handle': FEEDBACK_HANDLERS,
  'training.read': TRAINING_READERS,
  'findings.read': FINDINGS_READERS,
  'training.manage': TRAINING_MANAGERS,
  'courses.edit': COURSE_EDITORS,
  'regulations.write': REGULATION_WRITERS,
  'complaints.read': COMPLAINT_READERS,
  'complaints.run': COMPLAINT_RUNNERS,
  'complaints.escalated': COMPLAINT_ESCALATION_READERS,
  'onboarding.manage': ONBOARDING_MANAGERS,
  'onboarding.override': GATE_OVERRIDERS,
  'departments.manage': DEPARTMENT_MANAGERS,
};

export { COMPLAINT_READERS };

export { TRAINING_READERS };

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && PERMISSIONS[permission].includes(role);
}
