import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, INSTANT } from './base';

/** A person who can sign in. Users are global; what they may do lives on a Membership. */
@Entity('user_account')
export class User extends BaseEntity {
  /** Stored lower-cased so the unique key is case-insensitive on both dialects. */
  @Index('uq_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 60 })
  displayName!: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  /** Set by an admin reset: the next sign-in may only change the password. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  /** A temporary password stops working at this instant (null: the password does not expire). */
  @Column({ ...INSTANT, nullable: true })
  passwordExpiresAt!: Date | null;

  /** A user deactivated everywhere (all memberships) cannot sign in. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
