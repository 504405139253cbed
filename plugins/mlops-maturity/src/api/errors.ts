import { ResponseError } from '@backstage/errors';

/**
 * Turns a failed response into a Backstage `ResponseError`, which carries the
 * status code and the server's error (name and message) for the error panels.
 */
export async function assertOk(response: Response): Promise<Response> {
  if (!response.ok) {
    throw await ResponseError.fromResponse(response);
  }
  return response;
}

function statusOf(error: unknown): number | undefined {
  if (ResponseError.is(error)) {
    return error.statusCode;
  }
  const response = (error as { response?: { status?: unknown } } | undefined)
    ?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
}

/**
 * True when the backend refused a save because someone else saved first
 * (HTTP 409, `ConflictError`).
 * @public
 */
export function isConflictError(error: unknown): boolean {
  if (statusOf(error) === 409) {
    return true;
  }
  const e = error as { name?: unknown; cause?: { name?: unknown } } | undefined;
  return e?.name === 'ConflictError' || e?.cause?.name === 'ConflictError';
}

/**
 * True when the backend refused the caller (HTTP 403, `NotAllowedError`), so
 * the UI can say "no permission" instead of showing a stack of details.
 * @public
 */
export function isNotAllowedError(error: unknown): boolean {
  if (statusOf(error) === 403) {
    return true;
  }
  const e = error as { name?: unknown; cause?: { name?: unknown } } | undefined;
  return e?.name === 'NotAllowedError' || e?.cause?.name === 'NotAllowedError';
}
