/**
 * What the benchmark measures: each operation is either a load operation
 * (many requests, sequential and concurrent, latency percentiles) or a
 * single operation (a few requests one after the other, each timed on its
 * own, for long requests such as the export and the catalog refresh).
 */
import type { BenchClient } from '../http/benchClient';
import type { Request } from '../measure/runLoad';

/** The context every operation is prepared with. */
export interface OperationContext {
  /** The guest user's client (a member of the team that owns `writableRefs`). */
  guest: BenchClient;
  /** A client with the bench's service token. */
  service: BenchClient;
  /** Every generated ML service ref. */
  serviceRefs: string[];
  /** Refs the guest may write to. */
  writableRefs: string[];
  /** The number of workers of the concurrent runs. */
  concurrency: number;
  /** A source of numbers in [0, 1), seeded. */
  random: () => number;
}

/** An operation measured under load. */
export interface LoadOperation {
  kind: 'load';
  id: string;
  label: string;
  /**
   * Prepares the operation; returns its request function, or a reason why
   * it cannot be measured (for example, the endpoint does not exist yet).
   */
  prepare(ctx: OperationContext): Promise<Request | { missing: string }>;
}

/** One timed run of a single operation, with what the response said. */
export interface SingleRun {
  ms: number;
  /** Facts from the response, such as rows and bytes of an export. */
  details: Record<string, number | string>;
}

/** An operation measured a few times, one request at a time. */
export interface SingleOperation {
  kind: 'single';
  id: string;
  label: string;
  prepare(
    ctx: OperationContext,
  ): Promise<(() => Promise<SingleRun>) | { missing: string }>;
}

/** Any measured operation. */
export type BenchOperation = LoadOperation | SingleOperation;

/** The entity path segment (`kind/namespace/name`) of a ref such as `component:default/x`. */
export function entityPath(ref: string): string {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

/** Probes an endpoint: a 404 means it does not exist on this backend (yet). */
export async function probeEndpoint(
  client: BenchClient,
  method: string,
  path: string,
): Promise<{ missing: string } | undefined> {
  const response = await client.send(method, path);
  if (response.status === 404)
    return { missing: `${method} ${path.split('?')[0]} answered 404` };
  return undefined;
}
