/**
 * Measures how long the real catalog takes to ingest the generated file:
 * polls the catalog's entity query for the number of Components and of all
 * entities until both reach what the file holds.
 */
import type { BenchClient } from '../http/benchClient';

/** When the catalog held everything, counted from the backend's start. */
export interface IngestionResult {
  /** All Components (ML services and ordinary services) visible. */
  componentsAfterMs: number;
  /** Every entity of the file visible. */
  allAfterMs: number;
  entities: number;
  components: number;
  /** True when the catalog database came from an earlier run (`--reuse-catalog`): not timed. */
  reused?: boolean;
}

/** The kinds of the generated file; the catalog adds Location entities of its own. */
const FILE_KINDS = [
  'component',
  'group',
  'user',
  'system',
  'domain',
  'resource',
];

/** How many entities of any of `kinds` the catalog holds (filters are ORed). */
async function totalItems(
  client: BenchClient,
  kinds: string[],
): Promise<number> {
  const query = [...kinds.map(k => `filter=kind=${k}`), 'limit=1'].join('&');
  const body = await client.json<{ totalItems: number }>(
    `/api/catalog/entities/by-query?${query}`,
  );
  return body.totalItems;
}

/** Polls once a second until the catalog holds `expected`; throws after `timeoutMs`. */
export async function waitForIngestion(options: {
  client: BenchClient;
  expected: { entities: number; components: number };
  startedAt: number;
  timeoutMs: number;
  onProgress: (line: string) => void;
}): Promise<IngestionResult> {
  const { client, expected, startedAt } = options;
  let componentsAfterMs: number | undefined;
  let lastReport = Date.now();
  for (;;) {
    const components = await totalItems(client, ['component']);
    const all = await totalItems(client, FILE_KINDS);
    const elapsed = Date.now() - startedAt;
    if (componentsAfterMs === undefined && components >= expected.components)
      componentsAfterMs = elapsed;
    if (componentsAfterMs !== undefined && all >= expected.entities) {
      return {
        componentsAfterMs,
        allAfterMs: elapsed,
        entities: all,
        components,
      };
    }
    if (elapsed > options.timeoutMs) {
      throw new Error(
        `The catalog held ${all} of ${
          expected.entities
        } entities after ${Math.round(elapsed / 1000)} s; ` +
          'raise --ingest-timeout or see the backend log',
      );
    }
    if (Date.now() - lastReport > 15_000) {
      lastReport = Date.now();
      options.onProgress(
        `catalog: ${all} / ${expected.entities} entities, ${components} / ${
          expected.components
        } components after ${Math.round(elapsed / 1000)} s`,
      );
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}
