import type { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import { withTimeout } from '../deadlines/withTimeout';

/** How long a permission decision may take before the request answers 503. */
export const PERMISSION_TIMEOUT_MS = 5000;

/**
 * A call to the permission backend with a deadline of
 * {@link PERMISSION_TIMEOUT_MS}. A failure or a timeout is logged as
 * `<failure>: <error>` and becomes a `ServiceUnavailableError` (503) with
 * `message`: without a decision nothing may be shown or written, and the
 * request must not hang on a permission backend that does not answer.
 */
export async function withPermissionDeadline<T>(
  fn: () => Promise<T>,
  options: { logger: LoggerService; failure: string; message: string },
): Promise<T> {
  try {
    return await withTimeout(
      fn(),
      PERMISSION_TIMEOUT_MS,
      'The permission backend',
    );
  } catch (error) {
    options.logger.warn(`${options.failure}: ${stringifyError(error)}`);
    throw new ServiceUnavailableError(options.message);
  }
}
