import type { PropertyFormat, RegulationScope, Role } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';
import type { HandbookVersionStatus } from './handbook.entity';

/**
 * 品质控制管理制度: a quality-control regulation, tenant-wide or for one property format.
 * Versioned like handbooks (one open draft, frozen numbered versions); members in
 * `appliesToRoles` acknowledge the latest published version.
 */
@Entity('regulation')
@Index('ix_regulation_tenant_scope_format', ['tenantId', 'scope', 'format'])
@Index('ix_regulation_tenant_title', ['tenantId', 'title', 'id'])
@Index('ix_regulation_tenant_effective', ['tenantId', 'effectiveDate', 'id'])
@Index('ix_regulation_tenant_updated', ['tenantId', 'updatedAt', 'id'])
export class Regulation extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'varchar', length: 10 })
  scope!: RegulationScope;

  /** Set when scope = FORMAT. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  format!: PropertyFormat | null;

  @Column(UUID)
  ownerUserId!: string;

  /** The calendar day it takes effect. */
  @Column({ type: 'date' })
  effectiveDate!: string;

  @Column({ type: 'simple-json' })
  appliesToRoles!: Role[];

  @Column({ ...UUID, nullable: true })
  draftVersionId!: string | null;

  @Column({ ...UUID, nullable: true })
  latestVersionId!: string | null;

  @Column({ type: 'int', default: 0 })
  latestNumber!: number;
}

@Entity('regulation_version')
@Index('ix_regversion_tenant_regulation', ['tenantId', 'regulationId', 'number'])
export class RegulationVersion extends TenantOwnedEntity {
  @Column(UUID)
  regulationId!: string;

  @Column({ type: 'int', nullable: true })
  number!: number | null;

  @Column({ type: 'varchar', length: 10 })
  status!: HandbookVersionStatus;

  @Column({ ...UUID, nullable: true })
  basedOnVersionId!: string | null;

  @Column({ type: 'text', nullable: true })
  changeSummary!: string | null;

  @Column({ ...INSTANT, nullable: true })
  publishedAt!: Date | null;

  @Column({ ...UUID, nullable: true })
  publishedByUserId!: string | null;

  @Column({ ...UUID, nullable: true })
  createdByUserId!: string | null;
}

/** One section of a regulation version; `key` is stable across versions. */
@Entity('regulation_section')
@Index('ix_regsection_tenant_version', ['tenantId', 'versionId', 'position'])
export class RegulationSection extends TenantOwnedEntity {
  @Column(UUID)
  versionId!: string;

  @Column(UUID)
  key!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;
}

/** "I have read version N": one row per user and published version. */
@Entity('regulation_acknowledgement')
@Index('uq_regack_tenant_version_user', ['tenantId', 'versionId', 'userId'], { unique: true })
@Index('ix_regack_tenant_user', ['tenantId', 'userId'])
@Index('ix_regack_tenant_regulation', ['tenantId', 'regulationId', 'versionNumber'])
export class RegulationAcknowledgement extends TenantOwnedEntity {
  @Column(UUID)
  regulationId!: string;

  @Column(UUID)
  versionId!: string;

  @Column({ type: 'int' })
  versionNumber!: number;

  @Column(UUID)
  userId!: string;

  @Column(INSTANT)
  acknowledgedAt!: Date;
}
