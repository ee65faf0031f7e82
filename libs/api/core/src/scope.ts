import { Brackets, type SelectQueryBuilder } from '@pinzhi/db';
import { scopeIncludesProject, scopeOf, type DataScope } from '@pinzhi/domain';
import type { AuthInfo } from './context';

/**
 * Data scope, the one mechanism (ARCHITECTURE invariant 9): inside the tenant a caller sees
 * the whole company, a set of regions or a set of projects, as the role's policy
 * (`ROLE_SCOPES` in libs/domain) and the membership decide. Every list, detail, calendar,
 * export, figure, notification and to-do limits rows through the functions here — a row
 * outside the scope is NOT_FOUND, never FORBIDDEN.
 */
export function dataScope(user: Pick<AuthInfo, 'role' | 'regionIds' | 'projectIds'>): DataScope {
  return scopeOf(user.role, user.regionIds ?? [], user.projectIds ?? []);
}

/** Whether the caller sees the whole company (no region or project limit). */
export function seesWholeCompany(user: AuthInfo): boolean {
  return dataScope(user).kind === 'COMPANY';
}

/** Whether the caller's scope includes a project (its id and region). */
export function canSeeProject(user: AuthInfo, project: { id: string; regionId: string }): boolean {
  return scopeIncludesProject(dataScope(user), project);
}

/**
 * The projects a caller is limited to, or null when the scope is not a project scope.
 * (With a region scope use `scopeCondition`.)
 */
export function visibleProjectIds(user: AuthInfo): readonly string[] | null {
  const s = dataScope(user);
  return s.kind === 'PROJECTS' ? s.projectIds : null;
}

/** The columns a row is placed by: its project's id and (when it has one) its region's id. */
export interface ScopeColumns {
  /** e.g. `p.id` or `i.projectId`; a row without a project (null) is outside any project scope. */
  project?: string;
  /** e.g. `p.regionId`; needed for a region scope (without it a region-scoped caller sees nothing). */
  region?: string;
}

let counter = 0;
/**
 * The SQL condition (with its parameters) that keeps a caller's rows, or null when the caller
 * sees the whole company.
 */
export function scopeCondition(user: AuthInfo, cols: ScopeColumns): { sql: string; params: Record<string, unknown> } | null {
  const s = dataScope(user);
  if (s.kind === 'COMPANY') return null;
  const key = `scope${++counter % 1_000_000}`;
  const ids = s.kind === 'REGIONS' ? s.regionIds : s.projectIds;
  const column = s.kind === 'REGIONS' ? cols.region : cols.project;
  if (!column || ids.length === 0) return { sql: '1 = 0', params: {} };
  return { sql: `${column} IN (:...${key})`, params: { [key]: [...ids] } };
}

/** Limits a query to the caller's scope (`cols` name the row's project and region columns). */
export function limitToScope<T extends object>(qb: SelectQueryBuilder<T>, user: AuthInfo, cols: ScopeColumns): SelectQueryBuilder<T> {
  const c = scopeCondition(user, cols);
  if (c) qb.andWhere(new Brackets((w) => w.where(c.sql, c.params)));
  return qb;
}

/** Keeps the items whose project the caller sees (for lists already in memory). */
export function inScope<T>(
  user: AuthInfo,
  items: readonly T[],
  projectOf: (item: T) => { id: string; regionId: string } | null | undefined,
): T[] {
  const s = dataScope(user);
  if (s.kind === 'COMPANY') return [...items];
  return items.filter((i) => {
    const p = projectOf(i);
    return !!p && scopeIncludesProject(s, p);
  });
}

/**
 * Region-only view of the scope, for code that filters by region: the caller's regions, null
 * for the whole company — and no region at all for a project scope (such callers see nothing
 * through a region-only filter; use `scopeCondition` with the project column instead).
 */
export function regionLimit(user: AuthInfo): string[] | null {
  const s = dataScope(user);
  if (s.kind === 'COMPANY') return null;
  return s.kind === 'REGIONS' ? [...s.regionIds] : [];
}

/** Whether the caller sees a whole region (always false for a project scope). */
export function canSeeRegion(user: AuthInfo, regionId: string): boolean {
  const limit = regionLimit(user);
  return limit === null || limit.includes(regionId);
}
