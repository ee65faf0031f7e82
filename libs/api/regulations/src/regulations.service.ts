import { randomUUID } from 'node:crypto';
import { Membership, Regulation, RegulationAcknowledgement, RegulationVersion, paginate, type TenantDb } from '@pinzhi/db';
import {
  BadUserInputError,
  DocumentVersioning,
  ForbiddenError,
  NotFoundError,
  changedFields,
  checkPageArgs,
  cursorError,
  fieldError,
  labelDiffPart,
  toConnection,
  type AuthInfo,
  type FieldError,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import { REGULATION_RULES, REGULATION_WRITERS, diffRegulations, mustAcknowledge, type RegulationDoc } from '@pinzhi/domain';
import { loadRegulationDoc, loadRegulationDocs, writeRegulationDoc } from './content';
import type { RegulationDraftInput, RegulationInput, RegulationsArgs } from './inputs';
import { RegulationSortField } from './inputs';

const R = REGULATION_RULES;

export const canWriteRegulations = (u: AuthInfo) => REGULATION_WRITERS.includes(u.role);

function requireWriter(u: AuthInfo): void {
  if (!canWriteRegulations(u)) throw new ForbiddenError('Only the Quality Center or a tenant admin may write QC regulations');
}

/** Regulations use the same draft → publish mechanism as handbooks and checklists, with their own sections table. */
export const regulationVersioning = new DocumentVersioning<Regulation, RegulationVersion, RegulationDoc>({
  head: Regulation,
  version: RegulationVersion,
  ownerField: 'regulationId',
  idArgument: 'regulationId',
  operations: {
    start: 'startRegulationDraft',
    save: 'saveRegulationDraft',
    publish: 'publishRegulation',
    discard: 'discardRegulationDraft',
  },
  auditEntities: { head: 'Regulation', version: 'RegulationVersion' },
  noun: 'regulation',
  content: {
    empty: () => ({ sections: [] }),
    load: loadRegulationDoc,
    write: writeRegulationDoc,
    isEmpty: (doc) => doc.sections.length === 0,
  },
  maxChangeSummary: R.changeSummary.max,
});

export interface AckCounts {
  required: number;
  acknowledged: number;
}

/**
 * 品质控制管理制度: regulations (tenant-wide or per property format) with versions, diffs and
 * acknowledgements. Everyone signed in reads published versions; the Quality Center and
 * admins write, publish and see who has read the current version. A member whose role a
 * regulation applies to acknowledges its current version; a new version needs a new one.
 */
export class RegulationsService {
  // ── reading ──────────────────────────────────────────────────────────────
  async list(ctx: RequestContext, args: RegulationsArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Regulation).query('r');
    if (f.scope) qb.andWhere('r.scope = :scope', { scope: f.scope });
    if (f.format) qb.andWhere('r.format = :format', { format: f.format });
    if (f.search?.trim()) qb.andWhere('r.title LIKE :search', { search: `%${f.search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%` });
    // Readers who do not write see published regulations only.
    if (!canWriteRegulations(ctx.user)) qb.andWhere('r.latestNumber > 0');
    const sort = sortOrder(RegulationSortField, args.sort, { field: 'title', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 'r', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  async get(ctx: RequestContext, id: string, db: TenantDb = ctx.db): Promise<Regulation> {
    const r = await db.repo(Regulation).getById(id);
    if (r.latestNumber === 0 && !canWriteRegulations(ctx.user)) throw new NotFoundError('Regulation', id);
    return r;
  }

  async version(ctx: RequestContext, versionId: string): Promise<RegulationVersion> {
    const v = await ctx.db.repo(RegulationVersion).getById(versionId);
    await this.get(ctx, v.regulationId);
    if (v.status === 'DRAFT' && !canWriteRegulations(ctx.user)) throw new NotFoundError('RegulationVersion', versionId);
    return v;
  }

  private async versionByNumber(ctx: RequestContext, regulationId: string, number: number, argument: string): Promise<RegulationVersion> {
    const v = await ctx.db.repo(RegulationVersion).findOne({ regulationId, number });
    if (!v) throw BadUserInputError.field(argument, 'NOT_FOUND', `This regulation has no version ${number}`);
    return v;
  }

  async diff(ctx: RequestContext, regulationId: string, fromNumber: number, toNumber: number | null) {
    const r = await this.get(ctx, regulationId);
    const from = await this.versionByNumber(ctx, regulationId, fromNumber, 'fromNumber');
    let to: RegulationVersion;
    if (toNumber == null) {
      if (!r.draftVersionId || !canWriteRegulations(ctx.user))
        throw BadUserInputError.field('toNumber', 'NOT_FOUND', 'There is no draft to compare with');
      to = await ctx.db.repo(RegulationVersion).getById(r.draftVersionId);
    } else {
      to = await this.versionByNumber(ctx, regulationId, toNumber, 'toNumber');
    }
    const docs = await loadRegulationDocs(ctx.db, [from.id, to.id]);
    const a = docs.get(from.id)!;
    const b = docs.get(to.id)!;
    const label = new Map<string, string>();
    for (const doc of [a, b]) for (const s of doc.sections) label.set(s.key, s.title);
    return { fromNumber, toNumber, sections: labelDiffPart(diffRegulations(a, b).sections, label, label) };
  }

  // ── acknowledgements ─────────────────────────────────────────────────────
  /** Active members per role (one query per request). */
  private activeMembers(ctx: RequestContext): Promise<Membership[]> {
    return ctx.loaders
      .custom<'all', Membership[]>('activeMemberships', async (db, keys) => {
        const rows = await db.repo(Membership).find({ where: { active: true } });
        return keys.map(() => rows);
      })
      .load('all');
  }

  /** Acknowledgements of the given (current) versions, batched per request. */
  private acksOfVersion(ctx: RequestContext, versionId: string): Promise<RegulationAcknowledgement[]> {
    return ctx.loaders
      .custom<string, RegulationAcknowledgement[]>('regulationAcksByVersion', async (db, ids) => {
        const rows = await db.repo(RegulationAcknowledgement).query('a').andWhere('a.versionId IN (:...ids)', { ids }).getMany();
        return ids.map((id) => rows.filter((r) => r.versionId === id));
      })
      .load(versionId);
  }

  /** Required / acknowledged counts of the current version (writers only; null for others). */
  async counts(ctx: RequestContext, r: Regulation): Promise<AckCounts | null> {
    if (!canWriteRegulations(ctx.user)) return null;
    const members = (await this.activeMembers(ctx)).filter((m) => mustAcknowledge(r.appliesToRoles, m.role));
    if (!r.latestVersionId) return { required: members.length, acknowledged: 0 };
    const done = new Set((await this.acksOfVersion(ctx, r.latestVersionId)).map((a) => a.userId));
    return { required: members.length, acknowledged: members.filter((m) => done.has(m.userId)).length };
  }

  /** My acknowledgement of the current version, if I have one. */
  async mine(ctx: RequestContext, r: Regulation): Promise<RegulationAcknowledgement | null> {
    if (!r.latestVersionId) return null;
    return (await this.acksOfVersion(ctx, r.latestVersionId)).find((a) => a.userId === ctx.user.userId) ?? null;
  }

  /** Who must read the current version and who has (writers only). */
  async status(ctx: RequestContext, regulationId: string) {
    requireWriter(ctx.user);
    const r = await this.get(ctx, regulationId);
    const members = (await ctx.db.repo(Membership).find({ where: { active: true } })).filter((m) =>
      mustAcknowledge(r.appliesToRoles, m.role),
    );
    const acks = members.length
      ? await ctx.db
          .repo(RegulationAcknowledgement)
          .query('a')
          .andWhere('a.regulationId = :id', { id: r.id })
          .andWhere('a.userId IN (:...users)', { users: members.map((m) => m.userId) })
          .getMany()
      : [];
    const users = new Map((await ctx.db.members(members.map((m) => m.userId))).map((m) => [m.user.id, m.user]));
    const readers = members
      .filter((m) => users.has(m.userId))
      .map((m) => {
        const mine = acks.filter((a) => a.userId === m.userId);
        const current = r.latestVersionId ? mine.find((a) => a.versionId === r.latestVersionId) : undefined;
        return {
          user: users.get(m.userId)!,
          role: m.role,
          acknowledgedAt: current?.acknowledgedAt ?? null,
          lastAcknowledgedNumber: mine.length ? Math.max(...mine.map((a) => a.versionNumber)) : null,
        };
      })
      .sort(
        (x, y) => Number(!!x.acknowledgedAt) - Number(!!y.acknowledgedAt) || x.user.displayName.localeCompare(y.user.displayName, 'zh'),
      );
    return {
      versionNumber: r.latestNumber || null,
      required: readers.length,
      acknowledged: readers.filter((x) => x.acknowledgedAt).length,
      readers,
    };
  }

  /** Published regulations that apply to my role whose current version I have not acknowledged. */
  async myUnread(ctx: RequestContext): Promise<Regulation[]> {
    const all = await ctx.db.repo(Regulation).query('r').andWhere('r.latestNumber > 0').orderBy('r.title', 'ASC').getMany();
    const mineToRead = all.filter((r) => mustAcknowledge(r.appliesToRoles, ctx.user.role));
    if (!mineToRead.length) return [];
    const acks = await ctx.db
      .repo(RegulationAcknowledgement)
      .query('a')
      .andWhere('a.userId = :me', { me: ctx.user.userId })
      .andWhere('a.versionId IN (:...ids)', { ids: mineToRead.map((r) => r.latestVersionId!) })
      .getMany();
    const read = new Set(acks.map((a) => a.versionId));
    return mineToRead.filter((r) => !read.has(r.latestVersionId!));
  }

  /** "I have read version N": only the current version, only by a member in the roles it applies to. Repeating it is harmless. */
  async acknowledge(ctx: RequestContext, regulationId: string, versionNumber: number): Promise<Regulation> {
    const now = ctx.now();
    return ctx.db.transaction(async (db) => {
      const r = await this.get(ctx, regulationId, db);
      if (!mustAcknowledge(r.appliesToRoles, ctx.user.role)) throw new ForbiddenError('This regulation does not apply to your role');
      if (!r.latestVersionId)
        throw BadUserInputError.field('regulationId', 'INVALID_VALUE', 'This regulation has no published version yet');
      if (versionNumber !== r.latestNumber) {
        throw BadUserInputError.field(
          'versionNumber',
          'INVALID_VALUE',
          `Version ${versionNumber} is not the current version (${r.latestNumber}); read the current one`,
          { current: r.latestNumber },
        );
      }
      if (await db.repo(RegulationAcknowledgement).exists({ versionId: r.latestVersionId, userId: ctx.user.userId })) return r;
      const ack = await db
        .repo(RegulationAcknowledgement)
        .insert({ regulationId: r.id, versionId: r.latestVersionId, versionNumber, userId: ctx.user.userId, acknowledgedAt: now });
      await db.audit({
        operation: 'acknowledgeRegulation',
        entity: 'RegulationAcknowledgement',
        entityId: ack.id,
        record: { entity: 'Regulation', id: r.id },
        changes: { versionNumber: { from: null, to: versionNumber } },
      });
      return r;
    });
  }

  // ── writing ──────────────────────────────────────────────────────────────
  private async checkHead(db: TenantDb, input: RegulationInput): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (input.scope === 'FORMAT' && !input.format)
      errors.push(fieldError(['input', 'format'], 'REQUIRED', 'Choose the property format it is for'));
    if (input.scope === 'TENANT' && input.format)
      errors.push(fieldError(['input', 'format'], 'INVALID_VALUE', 'A company-wide regulation has no property format'));
    const owner = (await db.members([input.ownerUserId])).find((m) => m.membership.active);
    if (!owner) errors.push(fieldError(['input', 'ownerUserId'], 'NOT_FOUND', 'Not an active member of your company'));
    if (new Set(input.appliesToRoles).size !== input.appliesToRoles.length)
      errors.push(fieldError(['input', 'appliesToRoles'], 'INVALID_VALUE', 'A role is listed twice'));
    return errors;
  }

  async create(ctx: RequestContext, input: RegulationInput): Promise<Regulation> {
    requireWriter(ctx.user);
    return ctx.db.transaction(async (db) => {
      const errors = await this.checkHead(db, input);
      const title = input.title.trim();
      if (await db.repo(Regulation).exists({ title }))
        errors.push(fieldError(['input', 'title'], 'TAKEN', 'A regulation with this title already exists'));
      if (errors.length) throw new BadUserInputError(errors);
      const r = await db.repo(Regulation).insert({
        title,
        scope: input.scope,
        format: input.scope === 'FORMAT' ? input.format! : null,
        ownerUserId: input.ownerUserId,
        effectiveDate: input.effectiveDate,
        appliesToRoles: input.appliesToRoles,
        draftVersionId: null,
        latestVersionId: null,
        latestNumber: 0,
      });
      const after = await regulationVersioning.createWithDraft(db, r, { sections: [] });
      await db.audit({
        operation: 'createRegulation',
        entity: 'Regulation',
        entityId: r.id,
        changes: changedFields(null, after, ['title', 'scope', 'format', 'ownerUserId', 'effectiveDate', 'appliesToRoles']),
      });
      return after;
    });
  }

  async update(ctx: RequestContext, id: string, input: RegulationInput, expectedVersion: number): Promise<Regulation> {
    requireWriter(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await this.get(ctx, id, db);
      const errors = await this.checkHead(db, input);
      const title = input.title.trim();
      const same = await db.repo(Regulation).findOne({ title });
      if (same && same.id !== id) errors.push(fieldError(['input', 'title'], 'TAKEN', 'A regulation with this title already exists'));
      if (errors.length) throw new BadUserInputError(errors);
      const after = await db.repo(Regulation).update(
        id,
        {
          title,
          scope: input.scope,
          format: input.scope === 'FORMAT' ? input.format! : null,
          ownerUserId: input.ownerUserId,
          effectiveDate: input.effectiveDate,
          appliesToRoles: input.appliesToRoles,
        },
        expectedVersion,
      );
      await db.audit({
        operation: 'updateRegulation',
        entity: 'Regulation',
        entityId: id,
        changes: changedFields(before, after, ['title', 'scope', 'format', 'ownerUserId', 'effectiveDate', 'appliesToRoles']),
      });
      return after;
    });
  }

  async startDraft(ctx: RequestContext, regulationId: string): Promise<RegulationVersion> {
    requireWriter(ctx.user);
    return ctx.db.transaction(async (db) => regulationVersioning.startDraft(db, await this.get(ctx, regulationId, db)));
  }

  async saveDraft(
    ctx: RequestContext,
    regulationId: string,
    input: RegulationDraftInput,
    expectedVersion: number,
  ): Promise<RegulationVersion> {
    requireWriter(ctx.user);
    return ctx.db.transaction(async (db) => {
      const r = await this.get(ctx, regulationId, db);
      const errors: FieldError[] = [];
      const keys = new Set<string>();
      const doc: RegulationDoc = {
        sections: input.sections.map((s, i) => {
          const key = s.key ?? randomUUID();
          if (keys.has(key))
            errors.push(fieldError(['input', 'sections', String(i), 'key'], 'INVALID_VALUE', 'The same key is used twice'));
          keys.add(key);
          return { key, title: s.title.trim(), body: s.body.trim() };
        }),
      };
      if (errors.length) throw new BadUserInputError(errors);
      return regulationVersioning.saveDraft(db, r, doc, expectedVersion);
    });
  }

  async publish(ctx: RequestContext, regulationId: string, changeSummary: string, expectedVersion: number): Promise<RegulationVersion> {
    requireWriter(ctx.user);
    return ctx.db.transaction(async (db) => {
      const r = await this.get(ctx, regulationId, db);
      const v = await regulationVersioning.publish(db, r, changeSummary, expectedVersion);
      // Everyone it applies to must acknowledge the new version.
      await ctx.events.emit(db, ctx.now(), {
        kind: 'REGULATION_PUBLISHED',
        entity: { type: 'Regulation', id: r.id },
        params: { regulation: r.title, versionNumber: v.number, summary: v.changeSummary },
        to: [{ roles: r.appliesToRoles }],
        dedupeKey: `REGULATION_PUBLISHED:${v.id}`,
      });
      return v;
    });
  }

  async discardDraft(ctx: RequestContext, regulationId: string): Promise<Regulation> {
    requireWriter(ctx.user);
    return ctx.db.transaction(async (db) => regulationVersioning.discardDraft(db, await this.get(ctx, regulationId, db)));
  }
}
