/**
 * Database faults a client can do nothing about but wait: the server did not answer in time,
 * could not be reached, or is busy. The API answers them with HTTP 503 SERVICE_UNAVAILABLE
 * and Retry-After instead of an internal error, and never shows the driver's message (it
 * names the host and port).
 */
export type UnavailableReason = 'TIMEOUT' | 'UNREACHABLE' | 'BUSY';

export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: UnavailableReason,
    /** The driver's own error, for the server log only. */
    override readonly cause?: unknown,
  ) {
    super(`database unavailable (${reason.toLowerCase()})`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** How long a client should wait before retrying, in seconds (the Retry-After header). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// mysql2 / Node socket codes and MySQL/MariaDB server errors that mean "not now", not "wrong".
const TIMEOUT = new Set([
  'PROTOCOL_SEQUENCE_TIMEOUT', // a statement's client-side timeout (mysql2 `timeout`)
  'ETIMEDOUT', // connect timeout
  'ER_STATEMENT_TIMEOUT', // MariaDB max_statement_time (1969)
  'ER_QUERY_TIMEOUT', // MySQL max_execution_time (3024)
]);
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
]);
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_BUSY_TIMEOUT']);
const SERVER_ERRNO: Record<number, UnavailableReason> = { 1969: 'TIMEOUT', 3024: 'TIMEOUT', 1053: 'UNREACHABLE', 1040: 'UNREACHABLE' };

/**
 * The DatabaseUnavailableError an error means, or null when it is not a fault of
 * availability. Understands TypeORM's QueryFailedError (the driver error is `driverError`)
 * and the raw errors of acquiring a connection.
 */
export function asDatabaseUnavailable(error: unknown): DatabaseUnavailableError | null {
  if (error instanceof DatabaseUnavailableError) return error;
  if (!error || typeof error !== 'object') return null;
  const e = error as { driverError?: unknown; code?: unknown; errno?: unknown; fatal?: unknown; message?: unknown };
  const driver = (e.driverError && typeof e.driverError === 'object' ? e.driverError : e) as typeof e;
  const code = typeof driver.code === 'string' ? driver.code : '';
  if (TIMEOUT.has(code)) return new DatabaseUnavailableError('TIMEOUT', driver);
  if (UNREACHABLE.has(code)) return new DatabaseUnavailableError('UNREACHABLE', driver);
  if (BUSY.has(code)) return new DatabaseUnavailableError('BUSY', driver);
  if (typeof driver.errno === 'number' && SERVER_ERRNO[driver.errno])
    return new DatabaseUnavailableError(SERVER_ERRNO[driver.errno], driver);
  // mysql2 marks errors that broke the connection itself as fatal (e.g. a command on a
  // connection closed after a timeout); the next request gets a fresh connection.
  if (driver.fatal === true) return new DatabaseUnavailableError('UNREACHABLE', driver);
  if (driver.message === 'Pool is closed.') return new DatabaseUnavailableError('UNREACHABLE', driver);
  return null;
}
