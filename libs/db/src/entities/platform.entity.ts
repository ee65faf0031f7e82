import { Column, Entity, Index } from 'typeorm';
import type { AuditChanges } from '@pinzhi/domain';
import { BaseEntity, INSTANT, UUID } from './base';

/**
 * A platform operator (平台管理员): runs the platform, not a company. Not a user of any company
 * (its own table, its own sign-in and sessions), so no company role, membership or company data
 * is ever reachable from it.
 */
@Entity('platform_operator')
export class PlatformOperator extends BaseEntity {
  /** Stored lower-cased (case-insensitive unique key on both dialects). */
  @Index('uq_platform_operator_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 60 })
  displayName!: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/** A platform operator's signed-in session: the JWT names it; it carries no tenant. */
@Entity('platform_session')
@Index('ix_platform_session_operator', ['operatorId'])
export class PlatformSession extends BaseEntity {
  @Column(UUID)
  operatorId!: string;

  @Column(INSTANT)
  expiresAt!: Date;

  @Column({ ...INSTANT, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}

/**
 * The platform's own audit trail: what an operator did (created, suspended, reactivated a
 * company, changed its limits, signed in). `companyId` names the company acted on (not
 * `tenantId`: the row belongs to the platform, not to that company).
 */
@Entity('platform_audit_entry')
@Index('ix_platform_audit_created', ['createdAt'])
@Index('ix_platform_audit_company', ['companyId', 'createdAt'])
export class PlatformAuditEntry extends BaseEntity {
  @Column({ ...UUID, nullable: true })
  operatorId!: string | null;

  @Column({ ...UUID, nullable: true })
  companyId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  operation!: string;

  @Column({ type: 'varchar', length: 40 })
  entity!: string;

  @Column(UUID)
  entityId!: string;

  @Column({ type: 'simple-json' })
  changes!: AuditChanges;
}
