import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CollectedEvidence } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { EvidenceCollector } from '@mlops-maturity/plugin-mlops-maturity-node';
import { runCollectors } from '../evidence/runCollectors';

/** Collector calls in flight at once during a refresh. */
const COLLECTOR_CONCURRENCY = 8;

/**
 * Runs the given collectors for every entity, a few entities at a time,
 * each call bounded by its timeout. Returns the results keyed by entity ref
 * (empty when there is nothing to run).
 */
export async function collectForRefresh(options: {
  entities: Array<{ ref: string; entity: Entity }>;
  collectorIds: string[];
  collectors: ReadonlyMap<string, EvidenceCollector>;
  defaultTimeoutMs: number;
  logger: LoggerService;
}): Promise<Map<string, Record<string, CollectedEvidence>>> {
  const results = new Map<string, Record<string, CollectedEvidence>>();
  if (!options.collectorIds.length) return results;
  let next = 0;
  const worker = async () => {
    while (next < options.entities.length) {
      const { ref, entity } = options.entities[next++];
      results.set(
        ref,
        await runCollectors({
          collectorIds: options.collectorIds,
          collectors: options.collectors,
          entity,
          defaultTimeoutMs: options.defaultTimeoutMs,
          logger: options.logger,
        }),
      );
    }
  };
  await Promise.all(
    Array.from({ length: COLLECTOR_CONCURRENCY }, () => worker()),
  );
  return results;
}
