import { REGION_SCOPED_ROLES } from '@pinzhi/domain';
import type { AuthInfo } from '@pinzhi/api-core';

/** The regions a caller is limited to, or null when they see the whole tenant. */
export function regionLimit(user: AuthInfo): string[] | null {
  return REGION_SCOPED_ROLES.includes(user.role) ? user.regionIds : null;
}

export function canSeeRegion(user: AuthInfo, regionId: string): boolean {
  const limit = regionLimit(user);
  return limit === null || limit.includes(regionId);
}
