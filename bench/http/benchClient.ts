/**
 * Real HTTP requests to the backend with Node's fetch, which keeps
 * connections alive between requests. A request is timed from the call
 * until its whole body has been read.
 */

/** The outcome of one timed request. */
export interface TimedResponse {
  status: number;
  ms: number;
  bytes: number;
  body: string;
  contentType: string;
}

/** Thrown when a response has an unexpected status; says what was requested and what came back. */
export class UnexpectedStatusError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly response: TimedResponse,
  ) {
    super(
      `${method} ${path} answered ${response.status}: ${response.body.slice(
        0,
        300,
      )}`,
    );
  }
}

/** A client bound to one backend and one bearer token. */
export class BenchClient {
  constructor(readonly baseUrl: string, private readonly token: string) {}

  /** The same backend with another token. */
  withToken(token: string): BenchClient {
    return new BenchClient(this.baseUrl, token);
  }

  /** Sends a request and reads the whole body; never throws on HTTP errors. */
  async send(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<TimedResponse> {
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      ms: performance.now() - started,
      bytes: Buffer.byteLength(text),
      body: text,
      contentType: response.headers.get('content-type') ?? '',
    };
  }

  /** Sends a request and throws {@link UnexpectedStatusError} unless the status is one of `expected`. */
  async expect(
    method: string,
    path: string,
    expected: number[],
    body?: unknown,
  ): Promise<TimedResponse> {
    const response = await this.send(method, path, body);
    if (!expected.includes(response.status)) {
      throw new UnexpectedStatusError(method, path, response);
    }
    return response;
  }

  /** GETs JSON with status 200. */
  async json<T>(path: string): Promise<T> {
    return JSON.parse((await this.expect('GET', path, [200])).body) as T;
  }
}

/** Signs in as the guest (`POST /api/auth/guest/refresh`) and returns its token and ownership refs. */
export async function guestSignIn(
  baseUrl: string,
): Promise<{ token: string; ownershipEntityRefs: string[] }> {
  const response = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `Guest sign-in answered ${response.status}: ${text.slice(0, 300)}`,
    );
  }
  const body = JSON.parse(text) as {
    backstageIdentity?: {
      token?: string;
      identity?: { ownershipEntityRefs?: string[] };
    };
  };
  const token = body.backstageIdentity?.token;
  if (!token)
    throw new Error('Guest sign-in returned no backstageIdentity.token');
  return {
    token,
    ownershipEntityRefs:
      body.backstageIdentity?.identity?.ownershipEntityRefs ?? [],
  };
}
