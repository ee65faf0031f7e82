import {
  Brackets,
  Course,
  Employee,
  InspectionItemResult,
  Project,
  TrainingEnrolment,
  TrainingPlan,
  TrainingPlanItem,
  TrainingRequirement,
  TrainingSession,
  TrainingSessionCourse,
  type EntityClass,
  type RowPatch,
  type SelectQueryBuilder,
  type TenantDb,
  type TenantRow,
} from '@pinzhi/db';
import {
  addDays,
  diffHandbooks,
  expiryDate,
  localDateIn,
  mergeDemands,
  passed,
  planRequirementsApply,
  RETRAINING_DUE_DAYS,
  EXPIRING_SOON_DAYS,
  FINDINGS_RETRAINING_DUE_DAYS,
  FINDINGS_RETRAINING_THRESHOLD,
  findingsCallForRetraining,
  type HandbookDoc,
  type RequirementStatus,
} from '@pinzhi/domain';
import { loadDocs, type HandbookPublishedListener } from '@pinzhi/api-handbooks';
import { TRAINING_TIME_ZONE } from './access';

/** The status rules of `requirementStatus` as SQL over alias `r` (parameters :asOf and :soon). */
export const STATUS_SQL: Record<RequirementStatus, string> = {
  REQUIRED: 'r.completedOn IS NULL AND r.requiredBy >= :asOf',
  OVERDUE: 'r.completedOn IS NULL AND r.requiredBy < :asOf',
  COMPLETED: 'r.completedOn IS NOT NULL AND (r.expiresOn IS NULL OR r.expiresOn > :soon)',
  EXPIRING_SOON: 'r.completedOn IS NOT NULL AND r.expiresOn > :asOf AND r.expiresOn <= :soon',
  EXPIRED: 'r.completedOn IS NOT NULL AND r.expiresOn <= :asOf',
};
export const statusParams = (asOf: string) => ({ asOf, soon: addDays(asOf, EXPIRING_SOON_DAYS) });

export function whereStatus<T extends object>(qb: SelectQueryBuilder<T>, status: RequirementStatus, asOf: string): void {
  qb.andWhere(new Brackets((w) => w.where(STATUS_SQL[status], statusParams(asOf))));
}

/**
 * Applies per-row patches with one UPDATE per distinct patch (rows that get the same values
 * share a statement): a sheet where most attended and passed, or a plan change that moves
 * every employee's due date, is a handful of statements instead of one per row.
 */
export async function updateGrouped<T extends TenantRow>(
  db: TenantDb,
  entity: EntityClass<T>,
  rows: ReadonlyArray<{ id: string; patch: RowPatch<T> }>,
): Promise<void> {
  const groups = new Map<string, { patch: RowPatch<T>; ids: string[] }>();
  for (const r of rows) {
    const key = JSON.stringify(
      Object.entries(r.patch)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
    );
    const g = groups.get(key) ?? { patch: r.patch, ids: [] };
    g.ids.push(r.id);
    groups.set(key, g);
  }
  for (const g of groups.values()) await db.repo(entity).updateByIds(g.ids, g.patch);
}

type Demand = { requiredBy: string; passMark: number; validityMonths: number | null; sourcePlanItemId: string };

/** What the active plans ask of one employee of `project`: course → the plan items asking for it. */
function planDemands(
  e: Employee,
  project: Project,
  plans: readonly TrainingPlan[],
  itemsByPlan: ReadonlyMap<string, TrainingPlanItem[]>,
): Map<string, Demand[]> {
  const demands = new Map<string, Demand[]>();
  for (const p of plans) {
    if (p.positionId !== e.positionId) continue;
    if (p.scope === 'PROJECT' && p.projectId !== e.projectId) continue;
    if (p.scope === 'REGION' && p.regionId !== project.regionId) continue;
    for (const i of itemsByPlan.get(p.id) ?? []) {
      demands.set(i.courseId, [
        ...(demands.get(i.courseId) ?? []),
        { requiredBy: i.requiredBy, passMark: i.passMark, validityMonths: i.validityMonths, sourcePlanItemId: i.id },
      ]);
    }
  }
  return demands;
}

/**
 * What going live would start for a project's active employees (onboarding's go-live preview):
 * the plan requirements (employee × course) they would have once the project operates, and how
 * many employees are registered. Four statements, nothing written.
 */
export async function planRequirementsPreview(db: TenantDb, projectId: string): Promise<{ employees: number; requirements: number }> {
  const project = await db.repo(Project).findById(projectId);
  if (!project) return { employees: 0, requirements: 0 };
  const employees = (await db.repo(Employee).find({ where: { projectId } })).filter((e) => e.active);
  const plans = await db.repo(TrainingPlan).query('p').andWhere('p.archivedAt IS NULL').getMany();
  const items = plans.length
    ? await db
        .repo(TrainingPlanItem)
        .query('i')
        .andWhere('i.planId IN (:...planIds)', { planIds: plans.map((p) => p.id) })
        .getMany()
    : [];
  const itemsByPlan = new Map<string, TrainingPlanItem[]>();
  for (const i of items) itemsByPlan.set(i.planId, [...(itemsByPlan.get(i.planId) ?? []), i]);
  const requirements = employees.reduce((n, e) => n + planDemands(e, project, plans, itemsByPlan).size, 0);
  return { employees: employees.length, requirements };
}

/**
 * Keeps the PLAN requirements of the given employees (all when null) equal to what the
 * active plans ask of them: one row per employee × course (earliest due date, highest pass
 * mark, shortest validity when several plans ask for it), for employees of live projects
 * (`planRequirementsApply`: none before go-live). A fixed number of statements:
 * employees, plans, items, projects, existing rows; then one insert, grouped updates and
 * one delete. New rows pick up completions from sessions already attended.
 */
export async function syncPlanRequirements(db: TenantDb, employeeIds: readonly string[] | null): Promise<void> {
  const empQb = db.repo(Employee).query('e');
  if (employeeIds) {
    if (employeeIds.length === 0) return;
    empQb.andWhere('e.id IN (:...employeeIds)', { employeeIds });
  }
  const employees = await empQb.getMany();
  const plans = await db.repo(TrainingPlan).query('p').andWhere('p.archivedAt IS NULL').getMany();
  const items = plans.length
    ? await db
        .repo(TrainingPlanItem)
        .query('i')
        .andWhere('i.planId IN (:...planIds)', { planIds: plans.map((p) => p.id) })
        .getMany()
    : [];
  const projects = new Map((await db.repo(Project).find()).map((p) => [p.id, p]));
  const itemsByPlan = new Map<string, TrainingPlanItem[]>();
  for (const i of items) itemsByPlan.set(i.planId, [...(itemsByPlan.get(i.planId) ?? []), i]);

  const desired = new Map<string, Demand & { employeeId: string; courseId: string }>();
  for (const e of employees) {
    if (!e.active) continue;
    const project = projects.get(e.projectId);
    if (!project || !planRequirementsApply(project.stage)) continue;
    for (const [courseId, ds] of planDemands(e, project, plans, itemsByPlan))
      desired.set(`${e.id}/${courseId}`, { ...mergeDemands(ds), employeeId: e.id, courseId });
  }

  const existingQb = db.repo(TrainingRequirement).query('r').andWhere("r.reason = 'PLAN'");
  if (employeeIds) existingQb.andWhere('r.employeeId IN (:...employeeIds)', { employeeIds });
  const existing = await existingQb.getMany();
  const toDelete: string[] = [];
  const changed: TrainingRequirement[] = [];
  const patches: Array<{ id: string; patch: RowPatch<TrainingRequirement> }> = [];
  const seen = new Set<string>();
  for (const r of existing) {
    const key = `${r.employeeId}/${r.courseId}`;
    const d = desired.get(key);
    if (!d) {
      toDelete.push(r.id);
      continue;
    }
    seen.add(key);
    if (
      r.requiredBy !== d.requiredBy ||
      r.passMark !== d.passMark ||
      r.validityMonths !== d.validityMonths ||
      r.sourcePlanItemId !== d.sourcePlanItemId
    ) {
      patches.push({
        id: r.id,
        patch: { requiredBy: d.requiredBy, passMark: d.passMark, validityMonths: d.validityMonths, sourcePlanItemId: d.sourcePlanItemId },
      });
      changed.push(r);
    }
  }
  await updateGrouped(db, TrainingRequirement, patches);
  await db.repo(TrainingRequirement).deleteByIds(toDelete);
  const fresh = [...desired.entries()].filter(([k]) => !seen.has(k)).map(([, d]) => d);
  await db.repo(TrainingRequirement).insertMany(
    fresh.map((d) => ({
      employeeId: d.employeeId,
      courseId: d.courseId,
      reason: 'PLAN' as const,
      requiredBy: d.requiredBy,
      passMark: d.passMark,
      validityMonths: d.validityMonths,
      notBefore: null,
      completedOn: null,
      expiresOn: null,
      completedSessionId: null,
      sourcePlanItemId: d.sourcePlanItemId,
      sourceVersionId: null,
      sourceStandardId: null,
    })),
  );
  const pairs = [...fresh, ...changed].map((d) => ({ employeeId: d.employeeId, courseId: d.courseId }));
  await recomputeCompletion(db, pairs);
}

/**
 * Sets completedOn / expiresOn of the requirements of these employee × course pairs from
 * the latest passed session teaching the course (a session may teach several) (on or after the requirement's notBefore).
 * Re-recording a sheet therefore also undoes a completion that no longer holds.
 */
export async function recomputeCompletion(db: TenantDb, pairs: ReadonlyArray<{ employeeId: string; courseId: string }>): Promise<void> {
  if (pairs.length === 0) return;
  const employeeIds = [...new Set(pairs.map((p) => p.employeeId))];
  const courseIds = [...new Set(pairs.map((p) => p.courseId))];
  const wanted = new Set(pairs.map((p) => `${p.employeeId}/${p.courseId}`));
  const reqs = (
    await db
      .repo(TrainingRequirement)
      .query('r')
      .andWhere('r.employeeId IN (:...employeeIds)', { employeeIds })
      .andWhere('r.courseId IN (:...courseIds)', { courseIds })
      .getMany()
  ).filter((r) => wanted.has(`${r.employeeId}/${r.courseId}`));
  if (reqs.length === 0) return;
  const results = await db
    .repo(TrainingEnrolment)
    .query('en')
    .innerJoin(TrainingSession, 's', 's.id = en.sessionId')
    .innerJoin(TrainingSessionCourse, 'sc', 'sc.sessionId = en.sessionId')
    .select([
      'en.employeeId AS employeeId',
      'sc.courseId AS courseId',
      'en.attendance AS attendance',
      'en.score AS score',
      's.localDate AS localDate',
      's.id AS sessionId',
    ])
    .andWhere('en.employeeId IN (:...employeeIds)', { employeeIds })
    .andWhere('sc.courseId IN (:...courseIds)', { courseIds })
    .andWhere("s.status = 'PLANNED'")
    .andWhere('en.score IS NOT NULL')
    .getRawMany<{
      employeeId: string;
      courseId: string;
      attendance: 'PRESENT' | 'LATE' | 'ABSENT' | 'EXCUSED';
      score: number | string;
      localDate: string;
      sessionId: string;
    }>();
  const patches: Array<{ id: string; patch: RowPatch<TrainingRequirement> }> = [];
  for (const r of reqs) {
    let best: { localDate: string; sessionId: string } | null = null;
    for (const x of results) {
      if (x.employeeId !== r.employeeId || x.courseId !== r.courseId) continue;
      if (r.notBefore && x.localDate < r.notBefore) continue;
      if (!passed(x.attendance, Number(x.score), r.passMark)) continue;
      if (!best || x.localDate > best.localDate) best = x;
    }
    const completedOn = best?.localDate ?? null;
    const expiresOn = completedOn ? expiryDate(completedOn, r.validityMonths) : null;
    const completedSessionId = best?.sessionId ?? null;
    if (r.completedOn !== completedOn || r.expiresOn !== expiresOn || r.completedSessionId !== completedSessionId) {
      patches.push({ id: r.id, patch: { completedOn, expiresOn, completedSessionId } });
    }
  }
  await updateGrouped(db, TrainingRequirement, patches);
}

/** Whether a diff entry is more than a move (inserting a section shifts the positions of the rest). */
const substantive = (e: { changes: Array<{ field: string }> }) => e.changes.some((c) => c.field !== 'position');

/** Section keys and standard ids the change from `a` to `b` touches (moves alone do not count). */
export function touchedContent(a: HandbookDoc, b: HandbookDoc): { sectionKeys: Set<string>; standardIds: Set<string> } {
  const d = diffHandbooks(a, b);
  const sectionKeys = new Set<string>();
  const standardIds = new Set<string>();
  const itemStandard = new Map<string, string>();
  for (const doc of [a, b]) for (const s of doc.sections) for (const i of s.items) itemStandard.set(i.key, i.standardId);
  for (const e of [...d.sections.added, ...d.sections.removed, ...d.sections.changed.filter(substantive)]) sectionKeys.add(e.key);
  for (const part of [d.items, d.frequencies]) {
    for (const e of [...part.added, ...part.removed, ...part.changed.filter(substantive)]) {
      if (e.sectionKey) sectionKeys.add(e.sectionKey);
      // an entry that moved to another section touches the one it left, too
      for (const c of e.changes) if (c.field === 'sectionKey' && typeof c.from === 'string') sectionKeys.add(c.from);
      if (part === d.items && itemStandard.has(e.key)) standardIds.add(itemStandard.get(e.key)!);
    }
  }
  return { sectionKeys, standardIds };
}

/**
 * On publishing a handbook version: compares it with the **previous published version**
 * (not the version each course references, so a change is acted on exactly once); every
 * course of this handbook teaching a touched section or standard is flagged outdated, and
 * every active employee who passed a session of it gets a RETRAINING requirement due
 * RETRAINING_DUE_DAYS after the publish date (only sessions from that date count).
 */
export const flagOutdatedCourses: HandbookPublishedListener = async (db, { handbook, previousVersionId, version, now }) => {
  if (!previousVersionId) return;
  const courses = await db
    .repo(Course)
    .query('c')
    .andWhere('c.handbookId = :hid', { hid: handbook.id })
    .andWhere('c.archivedAt IS NULL')
    .getMany();
  if (courses.length === 0) return;
  const docs = await loadDocs(db, [previousVersionId, version.id]);
  const touched = touchedContent(docs.get(previousVersionId)!, docs.get(version.id)!);
  const affected = courses.filter(
    (c) => c.sectionKeys.some((k) => touched.sectionKeys.has(k)) || c.standardIds.some((s) => touched.standardIds.has(s)),
  );
  if (affected.length === 0) return;
  const courseIds = affected.map((c) => c.id);
  await db.repo(Course).updateByIds(courseIds, { outdatedSince: now, outdatedByVersionId: version.id });
  for (const c of affected) {
    await db.audit({
      operation: 'flagCourseOutdated',
      entity: 'Course',
      entityId: c.id,
      changes: { outdatedByVersionId: { from: c.outdatedByVersionId, to: version.id } },
    });
  }
  const publishDate = localDateIn(now, TRAINING_TIME_ZONE);
  const takers = await db
    .repo(TrainingEnrolment)
    .query('en')
    .innerJoin(Employee, 'e', 'e.id = en.employeeId')
    .innerJoin(TrainingSession, 's', 's.id = en.sessionId')
    .innerJoin(TrainingSessionCourse, 'sc', 'sc.sessionId = en.sessionId')
    .select(['en.employeeId AS employeeId', 'sc.courseId AS courseId'])
    .distinct(true)
    .andWhere('sc.courseId IN (:...courseIds)', { courseIds })
    .andWhere('en.passed = :yes', { yes: true })
    .andWhere("s.status = 'PLANNED'")
    .andWhere('e.active = :yes', { yes: true })
    .getRawMany<{ employeeId: string; courseId: string }>();
  if (takers.length === 0) return;
  const byId = new Map(affected.map((c) => [c.id, c]));
  const requiredBy = addDays(publishDate, RETRAINING_DUE_DAYS);
  const existing = await db
    .repo(TrainingRequirement)
    .query('r')
    .andWhere("r.reason = 'RETRAINING'")
    .andWhere('r.courseId IN (:...courseIds)', { courseIds })
    .getMany();
  const have = new Map(existing.map((r) => [`${r.employeeId}/${r.courseId}`, r]));
  const reset = takers.filter((t) => have.has(`${t.employeeId}/${t.courseId}`)).map((t) => have.get(`${t.employeeId}/${t.courseId}`)!.id);
  if (reset.length) {
    await db.repo(TrainingRequirement).updateByIds(reset, {
      requiredBy,
      notBefore: publishDate,
      completedOn: null,
      expiresOn: null,
      completedSessionId: null,
      sourceVersionId: version.id,
    });
  }
  await db.repo(TrainingRequirement).insertMany(
    takers
      .filter((t) => !have.has(`${t.employeeId}/${t.courseId}`))
      .map((t) => {
        const c = byId.get(t.courseId)!;
        return {
          employeeId: t.employeeId,
          courseId: t.courseId,
          reason: 'RETRAINING' as const,
          requiredBy,
          passMark: c.defaultPassMark,
          validityMonths: c.defaultValidityMonths,
          notBefore: publishDate,
          completedOn: null,
          expiresOn: null,
          completedSessionId: null,
          sourcePlanItemId: null,
          sourceVersionId: version.id,
          sourceStandardId: null,
        };
      }),
  );
};

/**
 * A project stage listener (portfolio): when a project goes live (→ OPERATING), its
 * employees get the plan requirements of their positions, in the stage change's transaction.
 */
export async function onProjectStageChanged(_ctx: unknown, db: TenantDb, change: { before: Project; after: Project }): Promise<void> {
  if (
    change.after.stage === change.before.stage ||
    planRequirementsApply(change.before.stage) === planRequirementsApply(change.after.stage)
  )
    return;
  const ids = (await db.repo(Employee).query('e').select(['e.id']).andWhere('e.projectId = :pid', { pid: change.after.id }).getMany()).map(
    (e) => e.id,
  );
  await syncPlanRequirements(db, ids);
}

/** Findings just charged to employees (扣分到人) at submission of an inspection, on its local date. */
export interface ChargedFindings {
  findings: ReadonlyArray<{ employeeId: string; standardId: string }>;
  /** The inspection's local date ('YYYY-MM-DD'). */
  localDate: string;
}

/**
 * On findings charged to people (the inspections module's listener, in the submission's
 * transaction): an employee charged FINDINGS_RETRAINING_THRESHOLD times with a standard that an
 * active course teaches gets a FINDINGS requirement for that course, due
 * FINDINGS_RETRAINING_DUE_DAYS later (only sessions from that day count). Findings count since
 * the employee last completed that requirement; an open one is never duplicated or moved (the
 * unique key employee × course × reason holds one row, reset when it is due again).
 * The handbook-change retraining sends no notification; neither does this.
 */
export async function requireFindingsRetraining(db: TenantDb, charged: ChargedFindings): Promise<number> {
  const employeeIds = [...new Set(charged.findings.map((f) => f.employeeId))];
  const standardIds = [...new Set(charged.findings.map((f) => f.standardId))];
  if (employeeIds.length === 0) return 0;
  const courses = await taughtStandards(db);
  const teaching = (c: Course, standardId: string) => courses.get(c)!.has(standardId);
  const relevant = [...courses.keys()].filter((c) => standardIds.some((s) => teaching(c, s)));
  if (relevant.length === 0) return 0;
  const history = await db
    .repo(InspectionItemResult)
    .query('r')
    .select(['r.employeeId AS employeeId', 'r.standardId AS standardId', 'r.localDate AS localDate'])
    .andWhere('r.employeeId IN (:...employeeIds)', { employeeIds })
    .andWhere('r.standardId IN (:...standardIds)', { standardIds })
    .andWhere("r.result = 'FAIL'")
    .getRawMany<{ employeeId: string; standardId: string; localDate: string | Date }>();
  const day = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
  const existing = await db
    .repo(TrainingRequirement)
    .query('r')
    .andWhere("r.reason = 'FINDINGS'")
    .andWhere('r.employeeId IN (:...employeeIds)', { employeeIds })
    .andWhere('r.courseId IN (:...courseIds)', { courseIds: relevant.map((c) => c.id) })
    .getMany();
  const have = new Map(existing.map((r) => [`${r.employeeId}/${r.courseId}`, r]));
  const requiredBy = addDays(charged.localDate, FINDINGS_RETRAINING_DUE_DAYS);
  const pairs = new Set(charged.findings.map((f) => `${f.employeeId}/${f.standardId}`));
  const due = new Map<string, { employeeId: string; course: Course; standardId: string }>();
  for (const pair of pairs) {
    const [employeeId, standardId] = pair.split('/');
    for (const course of relevant) {
      if (!teaching(course, standardId)) continue;
      const key = `${employeeId}/${course.id}`;
      if (due.has(key)) continue;
      const current = have.get(key);
      if (current && !current.completedOn) continue; // open: a further finding changes nothing
      const since = current?.completedOn ?? null;
      const count = history.filter(
        (h) => h.employeeId === employeeId && h.standardId === standardId && (!since || day(h.localDate) > since),
      ).length;
      if (findingsCallForRetraining(count, FINDINGS_RETRAINING_THRESHOLD)) due.set(key, { employeeId, course, standardId });
    }
  }
  if (due.size === 0) return 0;
  const fresh: Array<{ employeeId: string; course: Course; standardId: string }> = [];
  for (const [key, d] of due) {
    const current = have.get(key);
    if (current) {
      await db.repo(TrainingRequirement).updateByIds([current.id], {
        requiredBy,
        notBefore: charged.localDate,
        completedOn: null,
        expiresOn: null,
        completedSessionId: null,
        sourceStandardId: d.standardId,
      });
    } else fresh.push(d);
  }
  await db.repo(TrainingRequirement).insertMany(
    fresh.map((d) => ({
      employeeId: d.employeeId,
      courseId: d.course.id,
      reason: 'FINDINGS' as const,
      requiredBy,
      passMark: d.course.defaultPassMark,
      validityMonths: d.course.defaultValidityMonths,
      notBefore: charged.localDate,
      completedOn: null,
      expiresOn: null,
      completedSessionId: null,
      sourcePlanItemId: null,
      sourceVersionId: null,
      sourceStandardId: d.standardId,
    })),
  );
  for (const d of due.values()) {
    await db.audit({
      operation: 'requireFindingsRetraining',
      entity: 'Employee',
      entityId: d.employeeId,
      changes: { courseIds: { from: null, to: [d.course.id] }, standardIds: { from: null, to: [d.standardId] } },
    });
  }
  return due.size;
}

/**
 * The standards each active course teaches: those chosen on it, and every item's standard in
 * the sections it teaches (of the handbook version it was built from).
 */
export async function taughtStandards(db: TenantDb): Promise<Map<Course, Set<string>>> {
  const courses = await db.repo(Course).query('c').andWhere('c.archivedAt IS NULL').getMany();
  const docs = courses.length ? await loadDocs(db, [...new Set(courses.map((c) => c.handbookVersionId))]) : new Map<string, HandbookDoc>();
  const taught = new Map<Course, Set<string>>();
  for (const c of courses) {
    const set = new Set(c.standardIds);
    const doc = docs.get(c.handbookVersionId);
    for (const section of doc?.sections ?? []) {
      if (!c.sectionKeys.includes(section.key)) continue;
      for (const item of section.items) set.add(item.standardId);
    }
    taught.set(c, set);
  }
  return taught;
}
