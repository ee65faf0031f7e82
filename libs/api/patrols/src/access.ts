// Who may do what with patrols — in one place, so later roles (issue 20: project staff and
// managers) are added here and nowhere else.
import { Project, type InspectionOccurrence, type TenantDb } from '@pinzhi/db';
import { ForbiddenError, NotFoundError, canSeeProject, type AuthInfo, type RequestContext } from '@pinzhi/api-core';
import { mayCompleteOccurrence } from '@pinzhi/api-inspection-planning';
import { PATROL_MANAGERS, PATROL_REPORT_READERS, PATROLLERS } from '@pinzhi/domain';

/** Sets up points, routes and schedules: PATROL_MANAGERS, regional operations in their regions. */
export function requirePatrolManager(user: AuthInfo): void {
  if (!PATROL_MANAGERS.includes(user.role))
    throw new ForbiddenError('Only the Quality Center, regional operations or an admin set up patrols');
}

export function isPatrolManager(user: AuthInfo): boolean {
  return PATROL_MANAGERS.includes(user.role);
}

export function requireReportReader(user: AuthInfo): void {
  if (!PATROL_REPORT_READERS.includes(user.role)) throw new ForbiddenError('Your role does not read patrol reports');
}

/**
 * May the caller walk a route: a planned run, whoever may complete its occurrence (assignee,
 * holders of its assignee role, planners); an unscheduled run, PATROLLERS.
 */
export function mayRunPatrol(user: AuthInfo, occurrence: InspectionOccurrence | null): boolean {
  return occurrence ? mayCompleteOccurrence(user, occurrence) : PATROLLERS.includes(user.role);
}

/** A project in the caller's data scope (its regions or projects); otherwise NOT_FOUND. */
export async function visibleProject(ctx: RequestContext, projectId: string, db: TenantDb = ctx.db): Promise<Project> {
  const p = await db.repo(Project).getById(projectId);
  if (!canSeeProject(ctx.user, p)) throw new NotFoundError('Project', projectId);
  return p;
}

/** A row of a project in the caller's data scope; else NOT_FOUND with the row's kind. */
export function assertVisible(ctx: RequestContext, row: { projectId: string; regionId: string }, kind: string, id: string): void {
  if (!canSeeProject(ctx.user, { id: row.projectId, regionId: row.regionId })) throw new NotFoundError(kind, id);
}
