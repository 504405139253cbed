/**
 * Rejects when `promise` does not settle within `timeoutMs`: with
 * "`<what>` did not answer within N ms", or with the error `what` makes.
 * The promise itself keeps running (the services it stands for cannot be
 * cancelled); its late result is ignored. Every call of the plugin to
 * another plugin goes through this or a signal with a timeout.
 */
export function withTimeout<T>(
  promise: Promise<T>,
  timeoutMs: number,
  what: string | (() => Error),
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          typeof what === 'string'
            ? new Error(`${what} did not answer within ${timeoutMs} ms`)
            : what(),
        ),
      timeoutMs,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
