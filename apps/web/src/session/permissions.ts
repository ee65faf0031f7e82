// Who may do what in the client. The server enforces the same; the client only hides what a
// role may not do.
import { AD_HOC_INSPECTORS, INSPECTION_PLANNERS, PORTFOLIO_EDITORS, RECTIFICATION_VERIFIERS, ROLES, type Role } from '@pinzhi/domain';

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
  | 'rectifications.verify';

/** The Quality Center and tenant admins write standards and handbooks (the API's HANDBOOK_EDITORS). */
export const HANDBOOK_EDITORS: readonly Role[] = ['QUALITY_CENTER', 'TENANT_ADMIN'];

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
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && PERMISSIONS[permission].includes(role);
}
