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

/** SQLite errors of a file or connection that is unusable right now. */
const SQLITE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
]);

/** PostgreSQL SQLSTATEs of an unavailable server (class 08: connection exception). */
const POSTGRES_CODES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

const MESSAGE_PATTERNS = [
  /Timeout acquiring a connection/i,
  /Unable to acquire a connection/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /database connection is not open/i,
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
    if (code.startsWith('08') && code.length === 5) return true;
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

/**
 * Runs a database operation, turning connection failures into a
 * `ServiceUnavailableError` (503) with a message that says what to do.
 * Nothing is cached, so the next call simply tries the database again.
 */
export async function withDatabaseErrors<T>(
  operation: string,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isDatabaseUnavailableError(error)) {
      throw new ServiceUnavailableError(
        `The MLOps maturity database is unavailable, so the ${operation} could not be completed; try again shortly`,
        error as Error,
      );
    }
    throw error;
  }
}
