// Who may do what in the client. The server enforces the same; the client only hides what a
// role may not do.
import { PORTFOLIO_EDITORS, ROLES, type Role } from '@pinzhi/domain';

export type Permission =
  | 'portfolio.read'
  | 'portfolio.edit'
  | 'regions.edit'
  | 'members.manage'
  | 'audit.read'
  | 'handbooks.edit';

/** The Quality Center and tenant admins write standards and handbooks (the API's HANDBOOK_EDITORS). */
export const HANDBOOK_EDITORS: readonly Role[] = ['QUALITY_CENTER', 'TENANT_ADMIN'];

export const PERMISSIONS: Record<Permission, readonly Role[]> = {
  'portfolio.read': ROLES,
  'portfolio.edit': PORTFOLIO_EDITORS,
  'regions.edit': ['TENANT_ADMIN'],
  'members.manage': ['TENANT_ADMIN'],
  'audit.read': ['TENANT_ADMIN'],
  'handbooks.edit': HANDBOOK_EDITORS,
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && PERMISSIONS[permission].includes(role);
}
