import {
  Brackets,
  Inspection,
  InspectionItemResult,
  InspectionOccurrence,
  InspectionTemplate,
  InspectionTemplateItem,
  InspectionTemplateVersion,
  Project,
  Standard,
  paginate,
  type DraftItemResult,
  type SelectQueryBuilder,
  type TenantDb,
  containsPattern,
} from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { PortfolioService } from '@pinzhi/api-portfolio';
import { limitToScope, submitOnce } from '@pinzhi/api-core';
import { loadChecklist } from '@pinzhi/api-inspection-templates';
import { OccurrencesService, mayCompleteOccurrence } from '@pinzhi/api-inspection-planning';
import {
  AD_HOC_INSPECTORS,
  INSPECTION_LEVEL_LABELS,
  LEVEL_PERFORMERS,
  adHocLevel,
  mayPerformLevel,
  type InspectionLevel,
  INSPECTION_RULES,
  checkItemResults,
  completionError,
  createsFeedback,
  localTime,
  scoreInspection,
  type ChecklistDoc,
  type ItemResultEntry,
} from '@pinzhi/domain';
import { EvidenceService } from './evidence.service';
import type { InspectionInput, InspectionItemInput, InspectionsArgs } from './inputs';
import { RectificationsService, type NewRectification } from './rectifications.service';
import { FeedbackService } from './feedback.service';
import { FindingsService, type FindingsChargedListener } from './findings.service';
import type { InspectionItemResultType } from './types';
import { InspectionSortField } from './inputs';

const portfolio = new PortfolioService();
const MINUTE = 60_000;
const DAY = 86_400_000;

/** What an inspection is of: a planned occurrence, or a project and checklist (ad hoc). */
interface Target {
  occurrence: InspectionOccurrence | null;
  project: Project;
  templateId: string;
  templateVersionId: string;
  level: InspectionLevel;
}

/**
 * 品质检查: drafts saved by the inspector's device, and idempotent submission — scored by the
 * domain rules against the frozen checklist version, completing the planned occurrence and
 * opening rectifications for failed critical (and chosen) items, all in one transaction.
 */
export class InspectionsService {
  constructor(
    private readonly occurrences: OccurrencesService,
    private readonly evidence: EvidenceService,
    private readonly rectifications: RectificationsService,
    private readonly feedback: FeedbackService,
    private readonly findings: FindingsService = new FindingsService(),
    private readonly onFindingsCharged: FindingsChargedListener[] = [],
  ) {}

  // --- Reading

  /** Drafts are their author's only; inspectors see their own; regional operations their regions. */
  private limit(qb: SelectQueryBuilder<Inspection>, ctx: RequestContext): void {
    const me = ctx.user;
    qb.andWhere(new Brackets((w) => w.where("i.status = 'SUBMITTED'").orWhere('i.inspectorUserId = :me', { me: me.userId })));
    limitToScope(qb, me, { project: 'i.projectId', region: 'i.regionId' });
    if (me.role === 'INSPECTOR') qb.andWhere('i.inspectorUserId = :me', { me: me.userId });
  }

  async get(ctx: RequestContext, id: string): Promise<Inspection> {
    const qb = ctx.db.repo(Inspection).query('i').andWhere('i.id = :id', { id });
    this.limit(qb, ctx);
    const row = await qb.getOne();
    if (!row) throw new NotFoundError('Inspection', id);
    return row;
  }

  async list(ctx: RequestContext, args: InspectionsArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Inspection).query('i');
    this.limit(qb, ctx);
    qb.andWhere('i.status = :status', { status: f.status ?? 'SUBMITTED' });
    if (f.status === 'DRAFT' || f.mine) qb.andWhere('i.inspectorUserId = :me', { me: ctx.user.userId });
    if (f.projectId) qb.andWhere('i.projectId = :projectId', { projectId: f.projectId });
    if (f.regionId) qb.andWhere('i.regionId = :regionId', { regionId: f.regionId });
    if (f.passed != null) qb.andWhere('i.passed = :passed', { passed: f.passed });
    if (f.from) qb.andWhere('i.localDate >= :from', { from: f.from });
    if (f.to) qb.andWhere('i.localDate <= :to', { to: f.to });
    if (f.search?.trim()) {
      const like = containsPattern(f.search);
      qb.innerJoin(Project, 'p', 'p.id = i.projectId').andWhere("(p.code LIKE :like ESCAPE '!' OR p.name LIKE :like ESCAPE '!')", { like });
    }
    const sort = sortOrder(
      InspectionSortField,
      args.sort,
      f.status === 'DRAFT' ? { field: 'updatedAt', direction: 'DESC' } : { field: 'submittedAt', direction: 'DESC' },
    );
    const page = await paginate(qb, { ...args, alias: 'i', sort, defaultSize: 20 }).catch(cursorError);
    return toConnection(page);
  }

  /** Item results: rows of a submitted inspection (one query per page of inspections), or a draft's JSON. */
  async items(ctx: RequestContext, inspection: Inspection): Promise<InspectionItemResultType[]> {
    if (inspection.status === 'DRAFT') {
      return (inspection.draftItems ?? []).map((d) => ({
        id: null,
        itemKey: d.itemKey,
        sectionKey: null,
        position: null,
        standardId: null,
        result: d.result,
        score: d.score,
        deductionKeys: d.deductionKeys,
        possiblePoints: null,
        earnedPoints: null,
        critical: false,
        note: d.note,
        evidenceFileIds: d.evidenceFileIds,
        customerFacing: d.customerFacing ?? false,
        employeeId: d.employeeId ?? null,
      }));
    }
    return ctx.loaders
      .custom<string, InspectionItemResult[]>('inspectionItemResults', async (db, ids) => {
        const rows = await db
          .repo(InspectionItemResult)
          .query('r')
          .andWhere('r.inspectionId IN (:...ids)', { ids })
          .orderBy('r.position', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.inspectionId === id));
      })
      .load(inspection.id);
  }

  // --- Drafts

  /** Creates or replaces the caller's draft with this client key. Results may be incomplete. */
  async saveDraft(ctx: RequestContext, input: InspectionInput): Promise<Inspection> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const existing = await db.repo(Inspection).findOne({ clientKey: input.clientKey });
      if (existing) this.assertOwnDraft(ctx, existing);
      const target = await this.targetFor(ctx, db, input, existing, now);
      const doc = await loadChecklist(db, target.templateVersionId);
      const errors = [...this.checkCommon(input, now), ...this.checkItems(doc, input.items, false)];
      errors.push(...(await this.checkFiles(db, ctx, input)));
      errors.push(...(await this.findings.checkCharges(db, target.project, doc, input.items)));
      if (errors.length) throw new BadUserInputError(errors);
      const values = {
        performedAt: input.performedAt ?? null,
        note: input.note?.trim() || null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        locationText: input.locationText?.trim() || null,
        signatureFileId: input.signatureFileId ?? null,
        draftItems: input.items.map(toDraftItem),
      };
      if (existing) {
        const after = await db.repo(Inspection).update(existing.id, values, existing.version);
        await db.audit({
          operation: 'saveInspectionDraft',
          entity: 'Inspection',
          entityId: after.id,
          changes: {
            items: { from: existing.draftItems?.length ?? 0, to: input.items.length },
            ...chargedChange(existing.draftItems ?? [], input.items),
          },
        });
        return after;
      }
      const row = await db.repo(Inspection).insert({ ...this.newRow(ctx, input.clientKey, target), status: 'DRAFT', ...values });
      await db.audit({
        operation: 'saveInspectionDraft',
        entity: 'Inspection',
        entityId: row.id,
        changes: { status: { from: null, to: 'DRAFT' }, ...chargedChange([], input.items) },
      });
      return row;
    });
  }

  // --- Submission

  /**
   * Submits an inspection whole. Idempotent: when the caller already submitted one with this
   * client key, that inspection is returned and nothing is stored again — also when two
   * submissions race (the unique key on (tenant, clientKey) decides, the loser re-reads).
   */
  async submit(ctx: RequestContext, input: InspectionInput): Promise<Inspection> {
    return submitOnce(
      () => this.alreadySubmitted(ctx, ctx.db, input.clientKey),
      () => ctx.db.transaction((db) => this.submitIn(ctx, db, input)),
    );
  }

  private async alreadySubmitted(ctx: RequestContext, db: TenantDb, clientKey: string): Promise<Inspection | null> {
    const row = await db.repo(Inspection).findOne({ clientKey });
    if (!row || row.status !== 'SUBMITTED') return null;
    if (row.inspectorUserId !== ctx.user.userId)
      throw BadUserInputError.field(['input', 'clientKey'], 'TAKEN', 'Another inspection uses this client key');
    return row;
  }

  private async submitIn(ctx: RequestContext, db: TenantDb, input: InspectionInput): Promise<Inspection> {
    const now = ctx.now();
    const done = await this.alreadySubmitted(ctx, db, input.clientKey);
    if (done) return done;
    const draft = await db.repo(Inspection).findOne({ clientKey: input.clientKey });
    if (draft) this.assertOwnDraft(ctx, draft);
    const target = await this.targetFor(ctx, db, input, draft, now);
    const doc = await loadChecklist(db, target.templateVersionId);

    // Validate everything first: the mutation fails whole, with every problem's path.
    const errors = [...this.checkCommon(input, now), ...this.checkItems(doc, input.items, true)];
    if (!input.signatureFileId) errors.push(fieldError(['input', 'signatureFileId'], 'REQUIRED', 'The inspector signs the inspection'));
    errors.push(...(await this.checkFiles(db, ctx, input)));
    errors.push(...(await this.findings.checkCharges(db, target.project, doc, input.items)));
    if (target.occurrence) {
      const problem = completionError(target.occurrence, now);
      if (problem === 'ALREADY_COMPLETED')
        errors.push(fieldError(['input', 'occurrenceId'], 'INVALID_TRANSITION', 'This inspection is already recorded'));
      if (problem === 'NOT_YET_DUE')
        errors.push(
          fieldError(['input', 'occurrenceId'], 'INVALID_TRANSITION', 'This inspection is not due yet', {
            dueAt: target.occurrence.dueAt.toISOString(),
          }),
        );
      if (problem === 'WINDOW_CLOSED') {
        errors.push(
          fieldError(
            ['input', 'occurrenceId'],
            'INVALID_TRANSITION',
            'The window closed and late submission is not allowed: this one is missed',
            { windowEndsAt: target.occurrence.windowEndsAt.toISOString() },
          ),
        );
      }
    }
    if (errors.length) throw new BadUserInputError(errors);
    const entries = input.items.map(toEntry);
    const score = scoreInspection(doc, entries);
    const byKey = new Map(input.items.map((i, index) => [i.itemKey, { input: i, index }]));
    const rectErrors: FieldError[] = [];
    const wanted: Array<{ itemKey: string; index: number; automatic: boolean }> = [];
    for (const s of score.items) {
      const given = byKey.get(s.itemKey)!;
      if (given.input.rectification && s.result !== 'FAIL')
        rectErrors.push(
          fieldError(['input', 'items', String(given.index), 'rectification'], 'INVALID_VALUE', 'Only a failed item gets a rectification'),
        );
      else if (s.failedCritical || given.input.rectification)
        wanted.push({ itemKey: s.itemKey, index: given.index, automatic: s.failedCritical });
    }
    const plans = wanted.map((w) => ({ ...w, options: byKey.get(w.itemKey)!.input.rectification ?? null }));
    rectErrors.push(
      ...(await this.rectifications.checkOptions(
        db,
        now,
        plans.map((p) => ({ path: ['input', 'items', String(p.index), 'rectification'], options: p.options })),
      )),
    );
    if (rectErrors.length) throw new BadUserInputError(rectErrors);

    // Write: the inspection, one row per item, the occurrence, the rectifications.
    const localDate = localTime(now, target.project.timeZone, 'YYYY-MM-DD');
    const values = {
      status: 'SUBMITTED' as const,
      performedAt: input.performedAt ?? now,
      submittedAt: now,
      localDate,
      note: input.note?.trim() || null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      locationText: input.locationText?.trim() || null,
      signatureFileId: input.signatureFileId ?? null,
      draftItems: null,
      earnedPoints: score.earned,
      possiblePoints: score.possible,
      scorePercent: score.percent,
      passScore: score.passScore,
      passed: score.passed,
      criticalFailed: score.criticalFailed,
      failedItems: score.failedItems,
    };
    const inspection = draft
      ? await db.repo(Inspection).update(draft.id, values, draft.version)
      : await db.repo(Inspection).insert({ ...this.newRow(ctx, input.clientKey, target), ...values });
    const templateItems = await db.repo(InspectionTemplateItem).find({ where: { versionId: target.templateVersionId } });
    const itemIds = new Map(templateItems.map((i) => [i.key, i.id]));
    const rows = await db.repo(InspectionItemResult).insertMany(
      score.items.map((s, n) => {
        const given = byKey.get(s.itemKey)!.input;
        return {
          inspectionId: inspection.id,
          projectId: target.project.id,
          regionId: target.project.regionId,
          templateId: target.templateId,
          templateVersionId: target.templateVersionId,
          level: target.level,
          templateItemId: itemIds.get(s.itemKey)!,
          itemKey: s.itemKey,
          sectionKey: s.sectionKey,
          standardId: s.item.standardId,
          position: n + 1,
          result: s.result,
          possiblePoints: s.possible,
          earnedPoints: s.earned,
          score: given.score ?? null,
          deductionKeys: given.deductionKeys ?? [],
          critical: s.item.critical,
          note: given.note?.trim() || null,
          evidenceFileIds: given.evidenceIds ?? [],
          customerFacing: createsFeedback(s.result, given.customerFacing),
          employeeId: s.result === 'FAIL' ? (given.employeeId ?? null) : null,
          submittedAt: now,
          localDate,
        };
      }),
    );
    if (target.occurrence) {
      // Claim the occurrence: a concurrent submission (another client key) for the same one
      // finds its version moved and fails whole instead of completing it twice.
      const o = target.occurrence;
      const claimed = await db.repo(InspectionOccurrence).updateWhere({ id: o.id, version: o.version }, {});
      if (claimed === 0)
        throw BadUserInputError.field(['input', 'occurrenceId'], 'INVALID_TRANSITION', 'This inspection was just recorded by someone else');
      await this.occurrences.completeIn(db, o, now, null);
    }
    const customerFacing = rows.filter((r) => r.customerFacing);
    const needsWording = plans.length > 0 || customerFacing.length > 0;
    const standards = needsWording
      ? new Map((await db.repo(Standard).findByIds(rows.map((r) => r.standardId))).map((s) => [s.id, s]))
      : new Map<string, Standard>();
    const itemDocs = new Map(doc.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
    /** The item's note, else the checklist item's wording, else the standard's title. */
    const wording = (r: InspectionItemResult, fallback: string) =>
      r.note ?? itemDocs.get(r.itemKey)?.checkpointZh ?? standards.get(r.standardId)?.titleZh ?? fallback;
    if (plans.length) {
      const resultByKey = new Map(rows.map((r) => [r.itemKey, r]));
      const news: NewRectification[] = plans.map((p) => {
        const r = resultByKey.get(p.itemKey)!;
        return {
          result: { ...r, itemResultId: r.id, patrolRunPointId: null },
          automatic: p.automatic,
          options: p.options,
          projectManagerUserId: target.project.managerUserId,
          defaultDescription: wording(r, '不合格项整改'),
        };
      });
      await this.rectifications.createIn(ctx, db, now, news);
    }
    // Customer-facing failures go to Marketing & Customer Service, in the same transaction.
    const feedback = await this.feedback.createIn(
      db,
      now,
      customerFacing.map((r) => ({ result: r, description: wording(r, '客户可见的不合格项') })),
    );
    await ctx.events.emit(
      db,
      now,
      feedback.map((f) => ({
        kind: 'FEEDBACK_RECEIVED' as const,
        entity: { type: 'Feedback', id: f.id },
        params: { project: target.project.name, description: f.description },
        to: [{ roles: ['MARKETING_CS'] as const }],
      })),
    );
    // Findings charged to people: repeated ones on a taught standard require retraining (training's listener).
    const charged = rows.filter((r) => r.employeeId).map((r) => ({ employeeId: r.employeeId!, standardId: r.standardId }));
    if (charged.length) for (const listener of this.onFindingsCharged) await listener(db, { findings: charged, localDate });
    await db.audit({
      operation: 'submitInspection',
      entity: 'Inspection',
      entityId: inspection.id,
      changes: {
        status: { from: draft ? 'DRAFT' : null, to: 'SUBMITTED' },
        scorePercent: { from: null, to: score.percent },
        passed: { from: null, to: score.passed },
        ...(charged.length ? { chargedEmployeeIds: { from: null, to: [...new Set(charged.map((c) => c.employeeId))] } } : {}),
      },
    });
    return inspection;
  }

  // --- Helpers

  private newRow(ctx: RequestContext, clientKey: string, t: Target) {
    return {
      clientKey,
      occurrenceId: t.occurrence?.id ?? null,
      projectId: t.project.id,
      regionId: t.project.regionId,
      templateId: t.templateId,
      templateVersionId: t.templateVersionId,
      level: t.level,
      inspectorUserId: ctx.user.userId,
      performedAt: null,
      submittedAt: null,
      localDate: null,
      note: null,
      signatureFileId: null,
      latitude: null,
      longitude: null,
      locationText: null,
      draftItems: null,
      earnedPoints: null,
      possiblePoints: null,
      scorePercent: null,
      passScore: null,
      passed: null,
      criticalFailed: false,
      failedItems: 0,
    };
  }

  private assertOwnDraft(ctx: RequestContext, row: Inspection): void {
    if (row.inspectorUserId !== ctx.user.userId)
      throw BadUserInputError.field(['input', 'clientKey'], 'TAKEN', 'Another inspection uses this client key');
    if (row.status !== 'DRAFT')
      throw BadUserInputError.field(['input', 'clientKey'], 'INVALID_TRANSITION', 'This inspection is already submitted');
  }

  private assertSameTarget(input: InspectionInput, row: Inspection): void {
    const errors: FieldError[] = [];
    if (input.occurrenceId && input.occurrenceId !== row.occurrenceId)
      errors.push(fieldError(['input', 'occurrenceId'], 'INVALID_VALUE', 'A draft keeps the inspection it was started for'));
    if (input.projectId && input.projectId !== row.projectId)
      errors.push(fieldError(['input', 'projectId'], 'INVALID_VALUE', 'A draft keeps the project it was started for'));
    if (input.templateId && input.templateId !== row.templateId)
      errors.push(fieldError(['input', 'templateId'], 'INVALID_VALUE', 'A draft keeps the checklist it was started with'));
    if (errors.length) throw new BadUserInputError(errors);
  }

  /**
   * What an inspection being started (a new draft or submission) or submitted (an existing
   * draft) is of — and the one check that the caller's role performs its level (检查层级,
   * `LEVEL_PERFORMERS` in libs/domain): FORBIDDEN otherwise, naming the level field.
   */
  private async targetFor(ctx: RequestContext, db: TenantDb, input: InspectionInput, draft: Inspection | null, now: Date): Promise<Target> {
    const target = draft ? await this.targetOf(ctx, db, draft) : await this.resolveTarget(ctx, db, input, now);
    if (draft) this.assertSameTarget(input, draft);
    if (!mayPerformLevel(ctx.user.role, target.level)) {
      const label = INSPECTION_LEVEL_LABELS[target.level];
      throw new ForbiddenError(
        `${label.en} (${label.zh}) inspections are done by ${LEVEL_PERFORMERS[target.level].join(', ')}`,
        undefined,
        {
          field: target.occurrence ? 'occurrenceId' : 'level',
          level: target.level,
          roles: LEVEL_PERFORMERS[target.level],
        },
      );
    }
    return target;
  }

  /** The target of an existing draft (its checklist version stays frozen). */
  private async targetOf(ctx: RequestContext, db: TenantDb, row: Inspection): Promise<Target> {
    const occurrence = row.occurrenceId ? await this.occurrences.get(ctx, row.occurrenceId, db) : null;
    const project = await db.repo(Project).getById(row.projectId);
    return { occurrence, project, templateId: row.templateId, templateVersionId: row.templateVersionId, level: row.level };
  }

  /** Finds what a new inspection is of, and whether the caller may perform it. */
  private async resolveTarget(ctx: RequestContext, db: TenantDb, input: InspectionInput, now: Date): Promise<Target> {
    if (input.occurrenceId) {
      if (input.projectId || input.templateId || input.templateVersionId || input.level) {
        throw BadUserInputError.field(
          ['input', 'occurrenceId'],
          'INVALID_VALUE',
          'Give a planned inspection, or a project and checklist for an ad-hoc one — not both',
        );
      }
      const occurrence = await this.occurrences.get(ctx, input.occurrenceId, db);
      if (!mayCompleteOccurrence(ctx.user, occurrence))
        throw new ForbiddenError('Only its assignee or the Quality Center may perform this inspection');
      if (!occurrence.templateId)
        throw BadUserInputError.field(['input', 'occurrenceId'], 'INVALID_VALUE', 'This is a patrol run, not an inspection');
      const project = await db.repo(Project).getById(occurrence.projectId);
      let versionId = occurrence.templateVersionId;
      if (!versionId) versionId = (await db.repo(InspectionTemplate).getById(occurrence.templateId)).latestVersionId;
      if (!versionId) throw BadUserInputError.field(['input', 'occurrenceId'], 'INVALID_VALUE', 'Its checklist has no published version');
      return { occurrence, project, templateId: occurrence.templateId, templateVersionId: versionId, level: occurrence.level };
    }
    const errors: FieldError[] = [];
    if (!input.projectId)
      errors.push(fieldError(['input', 'projectId'], 'REQUIRED', 'Choose a planned inspection, or a project and a checklist'));
    if (!input.templateId) errors.push(fieldError(['input', 'templateId'], 'REQUIRED', 'Choose the checklist to inspect with'));
    if (errors.length) throw new BadUserInputError(errors);
    if (!AD_HOC_INSPECTORS.includes(ctx.user.role)) throw new ForbiddenError('Your role does not perform inspections');
    const project = await portfolio.getProject(ctx, input.projectId!, db);
    const template = await db.repo(InspectionTemplate).getById(input.templateId!);
    if (template.archivedAt) errors.push(fieldError(['input', 'templateId'], 'INVALID_VALUE', 'This checklist is archived'));
    else if (!template.latestVersionId)
      errors.push(fieldError(['input', 'templateId'], 'INVALID_VALUE', 'This checklist has no published version yet'));
    if (errors.length) throw new BadUserInputError(errors);
    const versionId = input.templateVersionId ?? template.latestVersionId!;
    if (versionId !== template.latestVersionId) await this.checkEarlierVersion(db, template.id, versionId, now);
    const level = input.level ?? adHocLevel(ctx.user.role, template.level);
    return { occurrence: null, project, templateId: template.id, templateVersionId: versionId, level };
  }

  /**
   * An offline device may have filled in a version that was replaced while it was away: it is
   * recorded against what the inspector saw, for as long as a device may stay offline
   * (INSPECTION_RULES.performedDaysAgo after its successor was published).
   */
  private async checkEarlierVersion(db: TenantDb, templateId: string, versionId: string, now: Date): Promise<void> {
    const path = ['input', 'templateVersionId'];
    const version = await db.repo(InspectionTemplateVersion).findById(versionId);
    if (!version || version.templateId !== templateId || version.status !== 'PUBLISHED' || version.number == null)
      throw BadUserInputError.field(path, 'NOT_FOUND', 'Not a published version of this checklist');
    const next = await db.repo(InspectionTemplateVersion).findOne({ templateId, number: version.number + 1 });
    const limit = INSPECTION_RULES.performedDaysAgo.max;
    if (next?.publishedAt && next.publishedAt.getTime() < now.getTime() - limit * DAY)
      throw BadUserInputError.field(path, 'OUT_OF_RANGE', `This version was replaced more than ${limit} days ago`, { max: limit });
  }

  private checkCommon(input: InspectionInput, now: Date): FieldError[] {
    const errors: FieldError[] = [];
    if (input.performedAt) {
      const t = input.performedAt.getTime();
      if (Number.isNaN(t)) errors.push(fieldError(['input', 'performedAt'], 'INVALID_FORMAT', 'Not a valid time'));
      else if (t > now.getTime() + INSPECTION_RULES.clockSkewMinutes.max * MINUTE)
        errors.push(fieldError(['input', 'performedAt'], 'OUT_OF_RANGE', 'This time is in the future'));
      else if (t < now.getTime() - INSPECTION_RULES.performedDaysAgo.max * DAY) {
        errors.push(
          fieldError(['input', 'performedAt'], 'OUT_OF_RANGE', `At most ${INSPECTION_RULES.performedDaysAgo.max} days ago`, {
            max: INSPECTION_RULES.performedDaysAgo.max,
          }),
        );
      }
    }
    if ((input.latitude == null) !== (input.longitude == null))
      errors.push(
        fieldError(
          ['input', input.latitude == null ? 'latitude' : 'longitude'],
          'REQUIRED',
          'Give both latitude and longitude, or neither',
        ),
      );
    return errors;
  }

  private checkItems(doc: ChecklistDoc, items: InspectionItemInput[], complete: boolean): FieldError[] {
    return checkItemResults(doc, items.map(toEntry), { complete }).map((i) =>
      fieldError(i.index === null ? ['input', 'items'] : ['input', 'items', String(i.index), i.field], i.reason, i.message, i.params),
    );
  }

  private checkFiles(db: TenantDb, ctx: RequestContext, input: InspectionInput): Promise<FieldError[]> {
    return Promise.all([
      this.evidence.check(
        db,
        input.items.map((i, n) => ({ path: ['input', 'items', String(n), 'evidenceIds'], ids: i.evidenceIds ?? [] })),
        ctx.user.userId,
      ),
      this.evidence.check(
        db,
        input.signatureFileId ? [{ path: ['input', 'signatureFileId'], ids: [input.signatureFileId] }] : [],
        ctx.user.userId,
        { png: true },
      ),
    ]).then(([a, b]) => [...a, ...b]);
  }
}

function toEntry(i: InspectionItemInput): ItemResultEntry {
  return { itemKey: i.itemKey, result: i.result ?? null, score: i.score ?? null, deductionKeys: i.deductionKeys ?? [] };
}

function toDraftItem(i: InspectionItemInput): DraftItemResult {
  return {
    itemKey: i.itemKey,
    result: i.result ?? null,
    score: i.score ?? null,
    deductionKeys: i.deductionKeys ?? [],
    note: i.note?.trim() || null,
    evidenceFileIds: i.evidenceIds ?? [],
    customerFacing: i.customerFacing ?? false,
    employeeId: i.employeeId ?? null,
  };
}

/** The audit change of the employees named on a draft's items, when it changed. */
function chargedChange(before: ReadonlyArray<{ employeeId?: string | null }>, after: ReadonlyArray<{ employeeId?: string | null }>) {
  const ids = (items: ReadonlyArray<{ employeeId?: string | null }>) =>
    [...new Set(items.map((i) => i.employeeId).filter((e): e is string => !!e))].sort();
  const from = ids(before);
  const to = ids(after);
  return from.join() === to.join() ? {} : { chargedEmployeeIds: { from, to } };
}
