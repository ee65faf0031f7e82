import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from './base';

/** One property-management company: the isolation boundary. */
@Entity('tenant')
export class Tenant extends BaseEntity {
  @Index('uq_tenant_slug', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  slug!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
