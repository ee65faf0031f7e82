import type { ProjectStage } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/** 项目: the company's service engagement at a property. */
@Entity('project')
@Index('uq_project_tenant_code', ['tenantId', 'code'], { unique: true })
@Index('ix_project_tenant_region', ['tenantId', 'regionId', 'archivedAt'])
@Index('ix_project_tenant_property', ['tenantId', 'propertyId'])
@Index('ix_project_tenant_stage', ['tenantId', 'stage'])
@Index('ix_project_tenant_name', ['tenantId', 'name', 'id'])
@Index('ix_project_tenant_created', ['tenantId', 'createdAt', 'id'])
@Index('ix_project_tenant_code_id', ['tenantId', 'code', 'id'])
@Index('ix_project_tenant_updated', ['tenantId', 'updatedAt', 'id'])
export class Project extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column(UUID)
  propertyId!: string;

  @Column(UUID)
  regionId!: string;

  @Column({ type: 'varchar', length: 12 })
  stage!: ProjectStage;

  @Column({ type: 'date', nullable: true })
  contractStart!: string | null;

  @Column({ type: 'date', nullable: true })
  contractEnd!: string | null;

  @Column({ type: 'text', nullable: true })
  serviceScope!: string | null;

  @Column({ ...UUID, nullable: true })
  managerUserId!: string | null;

  @Column({ type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timeZone!: string;

  /** Archived projects leave lists but keep their history. */
  @Column({ ...INSTANT, nullable: true })
  archivedAt!: Date | null;
}
