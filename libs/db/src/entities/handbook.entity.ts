import type { PropertyFormat } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

export type HandbookKind = 'TEMPLATE' | 'PROJECT';
export type HandbookVersionStatus = 'DRAFT' | 'PUBLISHED';

/**
 * 工作手册: a versioned document of sections holding standards and service frequencies.
 * A TEMPLATE belongs to a property format; a PROJECT handbook to one project and is created
 * from a template. At most one draft exists at a time; published versions are frozen.
 */
@Entity('handbook')
@Index('uq_handbook_tenant_project', ['tenantId', 'projectId'], { unique: true })
@Index('ix_handbook_tenant_kind_format', ['tenantId', 'kind', 'format'])
@Index('ix_handbook_tenant_name', ['tenantId', 'name', 'id'])
@Index('ix_handbook_tenant_updated', ['tenantId', 'updatedAt', 'id'])
export class Handbook extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 10 })
  kind!: HandbookKind;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  format!: PropertyFormat;

  /** Set for PROJECT handbooks (unique per project); null for templates. */
  @Column({ ...UUID, nullable: true })
  projectId!: string | null;

  @Column({ ...UUID, nullable: true })
  sourceTemplateId!: string | null;

  @Column({ ...UUID, nullable: true })
  draftVersionId!: string | null;

  @Column({ ...UUID, nullable: true })
  latestVersionId!: string | null;

  /** Number of the latest published version (0 = never published). */
  @Column({ type: 'int', default: 0 })
  latestNumber!: number;
}

@Entity('handbook_version')
@Index('ix_hbversion_tenant_handbook', ['tenantId', 'handbookId', 'number'])
export class HandbookVersion extends TenantOwnedEntity {
  @Column(UUID)
  handbookId!: string;

  /** 1, 2, 3 … once published; null while a draft. */
  @Column({ type: 'int', nullable: true })
  number!: number | null;

  @Column({ type: 'varchar', length: 10 })
  status!: HandbookVersionStatus;

  /** The published version this draft started from (null for the first draft). */
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

/** 章节: an ordered chapter of one version. `key` is stable across versions. */
@Entity('handbook_section')
@Index('ix_hbsection_tenant_version', ['tenantId', 'versionId', 'position'])
export class HandbookSection extends TenantOwnedEntity {
  @Column(UUID)
  versionId!: string;

  @Column(UUID)
  key!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 100 })
  titleZh!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  titleEn!: string | null;
}

/** A library standard placed in a section, with optional project-specific overrides. */
@Entity('handbook_item')
@Index('ix_hbitem_tenant_version', ['tenantId', 'versionId', 'sectionKey', 'position'])
@Index('ix_hbitem_tenant_standard', ['tenantId', 'standardId'])
export class HandbookItem extends TenantOwnedEntity {
  @Column(UUID)
  versionId!: string;

  @Column(UUID)
  sectionKey!: string;

  @Column(UUID)
  key!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column(UUID)
  standardId!: string;

  @Column({ type: 'text', nullable: true })
  requirementZh!: string | null;

  @Column({ type: 'text', nullable: true })
  requirementEn!: string | null;

  @Column({ type: 'int', nullable: true })
  score!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

/** 服务频次: what is done, where, how often (an RRULE in the project's time zone). */
@Entity('service_frequency')
@Index('ix_svcfreq_tenant_version', ['tenantId', 'versionId', 'sectionKey', 'position'])
export class ServiceFrequency extends TenantOwnedEntity {
  @Column(UUID)
  versionId!: string;

  @Column(UUID)
  sectionKey!: string;

  @Column(UUID)
  key!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 100 })
  taskZh!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  taskEn!: string | null;

  /** A zone of the project's property; templates have none. */
  @Column({ ...UUID, nullable: true })
  zoneId!: string | null;

  /** Where, in words ("大堂"); on a template it maps to the zone of that name at copy time. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  locationZh!: string | null;

  @Column({ type: 'varchar', length: 500 })
  rrule!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}
