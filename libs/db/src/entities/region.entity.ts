import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from './base';

/** 区域: a regional operations unit. */
@Entity('region')
@Index('uq_region_tenant_name', ['tenantId', 'name'], { unique: true })
export class Region extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  code!: string | null;
}
