import type { Logger } from 'pino';

/** Where signals come from: the live_signal table (LiveSignalStore in @pinzhi/db/platform). */
export interface LiveSource {
  since(after: Date): Promise<Array<{ id: string; tenantId: string; userId: string; topic: string }>>;
  prune(before: Date): Promise<void>;
}

type Listener = (topic: string) => void;

/** How far back each poll looks: a signal committed late (a long transaction) is still seen. */
const LOOKBACK_MS = 15_000;
const KEEP_MS = 5 * 60_000;

/**
 * The live-update fan-out of one API instance. Signals are rows written in the business
 * transactions of any instance; each instance polls the recent ones (one indexed statement per
 * poll, and only while it holds connections) and tells the browsers it holds. A Redis pub/sub
 * hub would implement the same `subscribe` (issue 24); database polling needs no other engine.
 */
export class LiveHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly seen = new Map<string, number>();
  private readonly closers = new Set<() => void>();
  private timer: NodeJS.Timeout | null = null;
  /** The poll under way, if any (stop() waits for it). */
  private inFlight: Promise<void> | null = null;
  private lastPrune = 0;
  private stopped = true;

  constructor(
    private readonly source: LiveSource,
    private readonly pollMs: number,
    private readonly log: Logger,
  ) {}

  get connections(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  /** Calls `listener` with the topic whenever a signal for this person arrives; returns the unsubscribe. */
  subscribe(tenantId: string, userId: string, listener: Listener, close: () => void): () => void {
    const key = `${tenantId}:${userId}`;
    if (!this.listeners.has(key)) this.listeners.set(key, new Set());
    this.listeners.get(key)!.add(listener);
    this.closers.add(close);
    return () => {
      this.closers.delete(close);
      const set = this.listeners.get(key);
      set?.delete(listener);
      if (set && set.size === 0) this.listeners.delete(key);
    };
  }

  /** One poll: new signals since the look-back, to their listeners. */
  async poll(): Promise<void> {
    const now = Date.now();
    if (this.listeners.size > 0) {
      const rows = await this.source.since(new Date(now - LOOKBACK_MS));
      for (const r of rows) {
        if (this.seen.has(r.id)) continue;
        this.seen.set(r.id, now);
        this.listeners.get(`${r.tenantId}:${r.userId}`)?.forEach((l) => l(r.topic));
      }
    }
    for (const [id, at] of this.seen) if (now - at > 2 * LOOKBACK_MS) this.seen.delete(id);
    if (now - this.lastPrune > 60_000) {
      this.lastPrune = now;
      await this.source.prune(new Date(now - KEEP_MS));
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      this.inFlight = this.poll()
        .catch((e) => this.log.warn({ err: e }, 'live poll failed'))
        .finally(() => {
          this.inFlight = null;
          if (!this.stopped) this.timer = setTimeout(loop, this.pollMs);
        });
    };
    loop();
  }

  /**
   * Stops polling and ends every open stream (graceful shutdown must not wait for them); the
   * promise settles when the poll under way, if any (its read and its pruning), has finished.
   */
  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const close of [...this.closers]) close();
    this.closers.clear();
    this.listeners.clear();
    return this.inFlight ?? Promise.resolve();
  }
}
