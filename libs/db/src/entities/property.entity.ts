import type { PropertyFormat } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from './base';

/** 物业: a physical site. Zones are a small ordered list kept on the row. */
@Entity('property')
@Index('uq_property_tenant_name', ['tenantId', 'name'], { unique: true })
@Index('ix_property_tenant_format', ['tenantId', 'format'])
@Index('ix_property_tenant_name_id', ['tenantId', 'name', 'id'])
@Index('ix_property_tenant_area', ['tenantId', 'grossFloorArea', 'id'])
@Index('ix_property_tenant_updated', ['tenantId', 'updatedAt', 'id'])
export class Property extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  format!: PropertyFormat;

  @Column({ type: 'varchar', length: 200, default: '' })
  address!: string;

  @Column({
    type: 'decimal',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: { to: (v?: number | null) => v, from: (v: string | number | null) => (v === null || v === undefined ? null : Number(v)) },
  })
  grossFloorArea!: number | null;

  @Column({ type: 'simple-json' })
  zones!: PropertyZone[];
}

export interface PropertyZone {
  /** Stable id so handbooks and frequencies can point at a zone after renames. */
  id: string;
  name: string;
}
