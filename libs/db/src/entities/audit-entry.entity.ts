import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, UUID } from './base';

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Who changed what, when. Written in the same transaction as the change it records. */
@Entity('audit_entry')
@Index('ix_audit_tenant_created', ['tenantId', 'createdAt'])
@Index('ix_audit_tenant_entity', ['tenantId', 'entity', 'createdAt'])
@Index('ix_audit_tenant_user', ['tenantId', 'userId', 'createdAt'])
export class AuditEntry extends BaseEntity {
  @Column(UUID)
  tenantId!: string;

  @Column({ ...UUID, nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  operation!: string;

  @Column({ type: 'varchar', length: 40 })
  entity!: string;

  @Column(UUID)
  entityId!: string;

  @Column({ type: 'simple-json' })
  changes!: FieldChanges;
}
