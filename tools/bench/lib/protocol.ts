// Messages between the benchmark and its API child process (IPC).

/** One SQL statement the API issued; `wave` groups statements issued in the same macrotask (run together). */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
  wave: number;
}

/** profile: file null starts the CPU profiler, a path stops it and writes the profile there. */
export type ToApi =
  { type: 'reset' } | { type: 'stats' } | { type: 'capture'; on: boolean } | { type: 'profile'; file: string | null } | { type: 'stop' };
export type FromApi =
  | { type: 'listening'; port: number }
  | { type: 'ack' }
  | { type: 'stats'; statements: number; responses: number; cpuMicros: number; rss: number; heapUsed: number }
  | { type: 'captured'; statements: CapturedStatement[] };

/** Dates cross IPC (JSON) as {$date}; mysql2 must get them back as Date to format them like TypeORM does. */
export const encodeParam = (v: unknown): unknown => (v instanceof Date ? { $date: v.toISOString() } : v);
export const decodeParam = (v: unknown): unknown =>
  v && typeof v === 'object' && '$date' in (v as Record<string, unknown>) ? new Date(String((v as Record<string, unknown>)['$date'])) : v;

/** Transaction control the API's ORM may log; the baseline replays only the work inside. */
export const isTransactionControl = (sql: string) => /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(sql.trim());
