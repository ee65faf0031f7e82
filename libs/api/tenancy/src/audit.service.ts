import { AuditEntry, Membership, paginate } from '@pinzhi/db';
import { auditFieldRef } from '@pinzhi/domain';
import {
  BadUserInputError,
  checkPageArgs,
  cursorError,
  entityRecordKind,
  toConnection,
  type RecordCatalogue,
  type RecordKind,
  type RecordRefType,
  type RequestContext,
} from '@pinzhi/api-core';
import type { AuditArgs, RecordHistoryArgs } from './inputs';
import type { AuditChangeType } from './types';

/** People and memberships are tenancy's records: named by the member's display name. */
export const tenancyRecordKinds: RecordKind[] = [
  {
    kind: 'User',
    async describe(ctx, ids) {
      const users = await ctx.loaders.users.loadMany(ids);
      return users.map((u) => (u && !(u instanceof Error) ? { name: u.displayName, page: 'Members', pageId: u.email } : null));
    },
  },
  entityRecordKind('Membership', Membership, async (m, ctx) => {
    const u = await ctx.loaders.users.load(m.userId);
    return u ? { name: u.displayName, page: 'Members', pageId: u.email } : null;
  }),
];

/**
 * The audit trail (admins: the whole company, filtered by kind, person and time) and one
 * record's history (anyone who may read the record, by the owning capability's rule). Names
 * and links come from the RecordCatalogue, so this service reads no other capability's tables.
 */
export class AuditService {
  constructor(private readonly records: RecordCatalogue) {}

  async list(ctx: RequestContext, args: AuditArgs) {
    checkPageArgs(args);
    const f = args.filter;
    if (f?.from && f?.to && f.from > f.to) throw BadUserInputError.field(['filter', 'to'], 'DATE_ORDER', 'The end is before the start');
    const qb = ctx.db.repo(AuditEntry).query('a');
    if (f?.entity) qb.andWhere('a.entity = :entity', { entity: f.entity });
    if (f?.userId) qb.andWhere('a.userId = :userId', { userId: f.userId });
    if (f?.from) qb.andWhere('a.createdAt >= :from', { from: f.from });
    if (f?.to) qb.andWhere('a.createdAt < :to', { to: f.to });
    const page = await paginate(qb, { alias: 'a', sortProperty: 'createdAt', direction: 'DESC', defaultSize: 20, ...args }).catch(
      cursorError,
    );
    return toConnection(page);
  }

  async history(ctx: RequestContext, args: RecordHistoryArgs) {
    checkPageArgs(args);
    const kind = this.records.get(args.entity);
    if (!kind?.assertReadable) throw BadUserInputError.field('entity', 'INVALID_VALUE', `${args.entity} records have no history`);
    await kind.assertReadable(ctx, args.id);
    const qb = ctx.db
      .repo(AuditEntry)
      .query('a')
      .andWhere('a.recordEntity = :entity AND a.recordId = :id', { entity: args.entity, id: args.id });
    const page = await paginate(qb, { alias: 'a', sortProperty: 'createdAt', direction: 'DESC', defaultSize: 20, ...args }).catch(
      cursorError,
    );
    return toConnection(page);
  }

  async ref(ctx: RequestContext, kind: string, id: string): Promise<RecordRefType> {
    const [summary] = await this.records.describe(ctx, kind, [id]);
    return { kind, id, name: summary?.name ?? null, page: summary?.page ?? null, pageId: summary?.pageId ?? null };
  }

  /** The entry's changes field by field, with referenced ids resolved to names. */
  async changeList(ctx: RequestContext, entry: AuditEntry): Promise<AuditChangeType[]> {
    const changes = (entry.changes ?? {}) as Record<string, { from?: unknown; to?: unknown } | undefined>;
    return Promise.all(
      Object.entries(changes).map(async ([field, change]) => {
        const from = change?.from ?? null;
        const to = change?.to ?? null;
        const refKind = auditFieldRef(entry.entity, field);
        const refs = async (v: unknown): Promise<RecordRefType[] | null> => {
          if (!refKind || v == null) return null;
          const ids = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
          const summaries = await this.records.describe(ctx, refKind, ids);
          return ids.map((id, i) => ({
            kind: refKind,
            id,
            name: summaries[i]?.name ?? null,
            page: summaries[i]?.page ?? null,
            pageId: summaries[i]?.pageId ?? null,
          }));
        };
        const [fromRefs, toRefs] = await Promise.all([refs(from), refs(to)]);
        return { field, from, to, refKind, fromRefs, toRefs };
      }),
    );
  }
}
