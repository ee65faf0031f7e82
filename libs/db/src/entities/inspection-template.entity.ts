import type { ChecklistDeductionDoc, InspectionLevel, PropertyFormat } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/**
 * 检查表: an inspection template (checklist) for one property format, or for all when
 * `format` is null. Versioned like handbooks: one open draft, frozen published versions —
 * occurrences and inspections point at the version they were planned and done with.
 */
@Entity('inspection_template')
@Index('uq_insptemplate_tenant_name', ['tenantId', 'name'], { unique: true })
@Index('ix_insptemplate_tenant_format', ['tenantId', 'format'])
@Index('ix_insptemplate_tenant_name_id', ['tenantId', 'name', 'id'])
@Index('ix_insptemplate_tenant_updated', ['tenantId', 'updatedAt', 'id'])
export class InspectionTemplate extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  format!: PropertyFormat | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description!: string | null;

  /** 检查层级: the level its inspections are (frequencies start from it; see LEVEL_PERFORMERS). */
  @Column({ type: 'varchar', length: 12, default: 'COMPANY' })
  level!: InspectionLevel;

  @Column({ ...UUID, nullable: true })
  draftVersionId!: string | null;

  @Column({ ...UUID, nullable: true })
  latestVersionId!: string | null;

  @Column({ type: 'int', default: 0 })
  latestNumber!: number;

  /** Archived templates cannot be scheduled; existing frequencies keep working. */
  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}

@Entity('inspection_template_version')
@Index('ix_insptplversion_tenant_template', ['tenantId', 'templateId', 'number'])
export class InspectionTemplateVersion extends TenantOwnedEntity {
  @Column(UUID)
  templateId!: string;

  @Column({ type: 'int', nullable: true })
  number!: number | null;

  @Column({ type: 'varchar', length: 10 })
  status!: 'DRAFT' | 'PUBLISHED';

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

  /** Percentage of applicable points needed to pass. */
  @Column({ type: 'int', default: 80 })
  passScore!: number;
}

@Entity('inspection_template_section')
@Index('ix_insptplsection_tenant_version', ['tenantId', 'versionId', 'position'])
export class InspectionTemplateSection extends TenantOwnedEntity {
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

/** 检查项: a checkpoint drawn from a library standard, with its weight and scoring rules. */
@Entity('inspection_template_item')
@Index('ix_insptplitem_tenant_version', ['tenantId', 'versionId', 'sectionKey', 'position'])
@Index('ix_insptplitem_tenant_standard', ['tenantId', 'standardId'])
export class InspectionTemplateItem extends TenantOwnedEntity {
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

  @Column({ type: 'varchar', length: 500, nullable: true })
  checkpointZh!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  checkpointEn!: string | null;

  @Column({ type: 'int' })
  points!: number;

  @Column({ type: 'simple-json' })
  deductions!: ChecklistDeductionDoc[];

  @Column({ type: 'boolean', default: false })
  naAllowed!: boolean;

  @Column({ type: 'boolean', default: false })
  critical!: boolean;
}
