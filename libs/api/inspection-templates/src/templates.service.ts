import { randomUUID } from 'node:crypto';
import {
  Brackets,
  HandbookVersion,
  InspectionTemplate,
  InspectionTemplateVersion,
  Standard,
  containsPattern,
  paginate,
  type TenantDb,
} from '@pinzhi/db';
import {
  BadUserInputError,
  DocumentVersioning,
  ForbiddenError,
  NotFoundError,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type AuthInfo,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { loadDoc } from '@pinzhi/api-handbooks';
import { CHECKLIST_RULES, INSPECTION_PLANNERS, DEFAULT_INSPECTION_LEVEL, type ChecklistDoc } from '@pinzhi/domain';
import { checklistContent, loadChecklist, loadChecklists } from './checklist-content';
import type { ChecklistDraftInput, InspectionTemplateInput, InspectionTemplatesArgs } from './inputs';
import { InspectionTemplateSortField } from './inputs';

export function canPlanInspections(user: AuthInfo): boolean {
  return INSPECTION_PLANNERS.includes(user.role);
}

export function requirePlanner(user: AuthInfo): void {
  if (!canPlanInspections(user))
    throw new ForbiddenError('Only the Quality Center or a tenant admin may change inspection templates and plans');
}

export const checklistVersioning = new DocumentVersioning<InspectionTemplate, InspectionTemplateVersion, ChecklistDoc>({
  head: InspectionTemplate,
  version: InspectionTemplateVersion,
  ownerField: 'templateId',
  idArgument: 'templateId',
  operations: {
    start: 'startInspectionTemplateDraft',
    save: 'saveInspectionTemplateDraft',
    publish: 'publishInspectionTemplate',
    discard: 'discardInspectionTemplateDraft',
  },
  auditEntities: { head: 'InspectionTemplate', version: 'InspectionTemplateVersion' },
  noun: 'checklist',
  content: checklistContent,
  maxChangeSummary: 500,
});

/**
 * Inspection templates (检查表): checklists of library standards with weights, deductions,
 * N/A and critical rules, versioned so that what was planned and inspected keeps its checklist.
 */
export class InspectionTemplatesService {
  async list(ctx: RequestContext, args: InspectionTemplatesArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(InspectionTemplate).query('t');
    if (!f.includeArchived) qb.andWhere('t.archivedAt IS NULL');
    if (f.format) qb.andWhere(new Brackets((w) => w.where('t.format = :format', { format: f.format }).orWhere('t.format IS NULL')));
    if (f.publishedOnly) qb.andWhere('t.latestVersionId IS NOT NULL');
    if (f.search?.trim()) qb.andWhere("t.name LIKE :search ESCAPE '!'", { search: containsPattern(f.search.trim()) });
    const sort = sortOrder(InspectionTemplateSortField, args.sort, { field: 'name', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 't', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  get(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<InspectionTemplate> {
    return db.repo(InspectionTemplate).getById(id);
  }

  /** Published versions for everyone; drafts only for planners. */
  async version(ctx: RequestContext, id: string): Promise<InspectionTemplateVersion> {
    const v = await ctx.db.repo(InspectionTemplateVersion).getById(id);
    if (v.status === 'DRAFT' && !canPlanInspections(ctx.user)) throw new NotFoundError('InspectionTemplateVersion', id);
    return v;
  }

  versions(ctx: RequestContext, templateId: string): Promise<InspectionTemplateVersion[]> {
    return ctx.db.repo(InspectionTemplateVersion).find({ where: { templateId, status: 'PUBLISHED' }, order: { number: 'DESC' } });
  }

  /**
   * A new checklist with an empty first draft — or, given a handbook version, a draft with
   * the handbook's sections and standards (points from the handbook's score or the
   * standard's default, critical as in the library).
   */
  async create(ctx: RequestContext, input: InspectionTemplateInput, fromHandbookVersionId?: string | null): Promise<InspectionTemplate> {
    requirePlanner(ctx.user);
    return ctx.db.transaction(async (db) => {
      const name = input.name.trim();
      if (await db.repo(InspectionTemplate).exists({ name }))
        throw BadUserInputError.field(['input', 'name'], 'TAKEN', 'A checklist with this name already exists');
      let doc = checklistContent.empty();
      if (fromHandbookVersionId) doc = await this.fromHandbook(db, fromHandbookVersionId);
      const template = await db.repo(InspectionTemplate).insert({
        name,
        format: input.format ?? null,
        description: input.description?.trim() || null,
        level: input.level ?? DEFAULT_INSPECTION_LEVEL,
        draftVersionId: null,
        latestVersionId: null,
        latestNumber: 0,
        archivedAt: null,
      });
      const after = await checklistVersioning.createWithDraft(db, template, doc);
      await db.audit({
        operation: 'createInspectionTemplate',
        entity: 'InspectionTemplate',
        entityId: template.id,
        changes: changedFields(null, after, ['name', 'format', 'description', 'level']),
      });
      return after;
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    input: InspectionTemplateInput,
    expectedVersion: number | null,
  ): Promise<InspectionTemplate> {
    requirePlanner(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await this.get(ctx, id, db);
      const name = input.name.trim();
      const clash = await db.repo(InspectionTemplate).findOne({ name });
      if (clash && clash.id !== id) throw BadUserInputError.field(['input', 'name'], 'TAKEN', 'A checklist with this name already exists');
      const after = await db
        .repo(InspectionTemplate)
        .update(
          id,
          { name, format: input.format ?? null, description: input.description?.trim() || null, level: input.level ?? before.level },
          expectedVersion ?? undefined,
        );
      await db.audit({
        operation: 'updateInspectionTemplate',
        entity: 'InspectionTemplate',
        entityId: id,
        changes: changedFields(before, after, ['name', 'format', 'description', 'level']),
      });
      return after;
    });
  }

  async setArchived(ctx: RequestContext, id: string, archived: boolean): Promise<InspectionTemplate> {
    requirePlanner(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await this.get(ctx, id, db);
      const after = await db.repo(InspectionTemplate).update(id, { archivedAt: archived ? (before.archivedAt ?? ctx.now()) : null });
      await db.audit({
        operation: archived ? 'archiveInspectionTemplate' : 'restoreInspectionTemplate',
        entity: 'InspectionTemplate',
        entityId: id,
        changes: changedFields(before, after, ['archivedAt']),
      });
      return after;
    });
  }

  async startDraft(ctx: RequestContext, templateId: string): Promise<InspectionTemplateVersion> {
    requirePlanner(ctx.user);
    return ctx.db.transaction(async (db) => checklistVersioning.startDraft(db, await this.get(ctx, templateId, db)));
  }

  async saveDraft(
    ctx: RequestContext,
    templateId: string,
    input: ChecklistDraftInput,
    expectedVersion: number,
  ): Promise<InspectionTemplateVersion> {
    requirePlanner(ctx.user);
    return ctx.db.transaction(async (db) => {
      const t = await this.get(ctx, templateId, db);
      const doc = await this.checkDraft(db, input);
      return checklistVersioning.saveDraft(db, t, doc, expectedVersion);
    });
  }

  async publish(
    ctx: RequestContext,
    templateId: string,
    changeSummary: string,
    expectedVersion: number,
  ): Promise<InspectionTemplateVersion> {
    requirePlanner(ctx.user);
    return ctx.db.transaction(async (db) =>
      checklistVersioning.publish(db, await this.get(ctx, templateId, db), changeSummary, expectedVersion),
    );
  }

  async discardDraft(ctx: RequestContext, templateId: string): Promise<InspectionTemplate> {
    requirePlanner(ctx.user);
    return ctx.db.transaction(async (db) => checklistVersioning.discardDraft(db, await this.get(ctx, templateId, db)));
  }

  content(ctx: RequestContext, versionId: string): Promise<ChecklistDoc> {
    return ctx.loaders
      .custom<string, ChecklistDoc>('checklistContent', async (db, ids) => {
        const docs = await loadChecklists(db, ids);
        return ids.map((id) => docs.get(id) ?? checklistContent.empty());
      })
      .load(versionId);
  }

  /** Validates a whole draft against the library: every problem at once, with its path. */
  private async checkDraft(db: TenantDb, input: ChecklistDraftInput): Promise<ChecklistDoc> {
    const errors: FieldError[] = [];
    const keys = new Set<string>();
    const key = (given: string | null | undefined, path: string[]) => {
      const k = given ?? randomUUID();
      if (keys.has(k)) errors.push(fieldError([...path, 'key'], 'INVALID_VALUE', 'The same key is used twice'));
      keys.add(k);
      return k;
    };
    const standardIds = input.sections.flatMap((s) => s.items.map((i) => i.standardId));
    const known = new Set((await db.repo(Standard).findByIds(standardIds)).map((s) => s.id));
    const doc: ChecklistDoc = {
      passScore: input.passScore,
      sections: input.sections.map((s, i) => {
        const sp = ['input', 'sections', String(i)];
        const seen = new Set<string>();
        return {
          key: key(s.key, sp),
          titleZh: s.titleZh.trim(),
          titleEn: s.titleEn?.trim() || null,
          items: s.items.map((it, j) => {
            const ip = [...sp, 'items', String(j)];
            if (!known.has(it.standardId))
              errors.push(fieldError([...ip, 'standardId'], 'NOT_FOUND', 'This standard is not in your library'));
            else if (seen.has(it.standardId))
              errors.push(fieldError([...ip, 'standardId'], 'TAKEN', 'This standard is already in this section'));
            seen.add(it.standardId);
            const deductions = (it.deductions ?? []).map((d, k) => {
              const dp = [...ip, 'deductions', String(k)];
              if (d.points > it.points)
                errors.push(
                  fieldError([...dp, 'points'], 'OUT_OF_RANGE', `A deduction cannot exceed the item’s ${it.points} points`, {
                    min: 1,
                    max: it.points,
                  }),
                );
              return { key: key(d.key, dp), labelZh: d.labelZh.trim(), labelEn: d.labelEn?.trim() || null, points: d.points };
            });
            return {
              key: key(it.key, ip),
              standardId: it.standardId,
              checkpointZh: it.checkpointZh?.trim() || null,
              checkpointEn: it.checkpointEn?.trim() || null,
              points: it.points,
              deductions,
              naAllowed: it.naAllowed ?? false,
              critical: it.critical ?? false,
            };
          }),
        };
      }),
    };
    if (doc.sections.every((s) => s.items.length === 0))
      errors.push(fieldError(['input', 'sections'], 'REQUIRED', 'Add at least one item'));
    if (errors.length) throw new BadUserInputError(errors);
    return doc;
  }

  private async fromHandbook(db: TenantDb, handbookVersionId: string): Promise<ChecklistDoc> {
    const version = await db.repo(HandbookVersion).findById(handbookVersionId);
    const hb = version ? await loadDoc(db, version.id) : { sections: [] };
    if (hb.sections.length === 0)
      throw BadUserInputError.field('fromHandbookVersionId', 'NOT_FOUND', 'This handbook version does not exist or is empty');
    const standards = new Map(
      (await db.repo(Standard).findByIds(hb.sections.flatMap((s) => s.items.map((i) => i.standardId)))).map((s) => [s.id, s]),
    );
    const clamp = (n: number) => Math.min(CHECKLIST_RULES.points.max, Math.max(CHECKLIST_RULES.points.min, n));
    return {
      passScore: 80,
      sections: hb.sections
        .filter((s) => s.items.length)
        .map((s) => ({
          key: randomUUID(),
          titleZh: s.titleZh,
          titleEn: s.titleEn,
          items: s.items.map((i) => ({
            key: randomUUID(),
            standardId: i.standardId,
            checkpointZh: i.requirementZh,
            checkpointEn: i.requirementEn,
            points: clamp(i.score ?? standards.get(i.standardId)?.defaultScore ?? 5),
            deductions: [],
            naAllowed: false,
            critical: standards.get(i.standardId)?.critical ?? false,
          })),
        })),
    };
  }
}

export { loadChecklist };
