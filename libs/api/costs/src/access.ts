import { COST_EDITORS, COST_READERS, COST_REVIEWERS } from '@pinzhi/domain';
import { ForbiddenError, NotFoundError, type AuthInfo, type RequestContext } from '@pinzhi/api-core';
import { canSeeProject } from '@pinzhi/api-core';
import { Project, type TenantDb } from '@pinzhi/db';

export function requireReader(u: AuthInfo): void {
  if (!COST_READERS.includes(u.role)) throw new ForbiddenError('Your role cannot read operating costs');
}
export function requireEditor(u: AuthInfo): void {
  if (!COST_EDITORS.includes(u.role)) throw new ForbiddenError('Only regional operations or a tenant admin may enter operating costs');
}
export function requireReviewer(u: AuthInfo): void {
  if (!COST_REVIEWERS.includes(u.role)) throw new ForbiddenError('Only the Quality Center or a tenant admin may review operating costs');
}

/** A project the caller may see (REGIONAL_OPS: their regions; otherwise NOT_FOUND). */
export async function visibleProject(ctx: RequestContext, projectId: string, db: TenantDb = ctx.db): Promise<Project> {
  const p = await db.repo(Project).getById(projectId);
  if (!canSeeProject(ctx.user, p)) throw new NotFoundError('Project', projectId);
  return p;
}
