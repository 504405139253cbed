import { randomBytes } from 'node:crypto';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, isError } from '@backstage/errors';
import type { ErrorRequestHandler } from 'express';
import {
  databaseCauseOf,
  isDatabaseUnavailableError,
} from '../database/databaseErrors';

/** Error names Backstage's error handler answers with a 4xx status. */
const CLIENT_ERROR_NAMES = new Set([
  'NotModifiedError',
  'InputError',
  'AuthenticationError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
]);

/** The status Backstage's error handler would answer for an error. */
function statusOf(error: Error): number {
  for (const field of ['statusCode', 'status'] as const) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (Number.isInteger(value) && Number(value) >= 100 && Number(value) <= 599)
      return Number(value);
  }
  if (CLIENT_ERROR_NAMES.has(error.name)) return 400;
  if (error.name === 'ServiceUnavailableError') return 503;
  return 500;
}

/** A message without what `CustomErrorBase` appends of its cause. */
function withoutCause(message: string): string {
  const at = message.indexOf('; caused by ');
  return at === -1 ? message : message.slice(0, at);
}

/** An error whose stack is left out even where Backstage would show stacks. */
function bare<T extends Error>(error: T): T {
  delete error.stack;
  return error;
}

/**
 * What the client may see of an error, for the router's last middleware.
 * Backstage's error handler sends an unknown error's message (for knex that
 * is the SQL with its values) and, in development, its stack; it filters
 * only PostgreSQL's `DatabaseError`. So:
 *
 * - 4xx errors (ours, and the body parser's) go out as they are: their
 *   messages are written for the client;
 * - a database that cannot be reached (SQLite `SQLITE_BUSY`,
 *   `SQLITE_IOERR`..., PostgreSQL connection and resource errors, a
 *   destroyed pool) is a 503 saying to try again, wherever it was thrown;
 * - a `ServiceUnavailableError` keeps its message but not its cause;
 * - anything else (a query bug, a failed migration) is a 500 with a generic
 *   message and an id to find the logged error by.
 *
 * The original error is logged in full in the last three cases.
 */
export function clientSafeError(error: unknown, logger: LoggerService): Error {
  if (isError(error)) {
    const status = statusOf(error);
    if (status < 500) return error;
    if (error.name === 'ServiceUnavailableError') {
      logger.warn(`Request failed: ${error.message}`, {
        cause: String(databaseCauseOf(error) ?? error.cause ?? ''),
      });
      return bare(new ServiceUnavailableError(withoutCause(error.message)));
    }
  }
  if (isDatabaseUnavailableError(error)) {
    logger.warn(
      'Request failed: the MLOps maturity database is unavailable',
      isError(error) ? error : { error: String(error) },
    );
    return bare(
      new ServiceUnavailableError(
        'The MLOps maturity database is unavailable; try again shortly',
      ),
    );
  }
  const logId = randomBytes(8).toString('hex');
  logger.error(
    `Request failed with an internal error, logId=${logId}`,
    isError(error) ? error : { error: String(error) },
  );
  return bare(
    new Error(
      `An internal error occurred in the MLOps maturity backend (logId=${logId}); it was logged`,
    ),
  );
}

/** Seconds a client is told to wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The router's last middleware: passes on {@link clientSafeError} of any
 * error; a 503 also says when to try again (`Retry-After`), since nothing
 * was written and the same request may simply be sent again.
 */
export function errorFilter(logger: LoggerService): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const safe = clientSafeError(error, logger);
    if (safe.name === 'ServiceUnavailableError' && !res.headersSent) {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    next(safe);
  };
}
