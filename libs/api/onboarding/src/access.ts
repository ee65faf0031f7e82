import { DepartmentMember, type TenantDb } from '@pinzhi/db';
import { ForbiddenError, type AuthInfo, type RequestContext } from '@pinzhi/api-core';
import { DEFAULT_TIME_ZONE, DEPARTMENT_MANAGERS, ONBOARDING_MANAGERS, localDateIn } from '@pinzhi/domain';

/** Onboarding dates (start, due, "today") are calendar dates in the project's zone, Asia/Shanghai in practice. */
export const today = (ctx: RequestContext) => localDateIn(ctx.now(), DEFAULT_TIME_ZONE);

export const isManager = (u: AuthInfo) => ONBOARDING_MANAGERS.includes(u.role);

export function requireManager(u: AuthInfo): void {
  if (!isManager(u)) throw new ForbiddenError('Only regional operations or a tenant admin may run onboarding');
}

export function requireDepartmentManager(u: AuthInfo): void {
  if (!DEPARTMENT_MANAGERS.includes(u.role)) throw new ForbiddenError('Only a tenant admin may manage departments and duties');
}

/** The departments the caller belongs to (once per request). */
export async function myDepartmentIds(ctx: RequestContext, db: TenantDb = ctx.db): Promise<string[]> {
  if (db !== ctx.db) return (await db.repo(DepartmentMember).find({ where: { userId: ctx.user.userId } })).map((m) => m.departmentId);
  return ctx.loaders
    .custom<string, string[]>('myDepartments', async (d, keys) => {
      const rows = await d
        .repo(DepartmentMember)
        .query('m')
        .andWhere('m.userId IN (:...keys)', { keys: [...keys] })
        .getMany();
      return keys.map((k) => rows.filter((r) => r.userId === k).map((r) => r.departmentId));
    })
    .load(ctx.user.userId);
}
