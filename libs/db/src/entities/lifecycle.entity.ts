import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, INSTANT, TenantOwnedEntity, UUID } from './base';

export type CompanyExportState = 'REQUESTED' | 'RUNNING' | 'READY' | 'FAILED' | 'EXPIRED';

/**
 * A full export of one company (数据导出): requested by its admin (or, later, the platform
 * operator), written by a background job as one ZIP archive (a JSON file per tenant-owned table,
 * the stored files, a manifest with counts) kept in the file storage under
 * `<tenantId>/export-<id>` until `expiresAt`, then removed by another job (state EXPIRED).
 */
@Entity('company_export')
@Index('ix_company_export_tenant_created', ['tenantId', 'createdAt', 'id'])
export class CompanyExport extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 10 })
  state!: CompanyExportState;

  /** Who asked for it (a member's user id; null when the platform asked). */
  @Column({ ...UUID, nullable: true })
  requestedByUserId!: string | null;

  @Column({ ...INSTANT, nullable: true })
  startedAt!: Date | null;

  @Column({ ...INSTANT, nullable: true })
  finishedAt!: Date | null;

  /** Set when READY: the archive is removed then. */
  @Column({ ...INSTANT, nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  storageKey!: string | null;

  @Column({ type: 'int', nullable: true })
  bytes!: number | null;

  /** Rows per table written to the archive (also in its manifest.json). */
  @Column({ type: 'simple-json', nullable: true })
  counts!: Record<string, number> | null;

  @Column({ type: 'int', nullable: true })
  fileCount!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  error!: string | null;
}

export type CompanyDeletionState = 'SCHEDULED' | 'CANCELLED';

/**
 * A company's request to be deleted (注销): scheduled `graceDays` after the request, cancellable
 * until then; when due the deletion job removes every row and file of the company (including
 * this row). What was deleted is recorded in a TenantTombstone, which is not tenant-owned.
 */
@Entity('company_deletion')
@Index('ix_company_deletion_tenant_state', ['tenantId', 'state', 'dueAt'])
export class CompanyDeletion extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 10 })
  state!: CompanyDeletionState;

  @Column({ ...UUID, nullable: true })
  requestedByUserId!: string | null;

  @Column(INSTANT)
  dueAt!: Date;

  @Column({ ...UUID, nullable: true })
  cancelledByUserId!: string | null;

  @Column({ ...INSTANT, nullable: true })
  cancelledAt!: Date | null;

  /** Rows per table counted when the deletion started (kept for the tombstone across retries). */
  @Column({ type: 'simple-json', nullable: true })
  counts!: Record<string, number> | null;

  @Column({ type: 'int', nullable: true })
  fileCount!: number | null;
}

/**
 * What remains of a deleted company: who it was, when and at whose request it was deleted, and
 * how many rows per table and files were removed. Deliberately not tenant-owned (no `tenantId`
 * column): it lives outside the data it records the deletion of.
 */
@Entity('tenant_tombstone')
@Index('ix_tenant_tombstone_deleted', ['deletedAt'])
export class TenantTombstone extends BaseEntity {
  @Column(UUID)
  formerTenantId!: string;

  @Column({ type: 'varchar', length: 40 })
  slug!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ ...INSTANT, nullable: true })
  requestedAt!: Date | null;

  @Column({ ...UUID, nullable: true })
  requestedByUserId!: string | null;

  @Column(INSTANT)
  deletedAt!: Date;

  @Column({ type: 'simple-json' })
  counts!: Record<string, number>;

  @Column({ type: 'int' })
  fileCount!: number;
}
