/**
 * The levels the catalog carries: the labels a catalog backend module writes
 * on each ML service, and the endpoint it reads them from in batches
 * (`GET /overview/levels`). The backend module, the frontend's catalog
 * filter and column, and the router import them from here, so a label key
 * or a page limit cannot differ between them.
 */
import { z } from 'zod';
import type { AssessmentStatus } from './overviewTypes';

/**
 * The label with a service's overall level id (for example `managed`). Set
 * for assessed services and, marked by {@link MATURITY_STATUS_LABEL}, for
 * provisional ones; absent when the service has no overall level or its
 * level is not known to the catalog yet.
 * @public
 */
export const MATURITY_OVERALL_LEVEL_LABEL = 'mlops-maturity.io/overall-level';

/**
 * The label with a service's {@link AssessmentStatus}: `assessed`,
 * `provisional` or `not-assessed`. Absent while the status is not known.
 * @public
 */
export const MATURITY_STATUS_LABEL = 'mlops-maturity.io/status';

/** Both labels the catalog module owns. @public */
export const MATURITY_LABELS = [
  MATURITY_OVERALL_LEVEL_LABEL,
  MATURITY_STATUS_LABEL,
] as const;

/**
 * Backstage's rule for a label value: at most 63 characters, letters and
 * digits separated by single `-`, `_` or `.`.
 */
const LABEL_VALUE = /^[a-z0-9A-Z]+(?:[-_.][a-z0-9A-Z]+)*$/;

/**
 * Whether Backstage accepts `value` as a label value. A model's level id
 * may contain characters or lengths a label cannot; such a level is left
 * off rather than written in an altered spelling that no filter would
 * match.
 * @public
 */
export function isValidLabelValue(value: string): boolean {
  return value.length >= 1 && value.length <= 63 && LABEL_VALUE.test(value);
}

/** One ML service's level and status, as `GET /overview/levels` lists it. @public */
export interface ServiceLevelEntry {
  /** The catalog ref, as the index stores it (`component:default/name`). */
  entityRef: string;
  status: AssessmentStatus;
  /** The overall level; for a provisional service, from the catalog only; null without one. */
  overallLevelId: string | null;
}

/** The body of `GET /overview/levels`: one page, in entity ref order. @public */
export interface OverviewLevelsResponse {
  items: ServiceLevelEntry[];
  /** The `after` of the next page; null on the last page. */
  nextAfter: string | null;
}

/** Services per page of `GET /overview/levels` when the request names no limit. @public */
export const OVERVIEW_LEVELS_DEFAULT_LIMIT = 1000;

/** The most services one page of `GET /overview/levels` returns. @public */
export const OVERVIEW_LEVELS_MAX_LIMIT = 5000;

/**
 * `GET /overview/levels`: `after` (the last entity ref of the previous page)
 * and `limit`. Pages are keyed by ref, not by offset, so that reading every
 * page costs one index range scan each, however many services there are.
 * @public
 */
export const overviewLevelsQuerySchema = z
  .object({
    after: z.string().min(1).max(1000).optional(),
    limit: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, 'must be at least 1')
          .max(
            OVERVIEW_LEVELS_MAX_LIMIT,
            `must be at most ${OVERVIEW_LEVELS_MAX_LIMIT}`,
          ),
      )
      .default(String(OVERVIEW_LEVELS_DEFAULT_LIMIT)),
  })
  .strict();

/**
 * The labels an ML service gets from its entry: the status always, the
 * overall level when it has one that is a valid label value. Without an
 * entry (the level is not known) no label: a catalog filter then leaves the
 * service out rather than showing a guessed level.
 * @public
 */
export function maturityLabelsOf(
  entry: Pick<ServiceLevelEntry, 'status' | 'overallLevelId'> | undefined,
): Record<string, string> {
  if (!entry) return {};
  const labels: Record<string, string> = {
    [MATURITY_STATUS_LABEL]: entry.status,
  };
  if (
    entry.status !== 'not-assessed' &&
    entry.overallLevelId !== null &&
    isValidLabelValue(entry.overallLevelId)
  ) {
    labels[MATURITY_OVERALL_LEVEL_LABEL] = entry.overallLevelId;
  }
  return labels;
}
