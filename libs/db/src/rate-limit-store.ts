import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { RateLimitCounter } from './entities';
import { runTransaction } from './transactions';

/** A counter after a consume: how many points its window holds now, and when the window ends. */
export interface CounterState {
  points: number;
  /** Epoch milliseconds. */
  resetAt: number;
}

/**
 * Rate-limit counters in the database (table `rate_limit`), so that every API instance
 * counts against the same numbers (ARCHITECTURE invariant 8) and a restart forgets nothing.
 * Each consume is one atomic upsert inside a transaction: parallel requests can never both
 * read "4 of 5" and both proceed. Times come from the caller (the app's clock).
 */
export class RateLimitStore {
  readonly #source: DataSource;
  readonly #manager: EntityManager;
  readonly #mysql: boolean;
  #table: string | null = null;
  #writes = 0;

  constructor(source: DataSource) {
    // Every write goes through runTransaction: on SQLite that is the one serialised writer.
    this.#source = source;
    this.#manager = source.manager;
    this.#mysql = source.options.type !== 'better-sqlite3';
  }

  /** The stored key: no e-mail or address in clear. */
  static key(name: string, value: string): string {
    return createHash('sha256').update(`${name}\u0000${value}`).digest('hex');
  }

  private table(): string {
    this.#table ??= this.#manager.connection.driver.escape(this.#manager.connection.getMetadata(RateLimitCounter).tableName);
    return this.#table;
  }

  /**
   * Adds `points` to the counter, starting a new window of `windowMs` when the old one has
   * ended, and returns the counter as it is after this consume (this caller's own increment
   * included, nobody else's in between).
   */
  async consume(key: string, points: number, windowMs: number, nowMs: number): Promise<CounterState> {
    const t = this.table();
    const resetAt = nowMs + windowMs;
    const state = await runTransaction(this.#source, async (m) => {
      if (this.#mysql) {
        // Column order matters in MySQL: `points` is assigned first, while `resetAt` still holds the old window.
        await m.query(
          `INSERT INTO ${t} (\`key\`, points, resetAt) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE ` +
            `points = IF(resetAt <= ?, ?, points + ?), resetAt = IF(resetAt <= ?, ?, resetAt)`,
          [key, points, resetAt, nowMs, points, points, nowMs, resetAt],
        );
        const rows: Array<{ points: unknown; resetAt: unknown }> = await m.query(
          `SELECT points, resetAt FROM ${t} WHERE \`key\` = ? FOR UPDATE`,
          [key],
        );
        return rows[0];
      }
      // SQLite evaluates every right-hand side against the old row.
      const rows: Array<{ points: unknown; resetAt: unknown }> = await m.query(
        `INSERT INTO ${t} ("key", points, resetAt) VALUES (?, ?, ?) ON CONFLICT("key") DO UPDATE SET ` +
          `points = CASE WHEN resetAt <= ? THEN excluded.points ELSE points + excluded.points END, ` +
          `resetAt = CASE WHEN resetAt <= ? THEN excluded.resetAt ELSE resetAt END RETURNING points, resetAt`,
        [key, points, resetAt, nowMs, nowMs],
      );
      return rows[0];
    });
    if (++this.#writes % 500 === 0) void this.purgeExpired(nowMs).catch(() => undefined);
    return { points: Number(state.points), resetAt: Number(state.resetAt) };
  }

  /** Moves the end of the current window to `resetAt` if that is later (a block after the limit is passed). */
  async extend(key: string, resetAt: number): Promise<void> {
    const t = this.table();
    const k = this.#mysql ? '`key`' : '"key"';
    await runTransaction(this.#source, (m) =>
      m.query(`UPDATE ${t} SET resetAt = ? WHERE ${k} = ? AND resetAt < ?`, [resetAt, key, resetAt]),
    );
  }

  /** Gives points back (never below zero): an attempt that turned out not to count. */
  async refund(key: string, points: number): Promise<void> {
    const t = this.table();
    const k = this.#mysql ? '`key`' : '"key"';
    await runTransaction(this.#source, (m) =>
      m.query(`UPDATE ${t} SET points = CASE WHEN points > ? THEN points - ? ELSE 0 END WHERE ${k} = ?`, [points, points, key]),
    );
  }

  async delete(key: string): Promise<void> {
    const t = this.table();
    const k = this.#mysql ? '`key`' : '"key"';
    await runTransaction(this.#source, (m) => m.query(`DELETE FROM ${t} WHERE ${k} = ?`, [key]));
  }

  /** Removes counters whose window ended more than an hour ago (they would restart at zero anyway). */
  async purgeExpired(nowMs: number): Promise<void> {
    const t = this.table();
    await runTransaction(this.#source, (m) => m.query(`DELETE FROM ${t} WHERE resetAt < ?`, [nowMs - 3_600_000]));
  }
}
