import { randomUUID } from 'node:crypto';
import { BeforeInsert, BeforeUpdate, Column, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * Column helpers that mean the same on SQLite and MySQL/MariaDB.
 * Instants are stored in UTC with microsecond precision on MySQL.
 */
export const UUID = { type: 'varchar', length: 36 } as const;
// Precision 6 because TypeORM's MySQL default is CURRENT_TIMESTAMP(6); any other precision
// makes the schema diff report changes that are not there.
export const INSTANT = { type: 'datetime', precision: 6 } as const;

/**
 * Every row has a UUID and timestamps set by the application, not by column defaults:
 * SQLite's datetime('now') has whole seconds only, and keyset pagination on createdAt
 * needs the same millisecond value in the row and in the cursor on both dialects.
 */
export abstract class BaseEntity {
  @PrimaryColumn(UUID)
  id!: string;

  @Column(INSTANT)
  createdAt!: Date;

  @Column(INSTANT)
  updatedAt!: Date;

  @BeforeInsert()
  ensureId(): void {
    if (!this.id) this.id = randomUUID();
    const now = new Date();
    this.createdAt ??= now;
    this.updatedAt ??= now;
  }

  @BeforeUpdate()
  touch(): void {
    this.updatedAt = new Date();
  }
}

/**
 * A row that belongs to one tenant. Only the tenant-scoped repository writes `tenantId`;
 * every index of a subclass must lead with it (see docs/architecture.md).
 */
export abstract class TenantOwnedEntity extends BaseEntity {
  @Column(UUID)
  tenantId!: string;

  /** Optimistic lock: a stale save is refused with CONFLICT. */
  @VersionColumn({ default: 1 })
  version!: number;
}
