/**
 * Rate limits: one mechanism for every counted thing (sign-in attempts per account and per
 * address, public survey requests, responses per survey round and address, public
 * invitation look-ups). Counters live in a shared store (the database: every API instance
 * sees the same numbers) and are consumed atomically *before* the work they guard, so parallel
 * requests cannot all pass a check that each saw as "not yet at the limit". Time is the app's
 * clock, so tests move it instead of sleeping.
 */

/** What a limit counts; the attack suite walks every `address` limit with spoofed forwarding headers. */
export type RateLimitSubject = 'account' | 'address' | 'address-and-round';

export interface RateLimitPolicy {
  /** Unique, stable (it is part of every stored key): `sign-in:account`. */
  name: string;
  per: RateLimitSubject;
  /** Points a window may hold; the consume that goes past it is refused. */
  points: number;
  windowSeconds: number;
  /** Once the limit is passed, refuse for this long from that moment (default: until the window ends). */
  blockSeconds?: number;
}

/** The storage side (RateLimitStore in @pinzhi/db/platform); times are epoch milliseconds. */
export interface RateLimitBackend {
  consume(key: string, points: number, windowMs: number, nowMs: number): Promise<{ points: number; resetAt: number }>;
  extend(key: string, resetAt: number): Promise<void>;
  refund(key: string, points: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface RateDecision {
  allowed: boolean;
  /** Points in the window after this consume. */
  consumed: number;
  /** Whole seconds until the counter starts again (≥ 1 when refused). */
  retryAfterSeconds: number;
}

export class RateLimiter {
  constructor(
    readonly policy: RateLimitPolicy,
    private readonly backend: RateLimitBackend,
    private readonly keyOf: (name: string, value: string) => string,
    private readonly now: () => Date,
  ) {}

  /**
   * Counts one use of `value` and says whether it is within the limit. `windowSeconds`
   * overrides the policy's window for this counter (a survey round's cap lasts as long as the round).
   */
  async consume(value: string, options: { windowSeconds?: number } = {}): Promise<RateDecision> {
    const { policy } = this;
    const key = this.keyOf(policy.name, value);
    const now = this.now().getTime();
    const windowMs = Math.max(1, options.windowSeconds ?? policy.windowSeconds) * 1000;
    const state = await this.backend.consume(key, 1, windowMs, now);
    let resetAt = state.resetAt;
    const allowed = state.points <= policy.points;
    // The consume that passes the limit starts the block (later ones find it in place).
    if (!allowed && state.points === policy.points + 1 && policy.blockSeconds) {
      const blockedUntil = now + policy.blockSeconds * 1000;
      if (blockedUntil > resetAt) {
        await this.backend.extend(key, blockedUntil);
        resetAt = blockedUntil;
      }
    }
    return { allowed, consumed: state.points, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
  }

  /** Gives one point back: the use turned out not to count (a successful sign-in on a shared address). */
  refund(value: string): Promise<void> {
    return this.backend.refund(this.keyOf(this.policy.name, value), 1);
  }

  /** Starts the counter afresh (a successful sign-in clears the account's failures). */
  reset(value: string): Promise<void> {
    return this.backend.delete(this.keyOf(this.policy.name, value));
  }
}

/** The registry of every limit the app enforces (docs/security.md lists them; the attack suite walks them). */
export class RateLimits {
  readonly #limiters = new Map<string, RateLimiter>();

  constructor(
    private readonly backend: RateLimitBackend,
    private readonly keyOf: (name: string, value: string) => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  define(policy: RateLimitPolicy): RateLimiter {
    if (this.#limiters.has(policy.name)) throw new Error(`Rate limit ${policy.name} is defined twice`);
    if (!Number.isInteger(policy.points) || policy.points < 1) throw new Error(`Rate limit ${policy.name}: points must be ≥ 1`);
    const limiter = new RateLimiter(policy, this.backend, this.keyOf, this.now);
    this.#limiters.set(policy.name, limiter);
    return limiter;
  }

  get policies(): RateLimitPolicy[] {
    return [...this.#limiters.values()].map((l) => l.policy);
  }
}

/**
 * At most `concurrency` runs of expensive work (password hashing) at once; the rest wait
 * in line, and when `maxQueued` are already waiting a new one is refused at once (`busy()`),
 * so a flood cannot pile up unbounded memory and CPU.
 */
export class BoundedWork {
  #running = 0;
  readonly #queue: Array<() => void> = [];

  constructor(
    readonly concurrency: number,
    readonly maxQueued: number,
    private readonly busy: () => Error,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.concurrency) {
      if (this.#queue.length >= this.maxQueued) throw this.busy();
      await new Promise<void>((resolve) => this.#queue.push(resolve));
    } else {
      this.#running++;
    }
    try {
      return await work();
    } finally {
      const next = this.#queue.shift();
      // The slot passes straight to the next in line (running stays the same), or is freed.
      if (next) next();
      else this.#running--;
    }
  }
}
