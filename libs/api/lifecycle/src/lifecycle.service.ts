import { BadUserInputError, ForbiddenError, NotFoundError } from '@pinzhi/api-core';
import { enqueueJobs, type JobContext, type JobHandler } from '@pinzhi/api-jobs';
import { CompanyDeletion, CompanyExport, type TenantDb } from '@pinzhi/db';
import { Readable } from 'node:stream';
import { ZipWriter } from './archive';

/** The platform side (TenantLifecycleStore in @pinzhi/db/platform, given by the composition root). */
export interface LifecycleStoreLike {
  tenantTables(): ReadonlyArray<{ table: string }>;
  batchTables(): ReadonlyArray<{ table: string }>;
  findTenant(tenantId: string): Promise<{ id: string; slug: string; name: string; active: boolean } | null>;
  countRows(tenantId: string): Promise<Record<string, number>>;
  readRows(tenantId: string, table: string, afterId: string | null, limit: number): Promise<Array<Record<string, unknown>>>;
  members(tenantId: string): Promise<Array<{ id: string; email: string; displayName: string; active: boolean }>>;
  storageKeys(tenantId: string): Promise<string[]>;
  deleteBatch(tenantId: string, table: string, limit: number, keepJobId?: string | null): Promise<number>;
  finishDeletion(
    tenantId: string,
    tombstone: {
      requestedAt: Date | null;
      requestedByUserId: string | null;
      counts: Record<string, number>;
      fileCount: number;
      deletedAt: Date;
    },
  ): Promise<unknown>;
}

/** Where files live (the uploads' FileStorage; the archive goes there too). */
export interface FileStorageLike {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Stores a stream without holding it in memory; nothing is left at the key when it fails. */
  putStream(key: string, body: NodeJS.ReadableStream, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** The bytes as a stream with their length, or null when there is no such key. */
  getStream(key: string): Promise<{ body: NodeJS.ReadableStream; bytes: number } | null>;
  delete(key: string): Promise<void>;
}

export interface LifecycleOptions {
  store: LifecycleStoreLike;
  storage: FileStorageLike;
  /** The tenant-scoped database of a company, acting as `actorUserId` (null: the platform/a job). */
  openTenant: (tenantId: string, actorUserId: string | null) => TenantDb;
  /** Days between a deletion request and the deletion (default 30). */
  graceDays?: number;
  /** Days an export archive is kept (default 7). */
  exportRetentionDays?: number;
  /** Rows per statement when reading and deleting (default 500). */
  batchSize?: number;
}

/**
 * The platform operator acting on a company from its console: the company's writes go through
 * `db` (opened by the caller inside its platform transaction, so the platform trail entry it
 * writes commits with them), and the company's own audit entries — which have no member as
 * actor — name the operator.
 */
export interface PlatformActor {
  db: TenantDb;
  operatorEmail: string;
}

/** The extra audit field that shows a company who of the platform acted. */
const byOperator = (platform: PlatformActor | undefined) =>
  platform ? { platformOperator: { from: null, to: platform.operatorEmail } } : {};

export const EXPORT_JOB = 'company.export';
export const EXPORT_EXPIRY_JOB = 'company.export-expiry';
export const DELETION_JOB = 'company.delete';
export const ARCHIVE_FORMAT = 'pinzhi-company-export/1';
const DAY = 86_400_000;

/**
 * A company's way out (issue 27): a full export as one archive, and deletion after a grace
 * period. The core functions take the tenant id (and the acting user, null for the platform),
 * so the platform operator's console calls the same ones for any company; the company admin
 * reaches them through the resolver and the download route with their own tenant id.
 */
export class LifecycleService {
  readonly graceDays: number;
  readonly exportRetentionDays: number;
  private readonly batchSize: number;

  constructor(private readonly options: LifecycleOptions) {
    this.graceDays = options.graceDays ?? 30;
    this.exportRetentionDays = options.exportRetentionDays ?? 7;
    this.batchSize = options.batchSize ?? 500;
  }

  /** The tables an export holds and a deletion empties (every tenant-owned table). */
  tables(): ReadonlyArray<{ table: string }> {
    return this.options.store.tenantTables();
  }

  private db(tenantId: string, actorUserId: string | null): TenantDb {
    return this.options.openTenant(tenantId, actorUserId);
  }

  // ------------------------------------------------------------------ export

  /** Asks for a full export; the archive is written by a background job. An export already waiting or running is returned instead of a second one. */
  async requestExport(tenantId: string, actorUserId: string | null, now: Date, platform?: PlatformActor): Promise<CompanyExport> {
    return (platform?.db ?? this.db(tenantId, actorUserId)).transaction(async (tx) => {
      const pending = await tx
        .repo(CompanyExport)
        .query('e')
        .andWhere("e.state IN ('REQUESTED', 'RUNNING')")
        .orderBy('e.createdAt', 'DESC')
        .getOne();
      if (pending) return pending;
      const row = await tx.repo(CompanyExport).insert({
        state: 'REQUESTED',
        requestedByUserId: actorUserId,
        startedAt: null,
        finishedAt: null,
        expiresAt: null,
        storageKey: null,
        bytes: null,
        counts: null,
        fileCount: null,
        error: null,
      });
      await enqueueJobs(tx, [
        {
          kind: EXPORT_JOB,
          key: `${EXPORT_JOB}:${row.id}`,
          runAt: now,
          payload: { exportId: row.id },
          summary: 'Company data export',
          maxAttempts: 3,
        },
      ]);
      await tx.audit({
        operation: 'requestCompanyExport',
        entity: 'CompanyExport',
        entityId: row.id,
        changes: { state: { from: null, to: 'REQUESTED' }, ...byOperator(platform) },
      });
      return row;
    });
  }

  /** The latest exports of a company, newest first. */
  listExports(tenantId: string, limit = 20): Promise<CompanyExport[]> {
    return this.db(tenantId, null)
      .repo(CompanyExport)
      .query('e')
      .orderBy('e.createdAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /**
   * The archive of a READY export as a stream from the storage (NOT_FOUND for another company's
   * id, an expired or unfinished one); audited.
   */
  async downloadExport(
    tenantId: string,
    actorUserId: string | null,
    exportId: string,
    now: Date,
    platform?: PlatformActor,
  ): Promise<{ filename: string; stream: NodeJS.ReadableStream; bytes: number }> {
    const db = platform?.db ?? this.db(tenantId, actorUserId);
    const row = await db.repo(CompanyExport).getById(exportId);
    if (row.state !== 'READY' || !row.storageKey || (row.expiresAt && row.expiresAt <= now))
      throw new NotFoundError('CompanyExport', exportId);
    const file = await this.options.storage.getStream(row.storageKey);
    if (!file) throw new NotFoundError('CompanyExport', exportId);
    try {
      await db.transaction((tx) =>
        tx.audit({
          operation: 'downloadCompanyExport',
          entity: 'CompanyExport',
          entityId: row.id,
          changes: { bytes: { from: null, to: file.bytes }, ...byOperator(platform) },
        }),
      );
    } catch (e) {
      (file.body as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw e;
    }
    const tenant = await this.options.store.findTenant(tenantId);
    const day = row.createdAt.toISOString().slice(0, 10);
    return { filename: `${tenant?.slug ?? 'company'}-export-${day}.zip`, stream: file.body, bytes: file.bytes };
  }

  /**
   * Writes the archive into the file storage at `storageKey`, streamed (one entry in memory at a
   * time, a table one page of rows at a time): `tables/<table>.json` per tenant-owned table (every
   * row of the company, in id order), `members.json` (the accounts with a membership, without
   * secrets), `files/<key>` for each stored file the rows name, and last `manifest.json` (format,
   * company, rows per table as written, files). Nothing is left at the key when it fails.
   */
  async writeArchive(
    tenantId: string,
    storageKey: string,
    now: Date,
  ): Promise<{ bytes: number; counts: Record<string, number>; fileCount: number }> {
    const { store, storage } = this.options;
    const tenant = await store.findTenant(tenantId);
    if (!tenant) throw new Error(`no tenant ${tenantId}`);
    const writer = new ZipWriter((archive) => storage.putStream(storageKey, archive, 'application/zip'));
    try {
      const counts: Record<string, number> = {};
      for (const { table } of store.tenantTables()) {
        counts[table] = 0;
        await writer.add(`tables/${table}.json`, Readable.from(this.tableJson(tenantId, table, counts)));
      }
      const members = await store.members(tenantId);
      await writer.add('members.json', Buffer.from(JSON.stringify(members, null, 1)));
      const files: Array<{ key: string; bytes: number | null }> = [];
      for (const key of await store.storageKeys(tenantId)) {
        if (key.includes('/export-')) continue; // earlier archives are not part of the data
        const body = await storage.get(key);
        files.push({ key, bytes: body ? body.length : null });
        if (body) await writer.add(`files/${key}`, body);
      }
      const manifest = {
        format: ARCHIVE_FORMAT,
        company: { id: tenant.id, slug: tenant.slug, name: tenant.name },
        exportedAt: now.toISOString(),
        tables: counts,
        members: members.length,
        files,
      };
      await writer.add('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
      const bytes = await writer.finish();
      return { bytes, counts, fileCount: files.filter((f) => f.bytes !== null).length };
    } catch (e) {
      await writer.abort(e instanceof Error ? e : new Error(String(e)));
      throw e;
    }
  }

  /** A table's rows as one JSON array (the layout of `JSON.stringify(rows, null, 1)`), read and yielded a page at a time; counts them into `counts`. */
  private async *tableJson(tenantId: string, table: string, counts: Record<string, number>): AsyncGenerator<string> {
    let first = true;
    for (let after: string | null = null; ;) {
      const page = await this.options.store.readRows(tenantId, table, after, this.batchSize);
      for (const row of page) {
        yield `${first ? '[\n' : ',\n'} ${JSON.stringify(row, null, 1).replace(/\n/g, '\n ')}`;
        first = false;
      }
      counts[table] += page.length;
      if (page.length < this.batchSize) break;
      after = String(page[page.length - 1]['id']);
    }
    yield first ? '[]' : '\n]';
  }

  private async runExport(ctx: JobContext): Promise<void> {
    const exportId = String(ctx.job.payload['exportId']);
    const row = await ctx.db.repo(CompanyExport).findById(exportId);
    if (!row || row.state === 'READY' || row.state === 'EXPIRED') return;
    // The expiry job is written before the archive, so the archive's job table already holds it.
    const expiresAt = new Date(ctx.now.getTime() + this.exportRetentionDays * DAY);
    await ctx.db.transaction(async (tx) => {
      await tx.repo(CompanyExport).update(row.id, { state: 'RUNNING', startedAt: ctx.now, error: null });
      await enqueueJobs(tx, [
        {
          kind: EXPORT_EXPIRY_JOB,
          key: `${EXPORT_EXPIRY_JOB}:${row.id}`,
          runAt: expiresAt,
          payload: { exportId: row.id },
          summary: 'Remove an expired export archive',
        },
      ]);
    });
    const storageKey = `${ctx.db.tenantId}/export-${row.id}`;
    const { bytes, counts, fileCount } = await this.writeArchive(ctx.db.tenantId, storageKey, ctx.now);
    await ctx.db
      .repo(CompanyExport)
      .update(row.id, { state: 'READY', finishedAt: ctx.now, expiresAt, storageKey, bytes, counts, fileCount });
  }

  private async expireExport(ctx: JobContext): Promise<void> {
    const row = await ctx.db.repo(CompanyExport).findById(String(ctx.job.payload['exportId']));
    if (!row || row.state !== 'READY') return;
    if (row.storageKey) await this.options.storage.delete(row.storageKey);
    await ctx.db.repo(CompanyExport).update(row.id, { state: 'EXPIRED' });
  }

  // ------------------------------------------------------------------ deletion

  /** The deletion scheduled for a company, if any (members see it as a banner). */
  scheduledDeletion(tenantId: string): Promise<CompanyDeletion | null> {
    return this.db(tenantId, null).repo(CompanyDeletion).findOne({ state: 'SCHEDULED' });
  }

  /** Schedules the deletion `graceDays` from now; `confirmCode` must be the company's code (its slug). */
  async requestDeletion(
    tenantId: string,
    actorUserId: string | null,
    confirmCode: string,
    now: Date,
    platform?: PlatformActor,
  ): Promise<CompanyDeletion> {
    const tenant = await this.options.store.findTenant(tenantId);
    if (!tenant) throw new NotFoundError('Tenant', tenantId);
    if (confirmCode.trim() !== tenant.slug)
      throw BadUserInputError.field('confirmCode', 'INVALID_VALUE', 'Type the company code to confirm the deletion');
    return (platform?.db ?? this.db(tenantId, actorUserId)).transaction(async (tx) => {
      const existing = await tx.repo(CompanyDeletion).findOne({ state: 'SCHEDULED' });
      if (existing) return existing;
      const dueAt = new Date(now.getTime() + this.graceDays * DAY);
      const row = await tx.repo(CompanyDeletion).insert({
        state: 'SCHEDULED',
        requestedByUserId: actorUserId,
        dueAt,
        cancelledByUserId: null,
        cancelledAt: null,
        counts: null,
        fileCount: null,
      });
      await enqueueJobs(tx, [
        {
          kind: DELETION_JOB,
          key: `${DELETION_JOB}:${row.id}`,
          runAt: dueAt,
          payload: { deletionId: row.id },
          summary: 'Delete the company',
          maxAttempts: 10,
        },
      ]);
      await tx.audit({
        operation: 'requestCompanyDeletion',
        entity: 'CompanyDeletion',
        entityId: row.id,
        changes: {
          state: { from: null, to: 'SCHEDULED' },
          deletionDueAt: { from: null, to: dueAt.toISOString() },
          ...byOperator(platform),
        },
      });
      return row;
    });
  }

  /** Cancels the scheduled deletion (during the grace period). */
  async cancelDeletion(tenantId: string, actorUserId: string | null, now: Date, platform?: PlatformActor): Promise<CompanyDeletion> {
    return (platform?.db ?? this.db(tenantId, actorUserId)).transaction(async (tx) => {
      const row = await tx.repo(CompanyDeletion).findOne({ state: 'SCHEDULED' });
      if (!row) throw new NotFoundError('CompanyDeletion', 'scheduled');
      if (row.dueAt <= now) throw new ForbiddenError('The deletion is already under way');
      const after = await tx.repo(CompanyDeletion).update(row.id, { state: 'CANCELLED', cancelledAt: now, cancelledByUserId: actorUserId });
      await tx.audit({
        operation: 'cancelCompanyDeletion',
        entity: 'CompanyDeletion',
        entityId: row.id,
        changes: { state: { from: 'SCHEDULED', to: 'CANCELLED' }, ...byOperator(platform) },
      });
      return after;
    });
  }

  /**
   * Deletes every row and file of a company whose deletion is due: files first (their keys come
   * from the rows), then each tenant-owned table in bounded batches, then — in one transaction —
   * the job and request rows, the tenant, and a tombstone with the counts. Safe to run again
   * after a failure: counts are kept on the request from the first attempt.
   */
  private async runDeletion(ctx: JobContext): Promise<void> {
    const { store, storage } = this.options;
    const tenantId = ctx.db.tenantId;
    const deletion = await ctx.db.repo(CompanyDeletion).findById(String(ctx.job.payload['deletionId']));
    if (!deletion || deletion.state !== 'SCHEDULED' || deletion.dueAt > ctx.now) return;
    let { counts, fileCount } = deletion;
    if (!counts) {
      counts = await store.countRows(tenantId);
      fileCount = 0;
      for (const key of await store.storageKeys(tenantId)) if (await storage.get(key)) fileCount++;
      await ctx.db.repo(CompanyDeletion).update(deletion.id, { counts, fileCount });
    }
    for (const key of await store.storageKeys(tenantId)) await storage.delete(key);
    for (const { table } of store.batchTables()) while ((await store.deleteBatch(tenantId, table, this.batchSize, ctx.job.id)) > 0);
    await store.finishDeletion(tenantId, {
      requestedAt: deletion.createdAt,
      requestedByUserId: deletion.requestedByUserId,
      counts,
      fileCount: fileCount ?? 0,
      deletedAt: ctx.now,
    });
    ctx.log.info({ tenantId, counts }, 'company deleted');
  }

  /** The job handlers for the composition root. */
  handlers(): JobHandler[] {
    return [
      {
        kind: EXPORT_JOB,
        maxAttempts: 3,
        // A company is often suspended before it leaves: its export, expiry and deletion go on.
        runsWhileSuspended: true,
        run: (ctx) => this.runExport(ctx),
        onFailure: async (ctx, error, final) => {
          if (!final) return;
          const id = String(ctx.job.payload['exportId']);
          await ctx.db.repo(CompanyExport).update(id, { state: 'FAILED', finishedAt: ctx.now, error: error.message.slice(0, 1000) });
        },
      },
      { kind: EXPORT_EXPIRY_JOB, runsWhileSuspended: true, run: (ctx) => this.expireExport(ctx) },
      { kind: DELETION_JOB, maxAttempts: 10, runsWhileSuspended: true, run: (ctx) => this.runDeletion(ctx) },
    ];
  }
}
