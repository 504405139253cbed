/**
 * Runs one operation many times: a warm-up that is not counted, then a
 * bounded number of requests (and at most a bounded time) by `concurrency`
 * workers that each send their next request as soon as the last one is done.
 */
import { summarise, type LatencySummary } from './statistics';

/**
 * One request of an operation, sent by worker `worker` of `workers`;
 * resolves with its latency in ms, throws on failure.
 */
export type Request = (
  worker: number,
  iteration: number,
  workers: number,
) => Promise<number>;

/** How much load to apply. */
export interface LoadPlan {
  warmup: number;
  requests: number;
  concurrency: number;
  /** Stops starting requests after this long. */
  maxSeconds: number;
}

/** The summary plus the first error message, to show why requests failed. */
export interface LoadResult extends LatencySummary {
  concurrency: number;
  firstError?: string;
}

/** Runs the warm-up and the measured requests of one operation. */
export async function runLoad(
  request: Request,
  plan: LoadPlan,
): Promise<LoadResult> {
  for (let i = 0; i < plan.warmup; i++) {
    // A failing warm-up shows again, counted, in the measured requests.
    await request(i % plan.concurrency, i, plan.concurrency).catch(
      () => undefined,
    );
  }
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const deadline = started + plan.maxSeconds * 1000;
  const worker = async (index: number) => {
    while (next < plan.requests && performance.now() < deadline) {
      const iteration = next++;
      try {
        latencies.push(await request(index, iteration, plan.concurrency));
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(
    Array.from({ length: plan.concurrency }, (_, i) => worker(i)),
  );
  const wallMs = performance.now() - started;
  return {
    ...summarise(latencies, errors, wallMs),
    concurrency: plan.concurrency,
    firstError,
  };
}
