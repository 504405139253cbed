import type { ScorecardResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { MlopsMaturityApi } from '../../api';

/**
 * How long a prefetched request may stand in for the card's own. Short: a
 * page that shows the card takes it within a second or two, and an answer
 * older than this could predate a submission.
 */
export const PREFETCH_TTL_MS = 5_000;

interface Prefetched {
  promise: Promise<ScorecardResponse>;
  startedAt: number;
  taken: boolean;
}

// Per API instance, so that apps (and tests) never share answers.
const prefetched = new WeakMap<MlopsMaturityApi, Map<string, Prefetched>>();

/**
 * Starts loading an entity's scorecard before the card that shows it has
 * mounted; the card's first load takes this request instead of asking
 * again. Does nothing when a request for the entity started less than
 * {@link PREFETCH_TTL_MS} ago, taken or not, so rendering again does not
 * ask again.
 */
export function prefetchScorecard(
  api: MlopsMaturityApi,
  entityRef: string,
  now = Date.now(),
): void {
  let byRef = prefetched.get(api);
  if (!byRef) {
    byRef = new Map();
    prefetched.set(api, byRef);
  }
  const existing = byRef.get(entityRef);
  if (existing && now - existing.startedAt < PREFETCH_TTL_MS) return;
  const promise = api.getScorecard(entityRef);
  // Whoever takes the request sees a failure; it may never be taken.
  promise.catch(() => {});
  byRef.set(entityRef, { promise, startedAt: now, taken: false });
}

/**
 * The request {@link prefetchScorecard} started for the entity, if it is
 * recent and nobody took it yet: each is taken once, so a retry or the next
 * visit asks the backend again.
 */
export function takePrefetchedScorecard(
  api: MlopsMaturityApi,
  entityRef: string,
  now = Date.now(),
): Promise<ScorecardResponse> | undefined {
  const entry = prefetched.get(api)?.get(entityRef);
  if (!entry || entry.taken || now - entry.startedAt >= PREFETCH_TTL_MS) {
    return undefined;
  }
  entry.taken = true;
  return entry.promise;
}
