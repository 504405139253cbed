/** A small JSON client for the backends, every request bounded in time. */
import { isDeepStrictEqual } from 'node:util';

export interface Reply {
  status: number;
  body: any;
  text: string;
}

export class Client {
  constructor(
    readonly name: string,
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async send(method: string, path: string, body?: unknown): Promise<Reply> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed, text };
  }

  /** GETs JSON and fails unless the answer is 200. */
  async get(path: string): Promise<any> {
    const reply = await this.send('GET', path);
    if (reply.status !== 200) {
      throw new Error(
        `${this.name}: GET ${path} answered ${reply.status}: ${reply.text.slice(
          0,
          300,
        )}`,
      );
    }
    return reply.body;
  }
}

/** Signs in as the guest (`POST /api/auth/guest/refresh`) and returns the Backstage token. */
export async function guestToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: { 'x-requested-with': 'XMLHttpRequest' },
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(
      `Guest sign-in answered ${response.status}: ${text.slice(0, 300)}`,
    );
  const token = JSON.parse(text)?.backstageIdentity?.token;
  if (!token)
    throw new Error('Guest sign-in returned no backstageIdentity.token');
  return token;
}

/** The first path (`a.b[2]`) at which two JSON values differ, or undefined when equal. */
export function firstDifference(
  a: unknown,
  b: unknown,
  path = '',
): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return path || '(root)';
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const sub = Array.isArray(a)
        ? `${path}[${key}]`
        : path
        ? `${path}.${key}`
        : key;
      const found = firstDifference((a as any)[key], (b as any)[key], sub);
      if (found) return found;
    }
  }
  return path || '(root)';
}
