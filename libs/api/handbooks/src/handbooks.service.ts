import { randomUUID } from 'node:crypto';
import { Brackets, Handbook, HandbookVersion, Project, Property, Standard, containsPattern, paginate, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  DocumentVersioning,
  NotFoundError,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  labelDiffPart,
  toConnection,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { PortfolioService } from '@pinzhi/api-portfolio';
import type { ApprovalsEngine } from '@pinzhi/api-approvals';
import { canSeeProject, scopeCondition } from '@pinzhi/api-core';
import { diffHandbooks, normaliseRecurrence, recurrenceError, type HandbookDoc } from '@pinzhi/domain';
import { loadDoc, loadDocs, mapZonesByName, withFreshKeys, writeDoc } from './handbook-content';
import { LIMITS, type HandbookDraftInput, type HandbookTemplateInput, type HandbooksArgs } from './inputs';
import { canEditHandbooks, requireEditor } from './roles';
import { HandbookSortField } from './inputs';

const portfolio = new PortfolioService();

/**
 * Called inside the publishing transaction after a handbook version is published (training
 * flags outdated courses here). A listener's failure rolls the publish back.
 */
export type HandbookPublishedListener = (
  db: TenantDb,
  event: { handbook: Handbook; previousVersionId: string | null; version: HandbookVersion; now: Date },
) => Promise<void>;

/** Handbooks use the shared draft → publish mechanism with their own content tables. */
export const handbookVersioning = new DocumentVersioning<Handbook, HandbookVersion, HandbookDoc>({
  head: Handbook,
  version: HandbookVersion,
  ownerField: 'handbookId',
  idArgument: 'handbookId',
  operations: { start: 'startHandbookDraft', save: 'saveHandbookDraft', publish: 'publishHandbook', discard: 'discardHandbookDraft' },
  auditEntities: { head: 'Handbook', version: 'HandbookVersion' },
  noun: 'handbook',
  content: { empty: () => ({ sections: [] }), load: loadDoc, write: writeDoc, isEmpty: (doc) => doc.sections.length === 0 },
  maxChangeSummary: LIMITS.changeSummary,
});

/**
 * Handbook templates and project handbooks: drafts, publishing, versions and diffs.
 * Published versions are frozen; a draft is replaced whole on each save and guarded by
 * its `version`, so a second editor with a stale copy gets CONFLICT.
 */
export class HandbooksService {
  constructor(
    private readonly onPublished: readonly HandbookPublishedListener[] = [],
    /** With an active HANDBOOK_PUBLISH flow, publishing submits the draft for approval instead. */
    private readonly approvals: ApprovalsEngine | null = null,
  ) {
    approvals?.register({
      kind: 'HANDBOOK_PUBLISH',
      record: 'Handbook',
      // After the last approval: the same publish path (and its listeners: retraining) as an immediate publish.
      onApproved: async (db, request, now) => {
        const handbook = await db.repo(Handbook).getById(request.subjectId);
        if (!request.subjectVersionId || handbook.draftVersionId !== request.subjectVersionId)
          throw BadUserInputError.field('id', 'INVALID_VALUE', 'The draft this request approves is no longer open');
        const draft = await db.repo(HandbookVersion).getById(request.subjectVersionId);
        await this.publishIn(db, handbook, String(request.payload['changeSummary'] ?? ''), draft.version, now);
      },
    });
  }

  // ── reading ──────────────────────────────────────────────────────────────
  async list(ctx: RequestContext, args: HandbooksArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Handbook).query('h');
    if (f.kind) qb.andWhere('h.kind = :kind', { kind: f.kind });
    if (f.format) qb.andWhere('h.format = :format', { format: f.format });
    if (f.search?.trim()) qb.andWhere("h.name LIKE :like ESCAPE '!'", { like: containsPattern(f.search) });
    const limit = scopeCondition(ctx.user, { project: 'p.id', region: 'p.regionId' });
    if (limit) {
      // A scoped caller reads templates and the project handbooks within the scope.
      qb.leftJoin(Project, 'p', 'p.id = h.projectId').andWhere(
        new Brackets((w) => w.where("h.kind = 'TEMPLATE'").orWhere(limit.sql, limit.params)),
      );
    }
    const sort = sortOrder(HandbookSortField, args.sort, { field: 'name', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'h', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  /** A handbook the caller may read (another region's project handbook is NOT_FOUND). */
  async get(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<Handbook> {
    const h = await db.repo(Handbook).getById(id);
    if (h.projectId) {
      const project = await db.repo(Project).getById(h.projectId);
      if (!canSeeProject(ctx.user, project)) throw new NotFoundError('Handbook', id);
    }
    return h;
  }

  async forProject(ctx: RequestContext, projectId: string): Promise<Handbook | null> {
    await portfolio.getProject(ctx, projectId);
    return ctx.db.repo(Handbook).findOne({ projectId });
  }

  /** Any version may be viewed; drafts only by those who edit handbooks. */
  async version(ctx: RequestContext, versionId: string): Promise<HandbookVersion> {
    const v = await ctx.db.repo(HandbookVersion).getById(versionId);
    await this.get(ctx, v.handbookId);
    if (v.status === 'DRAFT' && !canEditHandbooks(ctx.user)) throw new NotFoundError('HandbookVersion', versionId);
    return v;
  }

  async versionByNumber(ctx: RequestContext, handbookId: string, number: number): Promise<HandbookVersion> {
    await this.get(ctx, handbookId);
    const v = await ctx.db.repo(HandbookVersion).findOne({ handbookId, number });
    if (!v) throw BadUserInputError.field('number', 'NOT_FOUND', `This handbook has no version ${number}`);
    return v;
  }

  // ── creating ─────────────────────────────────────────────────────────────
  async createTemplate(ctx: RequestContext, input: HandbookTemplateInput): Promise<Handbook> {
    requireEditor(ctx.user);
    return ctx.db.transaction(async (db) => {
      const name = input.name.trim();
      if (await db.repo(Handbook).exists({ kind: 'TEMPLATE', name }))
        throw BadUserInputError.field(['input', 'name'], 'TAKEN', 'A template with this name already exists');
      const handbook = await db.repo(Handbook).insert({
        kind: 'TEMPLATE',
        name,
        format: input.format,
        projectId: null,
        sourceTemplateId: null,
        draftVersionId: null,
        latestVersionId: null,
        latestNumber: 0,
      });
      const after = await handbookVersioning.createWithDraft(db, handbook, { sections: [] });
      await db.audit({
        operation: 'createHandbookTemplate',
        entity: 'Handbook',
        entityId: handbook.id,
        changes: changedFields(null, after, ['kind', 'name', 'format']),
      });
      return after;
    });
  }

  /**
   * A project's handbook, starting as a draft copied from a published template of the
   * project's property format (the given one, or the format's first published template).
   * Template frequencies find the property's zone of the same name.
   */
  async createForProject(ctx: RequestContext, projectId: string, templateId?: string | null): Promise<Handbook> {
    requireEditor(ctx.user);
    return this.createForProjectIn(ctx, ctx.db, projectId, templateId);
  }

  /**
   * createForProject without the role check, inside the caller's transaction `db` (go-live
   * provisioning of an onboarded project runs it for whoever may take the project live).
   */
  async createForProjectIn(ctx: RequestContext, outer: TenantDb, projectId: string, templateId?: string | null): Promise<Handbook> {
    return outer.transaction(async (db) => {
      const project = await portfolio.getProject(ctx, projectId, db);
      if (await db.repo(Handbook).exists({ projectId }))
        throw BadUserInputError.field('projectId', 'TAKEN', 'This project already has a handbook');
      const property = await db.repo(Property).getById(project.propertyId);
      let template: Handbook | null = null;
      if (templateId) {
        template = await db.repo(Handbook).findById(templateId);
        if (!template || template.kind !== 'TEMPLATE')
          throw BadUserInputError.field('templateId', 'NOT_FOUND', 'This template does not exist');
        if (!template.latestVersionId) throw BadUserInputError.field('templateId', 'INVALID_VALUE', 'Publish the template before using it');
      } else {
        const candidates = await db.repo(Handbook).find({ where: { kind: 'TEMPLATE', format: property.format }, order: { name: 'ASC' } });
        template = candidates.find((t) => t.latestVersionId) ?? null;
      }
      let doc: HandbookDoc = { sections: [] };
      if (template?.latestVersionId) {
        doc = withFreshKeys(await loadDoc(db, template.latestVersionId));
        mapZonesByName(doc, property.zones);
      }
      const handbook = await db.repo(Handbook).insert({
        kind: 'PROJECT',
        name: `${project.name} 工作手册`.slice(0, LIMITS.title),
        format: property.format,
        projectId,
        sourceTemplateId: template?.id ?? null,
        draftVersionId: null,
        latestVersionId: null,
        latestNumber: 0,
      });
      const after = await handbookVersioning.createWithDraft(db, handbook, doc);
      await db.audit({
        operation: 'createProjectHandbook',
        entity: 'Handbook',
        entityId: handbook.id,
        changes: changedFields(null, after, ['kind', 'name', 'format', 'projectId', 'sourceTemplateId']),
      });
      return after;
    });
  }

  /** Opens a draft from the latest published version (or returns the open draft). */
  async startDraft(ctx: RequestContext, handbookId: string): Promise<HandbookVersion> {
    requireEditor(ctx.user);
    return ctx.db.transaction(async (db) => handbookVersioning.startDraft(db, await this.get(ctx, handbookId, db)));
  }

  // ── editing ──────────────────────────────────────────────────────────────
  async saveDraft(ctx: RequestContext, handbookId: string, input: HandbookDraftInput, expectedVersion: number): Promise<HandbookVersion> {
    requireEditor(ctx.user);
    return ctx.db.transaction(async (db) => {
      const h = await this.get(ctx, handbookId, db);
      await this.refuseWhilePending(db, h);
      const doc = await this.checkDraft(db, h, input);
      return handbookVersioning.saveDraft(db, h, doc, expectedVersion);
    });
  }

  /**
   * Publishes the draft, or — when the company has an active HANDBOOK_PUBLISH approval flow —
   * submits it for approval and returns the draft (still DRAFT; it is published after the last
   * approval).
   */
  async publish(ctx: RequestContext, handbookId: string, changeSummary: string, expectedVersion: number): Promise<HandbookVersion> {
    requireEditor(ctx.user);
    return ctx.db.transaction(async (db) => {
      const handbook = await this.get(ctx, handbookId, db);
      await this.refuseWhilePending(db, handbook);
      if (this.approvals) {
        const { summary, draft } = await handbookVersioning.checkPublishable(db, handbook, changeSummary, expectedVersion);
        const project = handbook.projectId ? await db.repo(Project).getById(handbook.projectId) : null;
        const request = await this.approvals.submitIfRequired(ctx, db, 'HANDBOOK_PUBLISH', {
          subjectId: handbook.id,
          subjectVersionId: draft.id,
          title: `${handbook.name} V${handbook.latestNumber + 1}`,
          payload: { changeSummary: summary, number: handbook.latestNumber + 1 },
          projectId: project?.id ?? null,
          regionId: project?.regionId ?? null,
        });
        if (request) return draft;
      }
      return this.publishIn(db, handbook, changeSummary, expectedVersion, ctx.now());
    });
  }

  /** The one publish path: freeze the draft, then the listeners (training's retraining) in the same transaction. */
  private async publishIn(
    db: TenantDb,
    handbook: Handbook,
    changeSummary: string,
    expectedVersion: number,
    now: Date,
  ): Promise<HandbookVersion> {
    const published = await handbookVersioning.publish(db, handbook, changeSummary, expectedVersion);
    for (const listener of this.onPublished)
      await listener(db, { handbook, previousVersionId: handbook.latestVersionId, version: published, now });
    return published;
  }

  /** A draft waiting for approval is frozen: no save, discard or second submission until it is decided or withdrawn. */
  private async refuseWhilePending(db: TenantDb, handbook: Handbook): Promise<void> {
    if (this.approvals && (await this.approvals.pendingFor(db, handbook.id)))
      throw BadUserInputError.field('handbookId', 'INVALID_VALUE', 'This draft is waiting for approval; withdraw the request to change it');
  }

  /** The approval request of the open draft (pending, or the rejection that returned it), if any. */
  async draftApproval(ctx: RequestContext, handbook: Handbook) {
    if (!this.approvals || !handbook.draftVersionId) return null;
    const r = await this.approvals.latestFor(ctx.db, handbook.id);
    return r && r.subjectVersionId === handbook.draftVersionId ? r : null;
  }

  async discardDraft(ctx: RequestContext, handbookId: string): Promise<Handbook> {
    requireEditor(ctx.user);
    return ctx.db.transaction(async (db) => {
      const handbook = await this.get(ctx, handbookId, db);
      await this.refuseWhilePending(db, handbook);
      return handbookVersioning.discardDraft(db, handbook);
    });
  }

  // ── comparing ────────────────────────────────────────────────────────────
  async diff(ctx: RequestContext, handbookId: string, fromNumber: number, toNumber: number | null) {
    const h = await this.get(ctx, handbookId);
    const from = await this.versionByNumber(ctx, handbookId, fromNumber);
    let to: HandbookVersion;
    if (toNumber == null) {
      if (!h.draftVersionId || !canEditHandbooks(ctx.user))
        throw BadUserInputError.field('toNumber', 'NOT_FOUND', 'There is no draft to compare with');
      to = await ctx.db.repo(HandbookVersion).getById(h.draftVersionId);
    } else {
      to = await this.versionByNumber(ctx, handbookId, toNumber);
    }
    return { fromNumber, toNumber, ...(await this.diffVersions(ctx.db, from.id, to.id)) };
  }

  /**
   * What an approver of a HANDBOOK_PUBLISH request sees: the submitted draft against the latest
   * published version (or an empty handbook before the first).
   */
  async approvalDiff(db: TenantDb, handbookId: string, draftVersionId: string) {
    const h = await db.repo(Handbook).getById(handbookId);
    const draft = await db.repo(HandbookVersion).getById(draftVersionId);
    const parts = await this.diffVersions(db, h.latestVersionId, draft.id);
    return { fromNumber: h.latestNumber, toNumber: draft.number, ...parts };
  }

  private async diffVersions(db: TenantDb, fromId: string | null, toId: string) {
    const docs = await loadDocs(db, fromId ? [fromId, toId] : [toId]);
    const a = fromId ? docs.get(fromId)! : { sections: [] };
    const b = docs.get(toId)!;
    const d = diffHandbooks(a, b);
    // Labels for people: section titles, standard codes and titles, task names.
    const standardIds = [...a.sections, ...b.sections].flatMap((s) => s.items.map((i) => i.standardId));
    const standards = new Map((await db.repo(Standard).findByIds(standardIds)).map((s) => [s.id, s]));
    const label = new Map<string, string>();
    const sectionTitle = new Map<string, string>();
    for (const doc of [a, b]) {
      for (const s of doc.sections) {
        label.set(s.key, s.titleZh);
        sectionTitle.set(s.key, s.titleZh);
        for (const i of s.items) {
          const std = standards.get(i.standardId);
          label.set(i.key, std ? `${std.code} ${std.titleZh}` : i.standardId);
        }
        for (const f of s.frequencies) label.set(f.key, f.taskZh);
      }
    }
    return {
      sections: labelDiffPart(d.sections, label, sectionTitle),
      items: labelDiffPart(d.items, label, sectionTitle),
      frequencies: labelDiffPart(d.frequencies, label, sectionTitle),
    };
  }

  // ── helpers ──────────────────────────────────────────────────────────────
  /** Validates a whole draft against the library and the project's zones; all errors at once. */
  private async checkDraft(db: TenantDb, h: Handbook, input: HandbookDraftInput): Promise<HandbookDoc> {
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
    let zones = new Set<string>();
    if (h.projectId) {
      const project = await db.repo(Project).getById(h.projectId);
      zones = new Set((await db.repo(Property).getById(project.propertyId)).zones.map((z) => z.id));
    }
    const doc: HandbookDoc = {
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
            return {
              key: key(it.key, ip),
              standardId: it.standardId,
              requirementZh: it.requirementZh?.trim() || null,
              requirementEn: it.requirementEn?.trim() || null,
              score: it.score ?? null,
              note: it.note?.trim() || null,
            };
          }),
          frequencies: s.frequencies.map((f, j) => {
            const fp = [...sp, 'frequencies', String(j)];
            const problem = recurrenceError(f.rrule);
            if (problem) errors.push(fieldError([...fp, 'rrule'], 'INVALID_FORMAT', problem));
            if (f.zoneId && !h.projectId)
              errors.push(fieldError([...fp, 'zoneId'], 'INVALID_VALUE', 'A template has no zones; name the place in locationZh'));
            else if (f.zoneId && !zones.has(f.zoneId))
              errors.push(fieldError([...fp, 'zoneId'], 'NOT_FOUND', 'This zone is not part of the project’s property'));
            return {
              key: key(f.key, fp),
              taskZh: f.taskZh.trim(),
              taskEn: f.taskEn?.trim() || null,
              zoneId: f.zoneId ?? null,
              locationZh: f.locationZh?.trim() || null,
              rrule: problem ? f.rrule : normaliseRecurrence(f.rrule),
              note: f.note?.trim() || null,
            };
          }),
        };
      }),
    };
    if (errors.length) throw new BadUserInputError(errors);
    return doc;
  }
}
