import { randomUUID } from 'node:crypto';
import { Department, DepartmentMember, Duty, Membership, OnboardingTemplate, type OnboardingTemplateTask, type TenantDb } from '@pinzhi/db';
import { BadUserInputError, changedFields, fieldError, type FieldError, type RequestContext } from '@pinzhi/api-core';
import type { PropertyFormat } from '@pinzhi/domain';
import { requireDepartmentManager, requireManager } from './access';
import type { DepartmentInput, DutyInput, OnboardingTemplateInput } from './inputs';

const throwIfAny = (errors: FieldError[]) => {
  if (errors.length) throw new BadUserInputError(errors);
};

/** Field errors for department ids that do not exist (or are archived) in this tenant. */
export async function checkDepartments(db: TenantDb, refs: Array<{ path: string[]; ids: readonly string[] }>): Promise<FieldError[]> {
  const all = refs.flatMap((r) => r.ids);
  const found = new Map((await db.repo(Department).findByIds(all)).map((d) => [d.id, d]));
  const errors: FieldError[] = [];
  for (const ref of refs) {
    if (new Set(ref.ids).size !== ref.ids.length) errors.push(fieldError(ref.path, 'INVALID_VALUE', 'A department appears twice'));
    for (const id of ref.ids) {
      const d = found.get(id);
      if (!d) errors.push(fieldError(ref.path, 'NOT_FOUND', 'This department does not exist', { id }));
      else if (d.archivedAt) errors.push(fieldError(ref.path, 'INVALID_VALUE', 'This department is archived', { id }));
    }
  }
  return errors;
}

/** Departments, their members, the duty matrix and the onboarding templates. */
export class DepartmentsService {
  // ── departments ──────────────────────────────────────────────────────────
  departments(ctx: RequestContext, includeArchived: boolean): Promise<Department[]> {
    const qb = ctx.db.repo(Department).query('d').orderBy('d.position', 'ASC').addOrderBy('d.name', 'ASC').take(200);
    if (!includeArchived) qb.andWhere('d.archivedAt IS NULL');
    return qb.getMany();
  }

  async saveDepartment(
    ctx: RequestContext,
    id: string | null,
    input: DepartmentInput,
    expectedVersion?: number | null,
  ): Promise<Department> {
    requireDepartmentManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(Department).getById(id) : null;
      const values = {
        name: input.name.trim(),
        nameEn: input.nameEn?.trim() || null,
        code: input.code?.trim() || null,
        position: input.position,
        headUserId: input.headUserId === undefined ? (before?.headUserId ?? null) : input.headUserId,
      };
      if (
        values.headUserId &&
        values.headUserId !== before?.headUserId &&
        !(await db.repo(Membership).exists({ userId: values.headUserId, active: true }))
      )
        throw BadUserInputError.field(['input', 'headUserId'], 'NOT_FOUND', 'This person is not an active member of your company');
      const dup = await db.repo(Department).findOne({ name: values.name });
      if (dup && dup.id !== id) throw BadUserInputError.field(['input', 'name'], 'TAKEN', 'A department with this name already exists');
      const after = before
        ? await db.repo(Department).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(Department).insert({ ...values, archivedAt: null });
      await db.audit({
        operation: id ? 'updateDepartment' : 'createDepartment',
        entity: 'Department',
        entityId: after.id,
        changes: changedFields(before, after, ['name', 'nameEn', 'code', 'position', 'headUserId']),
      });
      return after;
    });
  }

  async archiveDepartment(ctx: RequestContext, id: string): Promise<Department> {
    requireDepartmentManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(Department).getById(id);
      if (before.archivedAt) return before;
      const after = await db.repo(Department).update(id, { archivedAt: ctx.now() });
      await db.audit({
        operation: 'archiveDepartment',
        entity: 'Department',
        entityId: id,
        changes: changedFields(before, after, ['archivedAt']),
      });
      return after;
    });
  }

  /** Replaces the department's members with these users (active members of the tenant). */
  async setMembers(ctx: RequestContext, id: string, userIds: string[]): Promise<Department> {
    requireDepartmentManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const dept = await db.repo(Department).getById(id);
      const unique = [...new Set(userIds)];
      const members = new Map((await db.members(unique)).map((m) => [m.user.id, m]));
      const errors = unique.flatMap((u, i) =>
        members.get(u)?.membership.active
          ? []
          : [fieldError(['userIds', String(i)], 'NOT_FOUND', 'Not an active member of your company', { id: u })],
      );
      throwIfAny(errors);
      const current = await db.repo(DepartmentMember).find({ where: { departmentId: id } });
      const before = current.map((m) => m.userId).sort();
      const gone = current.filter((m) => !unique.includes(m.userId)).map((m) => m.id);
      await db.repo(DepartmentMember).deleteByIds(gone);
      const have = new Set(current.map((m) => m.userId));
      await db.repo(DepartmentMember).insertMany(unique.filter((u) => !have.has(u)).map((userId) => ({ departmentId: id, userId })));
      await db.audit({
        operation: 'setDepartmentMembers',
        entity: 'Department',
        entityId: id,
        changes: { members: { from: before, to: [...unique].sort() } },
      });
      return dept;
    });
  }

  // ── duty matrix ──────────────────────────────────────────────────────────
  duties(ctx: RequestContext): Promise<Duty[]> {
    return ctx.db.repo(Duty).query('d').andWhere('d.archivedAt IS NULL').orderBy('d.position', 'ASC').take(500).getMany();
  }

  async saveDuty(ctx: RequestContext, id: string | null, input: DutyInput, expectedVersion?: number | null): Promise<Duty> {
    requireDepartmentManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(Duty).getById(id) : null;
      const errors = await checkDepartments(db, [
        { path: ['input', 'ownerDepartmentId'], ids: [input.ownerDepartmentId] },
        { path: ['input', 'collaboratorDepartmentIds'], ids: input.collaboratorDepartmentIds },
      ]);
      if (input.collaboratorDepartmentIds.includes(input.ownerDepartmentId))
        errors.push(fieldError(['input', 'collaboratorDepartmentIds'], 'INVALID_VALUE', 'The owner cannot also collaborate'));
      throwIfAny(errors);
      const values = {
        position: input.position,
        titleZh: input.titleZh.trim(),
        titleEn: input.titleEn?.trim() || null,
        ownerDepartmentId: input.ownerDepartmentId,
        collaboratorDepartmentIds: input.collaboratorDepartmentIds,
      };
      const after = before
        ? await db.repo(Duty).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(Duty).insert({ ...values, archivedAt: null });
      await db.audit({
        operation: id ? 'updateDuty' : 'createDuty',
        entity: 'Duty',
        entityId: after.id,
        changes: changedFields(before, after, ['position', 'titleZh', 'titleEn', 'ownerDepartmentId', 'collaboratorDepartmentIds']),
      });
      return after;
    });
  }

  async archiveDuty(ctx: RequestContext, id: string): Promise<Duty> {
    requireDepartmentManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(Duty).getById(id);
      if (before.archivedAt) return before;
      const after = await db.repo(Duty).update(id, { archivedAt: ctx.now() });
      await db.audit({ operation: 'archiveDuty', entity: 'Duty', entityId: id, changes: changedFields(before, after, ['archivedAt']) });
      return after;
    });
  }

  // ── templates ────────────────────────────────────────────────────────────
  templates(ctx: RequestContext, format: PropertyFormat | null, includeArchived: boolean): Promise<OnboardingTemplate[]> {
    const qb = ctx.db.repo(OnboardingTemplate).query('t').orderBy('t.format', 'ASC').addOrderBy('t.name', 'ASC').take(200);
    if (format) qb.andWhere('t.format = :format', { format });
    if (!includeArchived) qb.andWhere('t.archivedAt IS NULL');
    return qb.getMany();
  }

  template(ctx: RequestContext, id: string): Promise<OnboardingTemplate> {
    return ctx.db.repo(OnboardingTemplate).getById(id);
  }

  async saveTemplate(
    ctx: RequestContext,
    id: string | null,
    input: OnboardingTemplateInput,
    expectedVersion?: number | null,
  ): Promise<OnboardingTemplate> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = id ? await db.repo(OnboardingTemplate).getById(id) : null;
      const errors = await checkDepartments(
        db,
        input.tasks.flatMap((t, i) => [
          { path: ['input', 'tasks', String(i), 'ownerDepartmentId'], ids: [t.ownerDepartmentId] },
          { path: ['input', 'tasks', String(i), 'collaboratorDepartmentIds'], ids: t.collaboratorDepartmentIds },
        ]),
      );
      const keys = new Set<string>();
      input.tasks.forEach((t, i) => {
        if (t.collaboratorDepartmentIds.includes(t.ownerDepartmentId))
          errors.push(
            fieldError(['input', 'tasks', String(i), 'collaboratorDepartmentIds'], 'INVALID_VALUE', 'The owner cannot also collaborate'),
          );
        if (t.key && keys.has(t.key)) errors.push(fieldError(['input', 'tasks', String(i), 'key'], 'TAKEN', 'Two tasks have the same key'));
        if (t.key) keys.add(t.key);
      });
      if (input.tasks.length === 0) errors.push(fieldError(['input', 'tasks'], 'REQUIRED', 'A template needs at least one task'));
      throwIfAny(errors);
      const tasks: OnboardingTemplateTask[] = input.tasks.map((t) => ({
        key: t.key || randomUUID(),
        phase: t.phase,
        title: t.title.trim(),
        ownerDepartmentId: t.ownerDepartmentId,
        collaboratorDepartmentIds: t.collaboratorDepartmentIds,
        dueOffsetDays: t.dueOffsetDays,
        required: t.required,
        checklist: t.checklist.map((c) => c.trim()).filter(Boolean),
        deliverable: t.deliverable ?? null,
      }));
      const proposalSections = input.proposalSections.map((s) => ({ key: s.key || randomUUID(), title: s.title.trim(), body: s.body }));
      const values = { name: input.name.trim(), format: input.format, tasks, proposalSections };
      const after = before
        ? await db.repo(OnboardingTemplate).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(OnboardingTemplate).insert({ ...values, archivedAt: null });
      await db.audit({
        operation: id ? 'updateOnboardingTemplate' : 'createOnboardingTemplate',
        entity: 'OnboardingTemplate',
        entityId: after.id,
        changes: changedFields(before, after, ['name', 'format', 'tasks', 'proposalSections']),
      });
      return after;
    });
  }

  async archiveTemplate(ctx: RequestContext, id: string): Promise<OnboardingTemplate> {
    requireManager(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(OnboardingTemplate).getById(id);
      if (before.archivedAt) return before;
      const after = await db.repo(OnboardingTemplate).update(id, { archivedAt: ctx.now() });
      await db.audit({
        operation: 'archiveOnboardingTemplate',
        entity: 'OnboardingTemplate',
        entityId: id,
        changes: changedFields(before, after, ['archivedAt']),
      });
      return after;
    });
  }
}
