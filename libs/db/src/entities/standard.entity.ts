import type { ApplicabilityCondition, CheckMethod, PropertyFormat, StandardCategory } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity } from './base';

/** 标准: one checkable requirement in a tenant's library, taught and inspected by reference. */
@Entity('standard')
@Index('uq_standard_tenant_code', ['tenantId', 'code'], { unique: true })
@Index('ix_standard_tenant_category', ['tenantId', 'category', 'code'])
@Index('ix_standard_tenant_code_id', ['tenantId', 'code', 'id'])
@Index('ix_standard_tenant_score', ['tenantId', 'defaultScore', 'id'])
@Index('ix_standard_tenant_updated', ['tenantId', 'updatedAt', 'id'])
export class Standard extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 24 })
  category!: StandardCategory;

  @Column({ type: 'varchar', length: 100 })
  titleZh!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  titleEn!: string | null;

  @Column({ type: 'text' })
  requirementZh!: string;

  @Column({ type: 'text', nullable: true })
  requirementEn!: string | null;

  /** Position codes it applies to; empty = every position. */
  @Column({ type: 'simple-json' })
  positions!: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  condition!: ApplicabilityCondition | null;

  @Column({ type: 'varchar', length: 12 })
  checkMethod!: CheckMethod;

  @Column({ type: 'int' })
  defaultScore!: number;

  @Column({ type: 'boolean', default: false })
  critical!: boolean;

  /** Property formats it is meant for; empty = every format. */
  @Column({ type: 'simple-json' })
  formats!: PropertyFormat[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  source!: string | null;

  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}
