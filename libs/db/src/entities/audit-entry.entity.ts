import { Column, Entity, Index } from 'typeorm';
import type { AuditChanges } from '@pinzhi/domain';
import { BaseEntity, UUID } from './base';

/** Field → { from, to }; only fields with a label in the domain's audit registry. */
export type FieldChanges = AuditChanges;

/** Who changed what, when. Written in the same transaction as the change it records. */
@Entity('audit_entry')
@Index('ix_audit_tenant_created', ['tenantId', 'createdAt'])
@Index('ix_audit_tenant_entity', ['tenantId', 'entity', 'createdAt'])
@Index('ix_audit_tenant_user', ['tenantId', 'userId', 'createdAt'])
@Index('ix_audit_tenant_record', ['tenantId', 'recordEntity', 'recordId', 'createdAt'])
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

  /**
   * The main record whose history this change belongs to (a detail page's "history"): the
   * changed row itself, or its owner for parts such as a handbook's version, a complaint's
   * action or an onboarding's task. Null only on rows written before it existed.
   */
  @Column({ type: 'varchar', length: 40, nullable: true })
  recordEntity!: string | null;

  @Column({ ...UUID, nullable: true })
  recordId!: string | null;

  @Column({ type: 'simple-json' })
  changes!: FieldChanges;
}
