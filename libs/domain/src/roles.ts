/** Roles a membership can hold inside one tenant. */
export const ROLES = ['TENANT_ADMIN', 'QUALITY_CENTER', 'HR', 'REGIONAL_OPS', 'INSPECTOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles whose project access is limited to the regions on their membership. */
export const REGION_SCOPED_ROLES: readonly Role[] = ['REGIONAL_OPS'];

/** Who may create, edit or archive portfolio records (regions, properties, projects). */
export const PORTFOLIO_EDITORS: readonly Role[] = ['TENANT_ADMIN', 'REGIONAL_OPS'];

/** Who writes inspection templates and plans inspections (frequencies, defaults, holidays). */
export const INSPECTION_PLANNERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER'];
