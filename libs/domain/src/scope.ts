import type { Role } from './roles';

/**
 * Data scope (数据范围): what part of the company a membership sees. The tenant is always the
 * outer limit; inside it a membership sees the whole company, a set of regions, or a set of
 * projects. One mechanism in the API (libs/api/core scope.ts) enforces it for every list,
 * detail, calendar, export, figure, notification and to-do.
 */
export const SCOPE_KINDS = ['COMPANY', 'REGIONS', 'PROJECTS'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/**
 * The policy as data: which scope kinds each role may hold, the first being the default.
 * A role without COMPANY is always limited (with no region or project it sees nothing).
 */
export const ROLE_SCOPES: Record<Role, readonly ScopeKind[]> = {
  TENANT_ADMIN: ['COMPANY'],
  QUALITY_CENTER: ['COMPANY'],
  HR: ['COMPANY'],
  MARKETING_CS: ['COMPANY'],
  REGIONAL_OPS: ['REGIONS'],
  INSPECTOR: ['COMPANY', 'REGIONS', 'PROJECTS'],
  VIEWER: ['COMPANY', 'REGIONS', 'PROJECTS'],
  PROJECT_MANAGER: ['PROJECTS'],
  PROJECT_STAFF: ['PROJECTS'],
  GENERAL_MANAGER: ['COMPANY'],
};

/** A membership's scope, resolved from its role and the regions / projects it lists. */
export type DataScope =
  { kind: 'COMPANY' } | { kind: 'REGIONS'; regionIds: readonly string[] } | { kind: 'PROJECTS'; projectIds: readonly string[] };

/**
 * The scope a role holds with these regions and projects: projects when the role may be
 * project-scoped and lists some, else regions likewise, else the company when the role may
 * see it, else the role's own kind with nothing in it (sees nothing).
 */
export function scopeOf(role: Role, regionIds: readonly string[], projectIds: readonly string[]): DataScope {
  const kinds = ROLE_SCOPES[role] ?? [];
  if (kinds.includes('PROJECTS') && projectIds.length) return { kind: 'PROJECTS', projectIds };
  if (kinds.includes('REGIONS') && regionIds.length) return { kind: 'REGIONS', regionIds };
  if (kinds.includes('COMPANY')) return { kind: 'COMPANY' };
  return kinds[0] === 'REGIONS' ? { kind: 'REGIONS', regionIds: [] } : { kind: 'PROJECTS', projectIds: [] };
}

/** Whether a role may hold a scope kind (the member forms and the import check this). */
export function roleAllowsScope(role: Role, kind: ScopeKind): boolean {
  return (ROLE_SCOPES[role] ?? []).includes(kind);
}

/** Whether a role must be limited (it has no company-wide scope). */
export function roleNeedsScope(role: Role): boolean {
  return !roleAllowsScope(role, 'COMPANY');
}

/** Whether a scope lets its holder see a project (by the project's id and region). */
export function scopeIncludesProject(scope: DataScope, project: { id: string; regionId: string }): boolean {
  if (scope.kind === 'COMPANY') return true;
  if (scope.kind === 'REGIONS') return scope.regionIds.includes(project.regionId);
  return scope.projectIds.includes(project.id);
}
