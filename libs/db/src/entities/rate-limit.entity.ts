import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One rate-limit counter (sign-in attempts per account and per address, public survey
 * requests …), shared by every API instance through the database. `key` is a SHA-256 of the
 * policy name and the counted value, so no e-mail or address is stored in clear. Rows are
 * only written through RateLimitStore (atomic upserts), never through a repository.
 */
@Entity('rate_limit')
export class RateLimitCounter {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'int' })
  points!: number;

  /** When the current window ends, in epoch milliseconds (the app's clock). */
  @Column({ type: 'bigint' })
  resetAt!: string;
}
