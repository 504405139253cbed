import { ServiceUnavailableError } from '@backstage/errors';

/** Node socket errors that mean the database server cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);

/**
 * SQLite errors of a file or connection that is unusable right now (codes
 * are matched by prefix, so `SQLITE_IOERR_WRITE` counts as `SQLITE_IOERR`).
 * Errors of the statement itself (`SQLITE_ERROR`: no such table, syntax;
 * `SQLITE_CONSTRAINT`) are bugs or conflicts, not outages.
 */
const SQLITE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_NOMEM',
  'SQLITE_INTERRUPT',
  'SQLITE_PROTOCOL',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
]);

/**
 * PostgreSQL SQLSTATEs of an unavailable server, besides classes 08
 * (connection exception) and 53 (insufficient resources: disk full, out of
 * memory, too many connections), which are matched by class.
 */
const POSTGRES_CODES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '57P04', // database_dropped
  '57P05', // idle_session_timeout
  '57014', // query_canceled (statement_timeout)
  '40P01', // deadlock_detected: retrying succeeds
]);

const MESSAGE_PATTERNS = [
  /Timeout acquiring a connection/i,
  /Unable to acquire a connection/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /database connection is not open/i,
  /timeout exceeded when trying to connect/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end/i,
];

/**
 * Whether an error means the database could not be reached (as opposed to a
 * bad query): such errors become 503 and are worth retrying.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, name, message } = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
  };
  if (name === 'KnexTimeoutError') return true;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code)) return true;
    if (/^(08|53)[0-9A-Z]{3}$/.test(code)) return true;
    if ([...SQLITE_CODES].some(c => code.startsWith(c))) return true;
  }
  if (typeof message === 'string') {
    return MESSAGE_PATTERNS.some(pattern => pattern.test(message));
  }
  return false;
}

/** Whether an error is a primary-key or unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    code === '23505' || // PostgreSQL
    code === 'ER_DUP_ENTRY' || // MySQL
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/** Where a 503 keeps the database error behind it: out of the response, for the log. */
const DATABASE_CAUSE = Symbol('databaseCause');

/**
 * The database error behind a `ServiceUnavailableError` of
 * {@link withDatabaseErrors}, for the log; undefined for any other error.
 */
export function databaseCauseOf(error: unknown): unknown {
  return error && typeof error === 'object'
    ? (error as { [DATABASE_CAUSE]?: unknown })[DATABASE_CAUSE]
    : undefined;
}

/**
 * Runs a database operation, turning connection failures into a
 * `ServiceUnavailableError` (503) with a message that says what to do.
 * The database's own error is not its `cause`: Backstage's error handler
 * would send the cause, SQL text and bound values included, to the client;
 * it is kept for the log ({@link databaseCauseOf}). Nothing is cached, so
 * the next call simply tries the database again.
 */
export async function withDatabaseErrors<T>(
  operation: string,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isDatabaseUnavailableError(error)) {
      const unavailable = new ServiceUnavailableError(
        `The MLOps maturity database is unavailable, so the ${operation} could not be completed; try again shortly`,
      );
      Object.defineProperty(unavailable, DATABASE_CAUSE, { value: error });
      throw unavailable;
    }
    throw error;
  }
}
