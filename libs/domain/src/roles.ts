/** Roles a membership can hold inside one tenant. */
/** MARKETING_CS = 市场客服中心 (Marketing & Customer Service): the feedback inbox; reads the rest like VIEWER. */
/** GENERAL_MANAGER = 总经理: reads the whole company and signs off approvals (审批). */
/** PROJECT_MANAGER = 项目经理 (his projects' self-checks, owns their rectifications); PROJECT_STAFF = 项目员工 (inspections and patrols of their projects). */
export const ROLES = [
  'TENANT_ADMIN',
  'QUALITY_CENTER',
  'HR',
  'REGIONAL_OPS',
  'INSPECTOR',
  'VIEWER',
  'MARKETING_CS',
  'PROJECT_MANAGER',
  'PROJECT_STAFF',
  'GENERAL_MANAGER',
] as const;
export type Role = (typeof ROLES)[number];

/** Each role's name as the web shows it (also what the member import accepts besides the enum name). */
export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  TENANT_ADMIN: { zh: '公司管理员', en: 'Company admin' },
  QUALITY_CENTER: { zh: '品质中心', en: 'Quality Center' },
  HR: { zh: '人力资源中心', en: 'HR Center' },
  REGIONAL_OPS: { zh: '区域运营', en: 'Regional operations' },
  INSPECTOR: { zh: '品质检查员', en: 'Inspector' },
  VIEWER: { zh: '只读用户', en: 'Viewer' },
  MARKETING_CS: { zh: '市场客服中心', en: 'Marketing & Customer Service' },
  PROJECT_MANAGER: { zh: '项目经理', en: 'Project manager' },
  PROJECT_STAFF: { zh: '项目员工', en: 'Project staff' },
  GENERAL_MANAGER: { zh: '总经理', en: 'General manager' },
};

/** A role by its enum name (any case) or its Chinese or English label; null when unknown. */
export function roleOf(text: string): Role | null {
  const t = text.trim();
  if (!t) return null;
  const upper = t.toUpperCase();
  return ROLES.find((r) => r === upper || ROLE_LABELS[r].zh === t || ROLE_LABELS[r].en.toLowerCase() === t.toLowerCase()) ?? null;
}

/**
 * Roles that are always limited to regions (their membership must list at least one). Which
 * roles may hold which scope is the policy `ROLE_SCOPES` in scope.ts.
 */
export const REGION_SCOPED_ROLES: readonly Role[] = ['REGIONAL_OPS'];

/** Who may create, edit or archive portfolio records (regions, properties, projects). */
export const PORTFOLIO_EDITORS: readonly Role[] = ['TENANT_ADMIN', 'REGIONAL_OPS'];

/** Who writes inspection templates and plans inspections (frequencies, defaults, holidays). */
export const INSPECTION_PLANNERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER'];

/** Who performs inspections that are not from a plan (ad-hoc); REGIONAL_OPS within their regions. */
export const AD_HOC_INSPECTORS: readonly Role[] = [
  'TENANT_ADMIN',
  'QUALITY_CENTER',
  'REGIONAL_OPS',
  'INSPECTOR',
  'PROJECT_MANAGER',
  'PROJECT_STAFF',
];

/**
 * Who verifies or rejects a submitted rectification (整改验证); REGIONAL_OPS within their
 * regions. Never the user who submitted it, whatever their role.
 */
export const RECTIFICATION_VERIFIERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS'];

/** Who assigns or reassigns a rectification's owner (with a reason, kept in its history). */
export const RECTIFICATION_ASSIGNERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER'];

/** Who edits the company settings (默认整改负责人, early starts). */
export const COMPANY_SETTINGS_EDITORS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER'];

/** Who opens rectifications from failed items (besides the inspector who found it). */
export const RECTIFICATION_MANAGERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS', 'PROJECT_MANAGER'];

/** Who reads the customer-feedback inbox (客户反馈); REGIONAL_OPS within their regions. */
export const FEEDBACK_READERS: readonly Role[] = ['MARKETING_CS', 'TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS'];

/** Who marks customer feedback handled. */
export const FEEDBACK_HANDLERS: readonly Role[] = ['MARKETING_CS', 'TENANT_ADMIN'];

/** Who manages positions, employees, training plans and sessions (岗位培训): HR and admins. */
export const TRAINING_MANAGERS: readonly Role[] = ['TENANT_ADMIN', 'HR'];

/**
 * Who writes courseware (courses built from the handbooks): HR, who owns the training plans,
 * creates the courses they need; the Quality Center supplies the content (handbook sections,
 * standards, attachments) and the trainers.
 */
export const COURSE_EDITORS: readonly Role[] = ['TENANT_ADMIN', 'HR', 'QUALITY_CENTER'];

/** Who may teach a training session (the trainer picker and the API check): admins, the Quality Center and HR. */
export const TRAINERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER', 'HR'];

/** Who reads employees, training records, requirements and coverage; REGIONAL_OPS within their regions. */
export const TRAINING_READERS: readonly Role[] = ['TENANT_ADMIN', 'HR', 'QUALITY_CENTER', 'REGIONAL_OPS', 'VIEWER', 'PROJECT_MANAGER'];

/** Who edits approval flows (审批流程). */
export const APPROVAL_FLOW_EDITORS: readonly Role[] = ['TENANT_ADMIN'];

/** Who reads every approval request within their data scope (besides requesters and approvers, who see their own). */
export const APPROVAL_READERS: readonly Role[] = ['TENANT_ADMIN', 'GENERAL_MANAGER'];
