import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, INSTANT } from './base';

/** One property-management company: the isolation boundary. */
@Entity('tenant')
export class Tenant extends BaseEntity {
  @Index('uq_tenant_slug', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  slug!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** False while the company is suspended (停用) by the platform: no member signs in, every session is refused. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** When the platform suspended the company (null: not suspended). */
  @Column({ ...INSTANT, nullable: true })
  suspendedAt!: Date | null;

  /** Per-company limits set by the platform (null: no limit): active members, active projects, stored files in MB. */
  @Column({ type: 'int', nullable: true })
  maxMembers!: number | null;

  @Column({ type: 'int', nullable: true })
  maxProjects!: number | null;

  @Column({ type: 'int', nullable: true })
  maxStorageMb!: number | null;
}
