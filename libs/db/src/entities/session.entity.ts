import { Column, Entity, Index } from 'typeorm';
import { INSTANT, TenantOwnedEntity, UUID } from './base';

/** One signed-in session; the JWT carries its id so sign-out and deactivation revoke it. */
@Entity('auth_session')
@Index('ix_session_tenant_user', ['tenantId', 'userId'])
export class AuthSession extends TenantOwnedEntity {
  @Column(UUID)
  userId!: string;

  @Column(UUID)
  membershipId!: string;

  @Column(INSTANT)
  expiresAt!: Date;

  @Column({ ...INSTANT, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
