import { CostEntry, CostReview, CostSettings, Project, paginate, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  toConnection,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { limitToScope } from '@pinzhi/api-core';
import {
  COST_CATEGORIES,
  COST_REVIEWERS,
  COST_RULES,
  formatFen,
  monthsOfYear,
  overThreshold,
  variance,
  type CostCategory,
} from '@pinzhi/domain';
import { requireEditor, requireReader, requireReviewer, visibleProject } from './access';
import type { CostLineInput, CostMonthInput, CostOverviewArgs, CostReviewInput } from './inputs';
import { CostOverviewSortField } from './inputs';

export function varianceOf(budgetFen: number, actualFen: number, thresholdBp: number) {
  return { ...variance(budgetFen, actualFen), flagged: overThreshold(budgetFen, actualFen, thresholdBp) };
}

/** Budgets and actuals per project, month and category; variance, thresholds and reviews. */
export class CostsService {
  async thresholdBp(db: TenantDb): Promise<number> {
    return (await db.repo(CostSettings).findOne({}))?.thresholdBp ?? COST_RULES.defaultThresholdBp;
  }

  async settings(ctx: RequestContext) {
    requireReader(ctx.user);
    const row = await ctx.db.repo(CostSettings).findOne({});
    return row ?? { thresholdBp: COST_RULES.defaultThresholdBp, version: 0 };
  }

  async updateSettings(ctx: RequestContext, thresholdBp: number, expectedVersion: number | null) {
    if (ctx.user.role !== 'TENANT_ADMIN') throw new ForbiddenError('Only a tenant admin may change the cost threshold');
    if (!Number.isInteger(thresholdBp) || thresholdBp < COST_RULES.thresholdBp.min || thresholdBp > COST_RULES.thresholdBp.max) {
      throw BadUserInputError.field('thresholdBp', 'OUT_OF_RANGE', 'The threshold must be between 0 and 10000 basis points', {
        min: COST_RULES.thresholdBp.min,
        max: COST_RULES.thresholdBp.max,
      });
    }
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(CostSettings).findOne({});
      if (!before && expectedVersion != null && expectedVersion !== 0)
        throw BadUserInputError.field('expectedVersion', 'INVALID_VALUE', 'The settings were never saved; send 0 or nothing');
      const after = before
        ? await db.repo(CostSettings).update(before.id, { thresholdBp }, expectedVersion ?? undefined)
        : await db.repo(CostSettings).insert({ thresholdBp });
      await db.audit({
        operation: 'updateCostSettings',
        entity: 'CostSettings',
        entityId: after.id,
        changes: changedFields(before, after, ['thresholdBp']),
      });
      return after;
    });
  }

  /** A project's entries, month totals with variance and flags, for a year. */
  async projectCosts(ctx: RequestContext, projectId: string, year: number) {
    requireReader(ctx.user);
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw BadUserInputError.field('year', 'OUT_OF_RANGE', 'Choose a year between 2000 and 2100', { min: 2000, max: 2100 });
    const project = await visibleProject(ctx, projectId);
    const thresholdBp = await this.thresholdBp(ctx.db);
    const entries = await ctx.db
      .repo(CostEntry)
      .query('c')
      .andWhere('c.projectId = :p', { p: project.id })
      .andWhere('c.month LIKE :y', { y: `${year}-%` })
      .orderBy('c.month', 'ASC')
      .addOrderBy('c.category', 'ASC')
      .getMany();
    const reviews = await ctx.db
      .repo(CostReview)
      .query('r')
      .andWhere('r.projectId = :p', { p: project.id })
      .andWhere('r.month LIKE :y', { y: `${year}-%` })
      .orderBy('r.createdAt', 'ASC')
      .getMany();
    const months = monthsOfYear(year).map((month) => {
      const rows = entries.filter((e) => e.month === month);
      const sum = (k: 'budgetFen' | 'actualFen') => rows.reduce((s, r) => s + r[k], 0);
      const latest = reviews.filter((r) => r.month === month).pop() ?? null;
      return {
        month,
        total: varianceOf(sum('budgetFen'), sum('actualFen'), thresholdBp),
        categories: COST_CATEGORIES.map((category) => {
          const e = rows.find((r) => r.category === category);
          return { category, ...varianceOf(e?.budgetFen ?? 0, e?.actualFen ?? 0, thresholdBp) };
        }),
        lastReview: latest,
      };
    });
    const total = varianceOf(
      months.reduce((s, m) => s + m.total.budgetFen, 0),
      months.reduce((s, m) => s + m.total.actualFen, 0),
      thresholdBp,
    );
    return { projectId: project.id, year, thresholdBp, entries, months, total };
  }

  /** Checks lines of one month: each category at most once. */
  lineErrors(lines: CostLineInput[], path: string[]): FieldError[] {
    const errors: FieldError[] = [];
    const seen = new Set<CostCategory>();
    lines.forEach((l, i) => {
      if (seen.has(l.category))
        errors.push(fieldError([...path, String(i), 'category'], 'TAKEN', 'This category appears twice in the month'));
      seen.add(l.category);
    });
    return errors;
  }

  /** Writes one project's month (the grid's row of categories); returns the month's entries. */
  async saveMonth(ctx: RequestContext, input: CostMonthInput): Promise<CostEntry[]> {
    requireEditor(ctx.user);
    const errors = this.lineErrors(input.lines, ['input', 'lines']);
    if (errors.length) throw new BadUserInputError(errors);
    return ctx.db.transaction(async (db) => {
      const project = await visibleProject(ctx, input.projectId, db);
      if (project.archivedAt) throw BadUserInputError.field(['input', 'projectId'], 'INVALID_VALUE', 'This project is archived');
      const total = (rows: CostEntry[]) => rows.reduce((t, e) => ({ b: t.b + e.budgetFen, a: t.a + e.actualFen }), { b: 0, a: 0 });
      const threshold = await this.thresholdBp(db);
      const before = total(await db.repo(CostEntry).find({ where: { projectId: project.id, month: input.month } }));
      await this.writeLines(db, project.id, input.month, input.lines, 'saveCostMonth');
      const entries = await db.repo(CostEntry).find({ where: { projectId: project.id, month: input.month }, order: { category: 'ASC' } });
      const after = total(entries);
      // A month that becomes flagged goes to the region's operations and the reviewers.
      if (overThreshold(after.b, after.a, threshold) && !overThreshold(before.b, before.a, threshold))
        await ctx.events.emit(db, ctx.now(), {
          kind: 'COST_MONTH_FLAGGED',
          entity: { type: 'Project', id: project.id },
          params: {
            project: project.name,
            month: input.month,
            projectId: project.id,
            actualYuan: formatFen(after.a),
            budgetYuan: formatFen(after.b),
            variancePercent: variance(after.b, after.a).variancePercent,
          },
          to: [
            { roles: ['REGIONAL_OPS', 'PROJECT_MANAGER'], regionId: project.regionId, projectId: project.id },
            { roles: COST_REVIEWERS },
          ],
        });
      return entries;
    });
  }

  /** Inserts or updates entries (with their expected versions) and audits each change. */
  async writeLines(
    db: TenantDb,
    projectId: string,
    month: string,
    lines: Array<Pick<CostLineInput, 'category' | 'budgetFen' | 'actualFen' | 'expectedVersion'>>,
    operation: 'saveCostMonth' | 'importCosts',
  ): Promise<{ created: number; updated: number }> {
    const existing = new Map((await db.repo(CostEntry).find({ where: { projectId, month } })).map((e) => [e.category, e]));
    let created = 0;
    let updated = 0;
    for (const l of lines) {
      const before = existing.get(l.category) ?? null;
      const values = { budgetFen: l.budgetFen, actualFen: l.actualFen };
      if (before && before.budgetFen === l.budgetFen && before.actualFen === l.actualFen && l.expectedVersion == null) continue;
      const after = before
        ? await db.repo(CostEntry).update(before.id, values, l.expectedVersion ?? undefined)
        : await db.repo(CostEntry).insert({ projectId, month, category: l.category, ...values });
      if (before) updated++;
      else created++;
      await db.audit({
        operation,
        entity: 'CostEntry',
        entityId: after.id,
        record: { entity: 'Project', id: projectId },
        changes: changedFields(before, after, ['month', 'category', 'budgetFen', 'actualFen']),
      });
    }
    return { created, updated };
  }

  /** Projects (REGIONAL_OPS: their regions) with their totals for a month or year, by name. */
  async overview(ctx: RequestContext, args: CostOverviewArgs) {
    requireReader(ctx.user);
    checkPageArgs(args);
    const qb = ctx.db.repo(Project).query('p').andWhere('p.archivedAt IS NULL');
    if (args.regionId) qb.andWhere('p.regionId = :regionId', { regionId: args.regionId });
    limitToScope(qb, ctx.user, { project: 'p.id', region: 'p.regionId' });
    const sort = sortOrder(CostOverviewSortField, args.sort, { field: 'name', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'p', sort, defaultSize: 50 }).catch(cursorError);
    const thresholdBp = await this.thresholdBp(ctx.db);
    const ids = page.nodes.map((p) => p.id);
    const sums = new Map<string, { b: number; a: number }>();
    if (ids.length) {
      const q = ctx.db
        .repo(CostEntry)
        .query('c')
        .select('c.projectId', 'projectId')
        .addSelect('SUM(c.budgetFen)', 'b')
        .addSelect('SUM(c.actualFen)', 'a')
        .andWhere('c.projectId IN (:...ids)', { ids });
      if (args.period.length === 7) q.andWhere('c.month = :m', { m: args.period });
      else q.andWhere('c.month LIKE :y', { y: `${args.period}-%` });
      for (const r of await q.groupBy('c.projectId').getRawMany<{ projectId: string; b: string | number; a: string | number }>())
        sums.set(r.projectId, { b: Number(r.b), a: Number(r.a) });
    }
    const rows = page.nodes.map((p) => {
      const s = sums.get(p.id) ?? { b: 0, a: 0 };
      return { id: p.id, projectId: p.id, period: args.period, ...varianceOf(s.b, s.a, thresholdBp) };
    });
    return toConnection({ ...page, nodes: rows });
  }

  async review(ctx: RequestContext, input: CostReviewInput) {
    requireReviewer(ctx.user);
    return ctx.db.transaction(async (db) => {
      const project = await visibleProject(ctx, input.projectId, db);
      const thresholdBp = await this.thresholdBp(db);
      const rows = await db.repo(CostEntry).find({ where: { projectId: project.id, month: input.month } });
      const budgetFen = rows.reduce((s, r) => s + r.budgetFen, 0);
      const actualFen = rows.reduce((s, r) => s + r.actualFen, 0);
      if (!overThreshold(budgetFen, actualFen, thresholdBp))
        throw BadUserInputError.field(
          ['input', 'month'],
          'INVALID_VALUE',
          'This month is not over the threshold; there is nothing to review',
        );
      const note = input.note?.trim() || null;
      if (input.decision !== 'ACCEPTED' && !note)
        throw BadUserInputError.field(['input', 'note'], 'REQUIRED', 'Explain the budget adjustment or the action required');
      const review = await db.repo(CostReview).insert({
        projectId: project.id,
        month: input.month,
        decision: input.decision,
        note,
        reviewerUserId: ctx.user.userId,
        budgetFen,
        actualFen,
        thresholdBp,
      });
      await db.audit({
        operation: 'reviewCosts',
        entity: 'CostReview',
        entityId: review.id,
        record: { entity: 'Project', id: review.projectId },
        changes: changedFields(null, review, ['projectId', 'month', 'decision', 'note']),
      });
      return review;
    });
  }

  async reviews(ctx: RequestContext, projectId: string) {
    requireReader(ctx.user);
    const project = await visibleProject(ctx, projectId);
    return ctx.db
      .repo(CostReview)
      .query('r')
      .andWhere('r.projectId = :p', { p: project.id })
      .orderBy('r.createdAt', 'DESC')
      .take(200)
      .getMany();
  }
}
