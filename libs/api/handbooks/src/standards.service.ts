import { Brackets, Standard, containsPattern, paginate } from '@pinzhi/db';
import {
  BadUserInputError,
  changedFields,
  checkPageArgs,
  cursorError,
  toConnection,
  type RequestContext,
  sortOrder,
} from '@pinzhi/api-core';
import type { AuditField } from '@pinzhi/domain';
import type { StandardInput, StandardsArgs } from './inputs';
import { requireEditor } from './roles';
import { StandardSortField } from './inputs';

const STANDARD_FIELDS: (keyof Standard & AuditField)[] = [
  'code',
  'category',
  'titleZh',
  'titleEn',
  'requirementZh',
  'requirementEn',
  'positions',
  'condition',
  'checkMethod',
  'defaultScore',
  'critical',
  'formats',
  'source',
  'archivedAt',
];

/** Turns input into row values (trimmed, blanks as null, lists de-duplicated). */
export function standardValues(input: StandardInput) {
  const blank = (v?: string | null) => (v?.trim() ? v.trim() : null);
  return {
    code: input.code.trim(),
    category: input.category,
    titleZh: input.titleZh.trim(),
    titleEn: blank(input.titleEn),
    requirementZh: input.requirementZh.trim(),
    requirementEn: blank(input.requirementEn),
    positions: [...new Set((input.positions ?? []).map((p) => p.trim()).filter(Boolean))],
    condition: input.condition ?? null,
    checkMethod: input.checkMethod,
    defaultScore: input.defaultScore,
    critical: input.critical ?? false,
    formats: [...new Set(input.formats ?? [])],
    source: blank(input.source),
  };
}

/** The tenant's standards library (标准库). */
export class StandardsService {
  async list(ctx: RequestContext, args: StandardsArgs) {
    checkPageArgs(args);
    const f = args.filter ?? {};
    const qb = ctx.db.repo(Standard).query('s');
    if (!f.includeArchived) qb.andWhere('s.archivedAt IS NULL');
    if (f.category) qb.andWhere('s.category = :category', { category: f.category });
    if (f.critical != null) qb.andWhere('s.critical = :critical', { critical: f.critical });
    // positions/formats are JSON lists in a text column: '[]' means "all".
    if (f.position)
      qb.andWhere(
        new Brackets((w) =>
          w.where("s.positions = '[]'").orWhere('s.positions LIKE :pos', { pos: `%"${f.position!.replace(/["%_!]/g, '')}"%` }),
        ),
      );
    if (f.format) qb.andWhere(new Brackets((w) => w.where("s.formats = '[]'").orWhere('s.formats LIKE :fmt', { fmt: `%"${f.format}"%` })));
    if (f.search?.trim()) {
      const like = containsPattern(f.search);
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("s.code LIKE :like ESCAPE '!'", { like })
            .orWhere("s.titleZh LIKE :like ESCAPE '!'", { like })
            .orWhere("s.titleEn LIKE :like ESCAPE '!'", { like })
            .orWhere("s.requirementZh LIKE :like ESCAPE '!'", { like }),
        ),
      );
    }
    const sort = sortOrder(StandardSortField, args.sort, { field: 'code', direction: 'ASC' });
    const page = await paginate(qb, { ...args, alias: 's', sort, defaultSize: 50 }).catch(cursorError);
    return toConnection(page);
  }

  get(ctx: RequestContext, id: string): Promise<Standard> {
    return ctx.db.repo(Standard).getById(id);
  }

  async save(ctx: RequestContext, id: string | null, input: StandardInput, expectedVersion?: number | null): Promise<Standard> {
    requireEditor(ctx.user);
    return ctx.db.transaction(async (db) => {
      const values = standardValues(input);
      const before = id ? await db.repo(Standard).getById(id) : null;
      const dup = await db.repo(Standard).findOne({ code: values.code });
      if (dup && dup.id !== id) throw BadUserInputError.field(['input', 'code'], 'TAKEN', `Standard code ${values.code} is already used`);
      const after = before
        ? await db.repo(Standard).update(before.id, values, expectedVersion ?? undefined)
        : await db.repo(Standard).insert({ ...values, archivedAt: null });
      await db.audit({
        operation: id ? 'updateStandard' : 'createStandard',
        entity: 'Standard',
        entityId: after.id,
        changes: changedFields(before, after, STANDARD_FIELDS),
      });
      return after;
    });
  }

  /** Archived standards leave the library browser; handbooks that use them keep them. */
  async setArchived(ctx: RequestContext, id: string, archived: boolean): Promise<Standard> {
    requireEditor(ctx.user);
    return ctx.db.transaction(async (db) => {
      const before = await db.repo(Standard).getById(id);
      if (Boolean(before.archivedAt) === archived) return before;
      const after = await db.repo(Standard).update(id, { archivedAt: archived ? ctx.now() : null });
      await db.audit({
        operation: archived ? 'archiveStandard' : 'restoreStandard',
        entity: 'Standard',
        entityId: id,
        changes: changedFields(before, after, ['archivedAt']),
      });
      return after;
    });
  }
}
