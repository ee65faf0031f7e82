// The platform side of a company's export and deletion (issue 27): reading and removing every
// row of ONE company in every tenant-owned table, found from the entity metadata so that a new
// entity is never forgotten. Feature code never sees this: the lifecycle capability gets it from
// the composition root, like the job runner gets the JobStore. Every function takes the tenant
// id explicitly, so the platform operator's console can call the same ones for any company.
import type { DataSource, EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import { Job, Membership, Tenant, TenantTombstone, User } from './entities';
import { isTenantOwned } from './scoped-query';
import { crossTenant } from './statement-guard';
import { DbAccess } from './transactions';

export interface TenantTable {
  /** The table's name (also the archive's file name, `<table>.json`). */
  table: string;
  metadata: EntityMetadata;
  /** Columns that name a file in the storage (`storageKey`): the files go with the rows. */
  fileColumns: string[];
}

export interface DeletionResult {
  counts: Record<string, number>;
}

/** Tables deleted in the final statement group, not in batches (the running job's own row, the request). */
const FINAL_TABLES = new Set(['job', 'company_deletion']);

const OP = 'company lifecycle' as const;

export class TenantLifecycleStore {
  private readonly access: DbAccess;
  private tables: TenantTable[] | null = null;

  constructor(private readonly source: DataSource) {
    this.access = DbAccess.of(source);
  }

  /**
   * Every tenant-owned table (an entity with a `tenantId` column), in an order that respects
   * references: a table that references another (a many-to-one relation) comes before it, so
   * deleting in this order never leaves a row pointing at a deleted one (the schema has no
   * database foreign keys today; the order keeps it safe if one is added).
   */
  tenantTables(): TenantTable[] {
    if (this.tables) return this.tables;
    const owned = this.source.entityMetadatas.filter((m) => isTenantOwned(m) && m.tableType === 'regular');
    const byName = new Map(owned.map((m) => [m.tableName, m]));
    const ordered: EntityMetadata[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    // Referencing tables first: visit the tables that reference `m` before `m` itself.
    const referencedBy = (m: EntityMetadata) =>
      owned.filter((o) => o !== m && o.manyToOneRelations.some((r) => r.inverseEntityMetadata.tableName === m.tableName));
    const visit = (m: EntityMetadata) => {
      if (state.get(m.tableName)) return;
      state.set(m.tableName, 'visiting');
      for (const child of referencedBy(m)) visit(child);
      state.set(m.tableName, 'done');
      ordered.push(m);
    };
    for (const m of [...byName.values()].sort((a, b) => a.tableName.localeCompare(b.tableName))) visit(m);
    this.tables = ordered.map((metadata) => ({
      table: metadata.tableName,
      metadata,
      fileColumns: metadata.columns.filter((c) => c.propertyName === 'storageKey').map((c) => c.propertyName),
    }));
    return this.tables;
  }

  private table(name: string): TenantTable {
    const found = this.tenantTables().find((t) => t.table === name);
    if (!found) throw new Error(`not a tenant-owned table: ${name}`);
    return found;
  }

  findTenant(tenantId: string): Promise<Tenant | null> {
    return this.access.reads.findOne(Tenant, { where: { id: tenantId } });
  }

  /** Rows per tenant-owned table of one company. */
  async countRows(tenantId: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of this.tenantTables())
      out[t.table] = await crossTenant(OP, () =>
        this.access.reads.createQueryBuilder(t.metadata.target, 't').where('t.tenantId = :tenantId', { tenantId }).getCount(),
      );
    return out;
  }

  /** One page of a table's rows of the company, in id order after `afterId` (keyset). */
  readRows(tenantId: string, table: string, afterId: string | null, limit: number): Promise<ObjectLiteral[]> {
    const t = this.table(table);
    return crossTenant(OP, () => {
      const qb = this.access.reads
        .createQueryBuilder(t.metadata.target, 't')
        .where('t.tenantId = :tenantId', { tenantId })
        .orderBy('t.id', 'ASC')
        .take(limit);
      if (afterId) qb.andWhere('t.id > :afterId', { afterId });
      return qb.getMany();
    });
  }

  /** The company's people: accounts with a membership in it (no password hashes). */
  members(tenantId: string): Promise<Array<Pick<User, 'id' | 'email' | 'displayName' | 'active'>>> {
    return crossTenant(OP, () =>
      this.access.reads
        .createQueryBuilder(User, 'u')
        .innerJoin(Membership, 'm', 'm.userId = u.id AND m.tenantId = :tenantId', { tenantId })
        .select(['u.id', 'u.email', 'u.displayName', 'u.active'])
        .orderBy('u.id', 'ASC')
        .getMany(),
    );
  }

  /** Storage keys of every file the company's rows name (uploads, export archives …). */
  async storageKeys(tenantId: string): Promise<string[]> {
    const keys: string[] = [];
    for (const t of this.tenantTables())
      for (const column of t.fileColumns) {
        const rows: Array<Record<string, string | null>> = await crossTenant(OP, () =>
          this.access.reads
            .createQueryBuilder(t.metadata.target, 't')
            .select(`t.${column}`, 'key')
            .where('t.tenantId = :tenantId', { tenantId })
            .getRawMany(),
        );
        for (const r of rows) if (r['key']) keys.push(r['key']);
      }
    return keys;
  }

  /**
   * Deletes up to `limit` rows of one table of the company (one bounded statement in its own
   * transaction); returns how many went. Call until 0. The job table keeps `keepJobId` (the
   * deletion's own job, removed with the tenant in `finishDeletion`).
   */
  async deleteBatch(tenantId: string, table: string, limit: number, keepJobId: string | null = null): Promise<number> {
    const t = this.table(table);
    return crossTenant(OP, () =>
      this.access.write(async (m: EntityManager) => {
        const qb = m
          .createQueryBuilder(t.metadata.target, 't')
          .select('t.id', 'id')
          .where('t.tenantId = :tenantId', { tenantId })
          .orderBy('t.id', 'ASC')
          .limit(limit);
        if (keepJobId && t.metadata.target === Job) qb.andWhere('t.id <> :keep', { keep: keepJobId });
        const ids = (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
        if (ids.length === 0) return 0;
        await m
          .createQueryBuilder()
          .delete()
          .from(t.metadata.target)
          .where('tenantId = :tenantId AND id IN (:...ids)', { tenantId, ids })
          .execute();
        return ids.length;
      }),
    );
  }

  /** Tables deleted batch by batch (everything but the running job and the deletion request). */
  batchTables(): TenantTable[] {
    return this.tenantTables().filter((t) => !FINAL_TABLES.has(t.table));
  }

  /**
   * The last step, all or nothing: the remaining rows of the job and deletion tables, the
   * tenant row itself, and the tombstone that records what was deleted.
   */
  async finishDeletion(
    tenantId: string,
    tombstone: Pick<TenantTombstone, 'requestedAt' | 'requestedByUserId' | 'counts' | 'fileCount' | 'deletedAt'>,
  ): Promise<TenantTombstone | null> {
    return crossTenant(OP, () =>
      this.access.write(async (m) => {
        const tenant = await m.findOne(Tenant, { where: { id: tenantId } });
        if (!tenant) return null;
        for (const name of FINAL_TABLES)
          await m
            .createQueryBuilder()
            .delete()
            .from(this.table(name).metadata.target)
            .where('tenantId = :tenantId', { tenantId })
            .execute();
        const row = m.create(TenantTombstone, { ...tombstone, formerTenantId: tenant.id, slug: tenant.slug, name: tenant.name });
        await m.save(TenantTombstone, row);
        await m.delete(Tenant, { id: tenantId });
        return row;
      }),
    );
  }

  /** The record of a deleted company (for the operator and the tests). */
  tombstoneOf(formerTenantId: string): Promise<TenantTombstone | null> {
    return this.access.reads.findOne(TenantTombstone, { where: { formerTenantId } });
  }
}
