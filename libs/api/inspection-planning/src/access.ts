import { Brackets, type SelectQueryBuilder } from '@pinzhi/db';
import { limitToScope } from '@pinzhi/api-core';
import type { AssigneeRole, Role } from '@pinzhi/domain';
import type { AuthInfo } from '@pinzhi/api-core';

/** The assignee role a tenant role takes work for ("assigned to all inspectors"). */
export function assigneeRoleOf(role: Role): AssigneeRole | null {
  if (role === 'PROJECT_MANAGER') return 'PROJECT_MANAGER'; // within his projects (the data scope)
  return role === 'INSPECTOR' || role === 'QUALITY_CENTER' || role === 'REGIONAL_OPS' ? role : null;
}

/**
 * Who sees which occurrences: regional operations their regions; inspectors only what is
 * assigned to them by name or to inspectors as a role; everyone else the whole tenant.
 */
export function limitOccurrences<T extends object>(qb: SelectQueryBuilder<T>, alias: string, user: AuthInfo): void {
  limitToScope(qb, user, { project: `${alias}.projectId`, region: `${alias}.regionId` });
  if (user.role === 'INSPECTOR') mineOnly(qb, alias, user);
}

/**
 * Who sees which frequencies (`f`, joined to its project as `p`): regional operations their
 * regions; inspectors what is theirs by name, by the inspector role, or as the project's manager.
 */
export function limitFrequencies<T extends object>(qb: SelectQueryBuilder<T>, f: string, p: string, user: AuthInfo): void {
  limitToScope(qb, user, { project: `${p}.id`, region: `${p}.regionId` });
  if (user.role !== 'INSPECTOR') return;
  qb.andWhere(
    new Brackets((w) =>
      w
        .where(`${f}.assigneeUserId = :me`, { me: user.userId })
        .orWhere(`${f}.assigneeRole = 'INSPECTOR'`)
        .orWhere(`(${f}.assigneeRole = 'PROJECT_MANAGER' AND ${p}.managerUserId = :me)`),
    ),
  );
}

/** Assigned to the user by name, or unassigned by name and assigned to the user's role. */
export function mineOnly<T extends object>(qb: SelectQueryBuilder<T>, alias: string, user: AuthInfo): void {
  const role = assigneeRoleOf(user.role);
  qb.andWhere(
    new Brackets((w) => {
      w.where(`${alias}.assigneeUserId = :me`, { me: user.userId });
      if (role) w.orWhere(`(${alias}.assigneeUserId IS NULL AND ${alias}.assigneeRole = :myRole)`, { myRole: role });
    }),
  );
}

/** SQL conditions for each state at `:now` (bind `now`). */
export const STATE_SQL = (a: string) => ({
  SCHEDULED: `${a}.completedAt IS NULL AND ${a}.dueAt > :now`,
  DUE: `${a}.completedAt IS NULL AND ${a}.dueAt <= :now AND ${a}.windowEndsAt > :now`,
  OVERDUE: `${a}.completedAt IS NULL AND ${a}.windowEndsAt <= :now AND ${a}.allowLate = :yes`,
  MISSED: `${a}.completedAt IS NULL AND ${a}.windowEndsAt <= :now AND ${a}.allowLate = :no`,
  COMPLETED: `${a}.completedAt IS NOT NULL AND ${a}.completedAt <= ${a}.windowEndsAt`,
  LATE: `${a}.completedAt IS NOT NULL AND ${a}.completedAt > ${a}.windowEndsAt`,
});
