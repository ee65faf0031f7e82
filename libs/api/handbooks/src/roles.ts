import type { Role } from '@pinzhi/domain';
import { ForbiddenError, type AuthInfo } from '@pinzhi/api-core';

/** The Quality Center and tenant admins write standards and handbooks; everyone reads. */
export const HANDBOOK_EDITORS: Role[] = ['QUALITY_CENTER', 'TENANT_ADMIN'];

export function canEditHandbooks(user: AuthInfo): boolean {
  return HANDBOOK_EDITORS.includes(user.role);
}

export function requireEditor(user: AuthInfo): void {
  if (!canEditHandbooks(user)) throw new ForbiddenError('Only the Quality Center or a tenant admin may change handbooks');
}
