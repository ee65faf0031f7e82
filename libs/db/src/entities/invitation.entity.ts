import type { Role } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/**
 * An invitation to join a tenant, accepted by the person through a link with a one-time
 * secret (only its SHA-256 is stored). It carries what the company will know the person by
 * (name, phone) and the membership it grants; nothing about an existing account is read or
 * written until the person accepts. `invitedByUserId` is null when the platform invites
 * (a new company's first admin).
 */
@Entity('member_invitation')
@Index('ix_invitation_tenant_email', ['tenantId', 'email'])
@Index('ix_invitation_tenant_created', ['tenantId', 'createdAt'])
export class MemberInvitation extends TenantOwnedEntity {
  /** Lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 60 })
  displayName!: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'simple-json' })
  regionIds!: string[];

  /** The projects the membership will be limited to (project-scoped roles). */
  @Column({ type: 'simple-json' })
  projectIds!: string[];

  /** SHA-256 (hex) of the link's secret; a resend replaces it, so the old link stops. */
  @Column({ type: 'varchar', length: 64 })
  secretHash!: string;

  @Column(INSTANT)
  expiresAt!: Date;

  /** When the current link was issued (created or resent). */
  @Column(INSTANT)
  sentAt!: Date;

  @Column({ ...UUID, nullable: true })
  invitedByUserId!: string | null;

  @Column({ ...INSTANT, nullable: true })
  acceptedAt!: Date | null;

  @Column({ ...UUID, nullable: true })
  acceptedUserId!: string | null;

  @Column({ ...INSTANT, nullable: true })
  revokedAt!: Date | null;
}
