import { Brackets, DepartmentMember, Membership, User, type TenantDb } from '@pinzhi/db';
import { scopeOf, type Role } from '@pinzhi/domain';
import type { Recipients } from '@pinzhi/api-core';

/**
 * Resolves recipient rules of many events at once: at most two statements whatever the number
 * of events (department members, then the active memberships of the named people and of the
 * role holders, joined to active users). Returns, per event, the user ids.
 */
export async function resolveRecipients(db: TenantDb, rulesPerEvent: ReadonlyArray<readonly Recipients[]>): Promise<Set<string>[]> {
  const users = new Set<string>();
  const roles = new Set<Role>();
  const departments = new Set<string>();
  for (const rules of rulesPerEvent)
    for (const rule of rules) {
      if ('users' in rule) rule.users.forEach((u) => u && users.add(u));
      else if ('roles' in rule) rule.roles.forEach((r) => roles.add(r));
      else rule.departments.forEach((d) => departments.add(d));
    }
  const membersOf = new Map<string, Set<string>>();
  if (departments.size) {
    const rows = await db
      .repo(DepartmentMember)
      .query('dm')
      .andWhere('dm.departmentId IN (:...departments)', { departments: [...departments] })
      .getMany();
    for (const r of rows) {
      if (!membersOf.has(r.departmentId)) membersOf.set(r.departmentId, new Set());
      membersOf.get(r.departmentId)!.add(r.userId);
      users.add(r.userId);
    }
  }
  if (users.size === 0 && roles.size === 0) return rulesPerEvent.map(() => new Set());
  const memberships = await db
    .repo(Membership)
    .query('m')
    .innerJoin(User, 'u', 'u.id = m.userId AND u.active = :userActive', { userActive: true })
    .andWhere('m.active = :active', { active: true })
    .andWhere(
      new Brackets((w) => {
        const byName = ['m.userId IN (:...named)', { named: [...users] }] as const;
        const byRole = ['m.role IN (:...roles)', { roles: [...roles] }] as const;
        if (users.size && roles.size) w.where(...byName).orWhere(...byRole);
        else if (users.size) w.where(...byName);
        else w.where(...byRole);
      }),
    )
    .getMany();
  const active = new Map(memberships.map((m) => [m.userId, m]));
  return rulesPerEvent.map((rules) => {
    const out = new Set<string>();
    for (const rule of rules) {
      if ('users' in rule) rule.users.forEach((u) => u && active.has(u) && out.add(u));
      else if ('departments' in rule) rule.departments.forEach((d) => membersOf.get(d)?.forEach((u) => active.has(u) && out.add(u)));
      else
        for (const m of memberships) {
          if (!rule.roles.includes(m.role)) continue;
          if (!placeInScope(m, rule)) continue;
          out.add(m.userId);
        }
    }
    return out;
  });
}

/** Whether a rule's place (project and/or region) is within a member's data scope (the same policy as every read). */
function placeInScope(
  m: Pick<Membership, 'role' | 'regionIds' | 'projectIds'>,
  rule: { regionId?: string | null; projectId?: string | null },
) {
  if (!rule.regionId && !rule.projectId) return true;
  const scope = scopeOf(m.role, m.regionIds ?? [], m.projectIds ?? []);
  if (scope.kind === 'COMPANY') return true;
  if (scope.kind === 'REGIONS') return !!rule.regionId && scope.regionIds.includes(rule.regionId);
  return !!rule.projectId && scope.projectIds.includes(rule.projectId);
}
