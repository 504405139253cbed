import type { Staleness } from './scorecardTypes';

/** Age after which a submitted assessment is stale, in days. @public */
export const DEFAULT_STALE_AFTER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

const NOT_SUBMITTED: Staleness = Object.freeze({
  submittedAt: null,
  staleAt: null,
  isStale: false,
}) as Staleness;

/**
 * Whether a submission is older than the allowed age. The boundary itself is
 * not stale: a submission is stale once `now` is past `submittedAt + age`.
 * Without a (readable) submission date there is nothing to be stale.
 */
export function computeStaleness(
  submittedAt: string | null | undefined,
  now: Date,
  staleAfterDays: number,
): Staleness {
  if (!submittedAt) return NOT_SUBMITTED;
  const submitted = Date.parse(submittedAt);
  if (Number.isNaN(submitted)) return NOT_SUBMITTED;
  const staleAt = submitted + staleAfterDays * DAY_MS;
  return {
    submittedAt,
    staleAt: new Date(staleAt).toISOString(),
    isStale: now.getTime() > staleAt,
  };
}
