import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import type { CollectedEvidence } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { EvidenceCollector } from '@mlops-maturity/plugin-mlops-maturity-node';

/** How long a collector may take when it does not set its own `timeoutMs`. */
export const DEFAULT_COLLECTOR_TIMEOUT_MS = 2000;

const STATUSES: ReadonlyArray<CollectedEvidence['status']> = [
  'found',
  'not-found',
  'unavailable',
];

function unavailable(message: string): CollectedEvidence {
  return { status: 'unavailable', items: [], message };
}

/**
 * Collectors come from third-party modules, so their results are checked
 * before the scoring engine trusts them.
 */
function checkResult(value: unknown): CollectedEvidence | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { status, items, message } = value as Partial<CollectedEvidence>;
  if (!STATUSES.includes(status as CollectedEvidence['status'])) {
    return undefined;
  }
  if (!Array.isArray(items)) return undefined;
  const wellFormed = items.every(
    item =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.label === 'string' &&
      typeof item.source === 'string' &&
      (item.url === undefined || typeof item.url === 'string'),
  );
  if (!wellFormed) return undefined;
  return {
    status: status!,
    items,
    ...(typeof message === 'string' ? { message } : {}),
  };
}

/**
 * Runs one collector for an entity and never rejects: a throw, a rejection,
 * a malformed result or a timeout becomes `unavailable` with a message. On
 * timeout the collector's signal is aborted so it can stop its work.
 */
export async function runCollector(
  collector: EvidenceCollector,
  entity: Entity,
  timeoutMs: number,
): Promise<CollectedEvidence> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<CollectedEvidence>(resolve => {
    timer = setTimeout(() => {
      const message = `Collector '${collector.id}' did not answer within ${timeoutMs} ms`;
      controller.abort(new Error(message));
      resolve(unavailable(message));
    }, timeoutMs);
  });
  // Starting inside then() turns a synchronous throw into a rejection.
  const collected = Promise.resolve()
    .then(() => collector.collect({ entity, signal: controller.signal }))
    .then(
      result =>
        checkResult(result) ??
        unavailable(`Collector '${collector.id}' returned an invalid result`),
      error =>
        unavailable(
          `Collector '${collector.id}' failed: ${stringifyError(error)}`,
        ),
    );
  try {
    return await Promise.race([collected, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs the given collectors in parallel, each bounded by its own timeout,
 * and returns their results keyed by collector id. The plugin passes the ids
 * of the model in effect, whose rules name installed collectors only (see
 * `withInstalledCollectors`: a rule without its collector is left out at
 * start-up). An id without a collector here is therefore a caller's mistake,
 * and is reported as unavailable rather than silently as "not found".
 */
export async function runCollectors(options: {
  collectorIds: string[];
  collectors: ReadonlyMap<string, EvidenceCollector>;
  entity: Entity;
  defaultTimeoutMs: number;
  logger: LoggerService;
}): Promise<Record<string, CollectedEvidence>> {
  const { collectorIds, collectors, entity, defaultTimeoutMs, logger } =
    options;
  const results = await Promise.all(
    collectorIds.map(async id => {
      const collector = collectors.get(id);
      if (!collector) {
        return [
          id,
          unavailable(`No evidence collector with id '${id}' is installed`),
        ] as const;
      }
      const result = await runCollector(
        collector,
        entity,
        collector.timeoutMs ?? defaultTimeoutMs,
      );
      if (result.status === 'unavailable') {
        logger.warn(
          `Evidence collector '${id}' gave no evidence for ${stringifyEntityRef(
            entity,
          )}: ${result.message ?? 'unavailable'}`,
        );
      }
      return [id, result] as const;
    }),
  );
  return Object.fromEntries(results);
}
