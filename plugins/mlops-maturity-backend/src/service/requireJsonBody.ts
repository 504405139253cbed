import type { IncomingHttpHeaders } from 'node:http';
import { CustomErrorBase, InputError } from '@backstage/errors';
import type { RequestHandler } from 'express';

/** The only media type the plugin's routes read a body in. */
export const JSON_MEDIA_TYPE = 'application/json';

/** Methods that carry a body the routes read. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Keys that change an object's prototype when the body is merged or copied
 * with ordinary property assignment (prototype pollution).
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The request body is not in a media type the route reads (HTTP 415). Backstage's
 * error handler answers with the `statusCode` and the usual error body.
 */
export class UnsupportedMediaTypeError extends CustomErrorBase {
  name = 'UnsupportedMediaTypeError' as const;
  statusCode = 415;
}

/**
 * Whether the request carries a body: a chunked body, or a positive
 * `Content-Length`. A POST without a body (such as `POST /overview/refresh`,
 * which takes none) sends neither, or `Content-Length: 0`.
 */
function hasBody(headers: IncomingHttpHeaders): boolean {
  if (headers['transfer-encoding'] !== undefined) return true;
  const length = Number(headers['content-length']);
  return Number.isFinite(length) && length > 0;
}

/** `answers.x[0].__proto__`: where a key sits in the body. */
function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * The first forbidden key in a parsed JSON body and its path, an object's own
 * keys before those of its children; null when there is none. Iterative,
 * because a 256 kB body can nest deeper than the call stack allows.
 */
export function findForbiddenKey(
  body: unknown,
): { key: string; path: string } | null {
  const stack: { value: unknown; path: string }[] = [{ value: body, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const children: { value: unknown; path: string }[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) =>
        children.push({ value: item, path: pathOf(path, i) }),
      );
    } else {
      // JSON.parse stores `"__proto__"` as an own key, so Object.keys sees it.
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return { key, path: pathOf(path, key) };
        children.push({
          value: (value as Record<string, unknown>)[key],
          path: pathOf(path, key),
        });
      }
    }
    // Reversed onto the stack, so that the first child is looked at first.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return null;
}

/**
 * Guards the bodies of writes (POST, PUT, PATCH); mount it after
 * `express.json()`, which leaves a body of any other type unparsed:
 *
 * - a request with a body that is not `application/json` (charset allowed)
 *   fails with 415 instead of reaching the route as an empty body, which
 *   `POST .../submissions` would read as "submit the draft";
 * - a JSON body with a `__proto__`, `constructor` or `prototype` key at any
 *   depth fails with 400 naming the key's path;
 * - a request without a body passes, so that `POST /overview/refresh` and
 *   other writes that need no body keep working.
 */
export function requireJsonBody(): RequestHandler {
  return (req, _res, next) => {
    if (!BODY_METHODS.has(req.method) || !hasBody(req.headers)) {
      next();
      return;
    }
    if (!req.is(JSON_MEDIA_TYPE)) {
      const sent = req.headers['content-type'];
      next(
        new UnsupportedMediaTypeError(
          `The request body must be JSON, sent with Content-Type: ${JSON_MEDIA_TYPE}; ${
            sent ? `got ${sent}` : 'the request has no Content-Type'
          }`,
        ),
      );
      return;
    }
    const forbidden = findForbiddenKey(req.body);
    if (forbidden !== null) {
      next(
        new InputError(
          `The request body must not contain the key ${forbidden.key}, found at ${forbidden.path}`,
        ),
      );
      return;
    }
    next();
  };
}
