import type { Role } from '@pinzhi/domain';
import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity, UUID } from './base';

/** A user's role inside one tenant, limited to `regionIds` or `projectIds` as the role's scope policy allows (libs/domain scope.ts). */
@Entity('membership')
@Index('uq_membership_tenant_user', ['tenantId', 'userId'], { unique: true })
@Index('ix_membership_tenant_role', ['tenantId', 'role', 'id'])
@Index('ix_membership_tenant_created', ['tenantId', 'createdAt', 'id'])
export class Membership extends TenantOwnedEntity {
  @Column(UUID)
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'simple-json' })
  regionIds!: string[];

  /** The projects a project-scoped membership (PROJECT_MANAGER, PROJECT_STAFF, a scoped INSPECTOR or VIEWER) is limited to. */
  @Column({ type: 'simple-json' })
  projectIds!: string[];

  /**
   * The person's name as this company knows them (shown on every screen of this tenant). Kept
   * on the membership, not the global user, so one company never changes what another sees.
   */
  @Column({ type: 'varchar', length: 60, default: '' })
  displayName!: string;

  /** A phone number this company keeps for the person (optional). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  /** Deactivation takes effect at once: the session check reads this on every request. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
