/**
 * The growth mode's in-process measurements, on the plugin's database
 * written by pluginTables.ts: the index refresh (the plugin's
 * OverviewRefresher against a stand-in catalog) and the plugin's part of a
 * scorecard read (its three store reads, the evidence rules and the scoring;
 * the catalog calls a real read makes are left out, as they do not depend on
 * how many services the plugin's tables hold).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_ENTITY_SELECTORS,
  defaultModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { AssessmentService } from '../../plugins/mlops-maturity-backend/src/assessments/AssessmentService';
import { DatabaseAssessmentStore } from '../../plugins/mlops-maturity-backend/src/database/DatabaseAssessmentStore';
import { EvidenceSnapshotStore } from '../../plugins/mlops-maturity-backend/src/evidence/EvidenceSnapshotStore';
import { OverviewRefresher } from '../../plugins/mlops-maturity-backend/src/overview/OverviewRefresher';
import { summarise, type LatencySummary } from '../measure/statistics';
import { pick, type Random } from '../random';
import { stubCatalog } from './stubCatalog';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const quietLogger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  child() {
    return quietLogger;
  },
};

/** One in-process refresh: its time and how far the heap grew above its start. */
export interface RefreshRun {
  ms: number;
  entities: number;
  /** Peak JavaScript heap in use during the refresh minus the heap after a GC before it (MB). */
  heapGrowthMB: number;
}

/** Runs `work` while sampling the heap; returns its time and peak heap growth. */
async function withHeapPeak<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; heapGrowthMB: number }> {
  collectGarbage();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 10);
  const began = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - began;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { value, ms, heapGrowthMB: (peak - base) / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Refreshes the index twice with the plugin's own refresher: the first run
 * builds every entry (every fingerprint is new), the second finds nothing
 * changed, which is what a scheduled refresh mostly does.
 */
export async function refreshInProcess(
  db: Knex,
  entities: Entity[],
): Promise<{ build: RefreshRun; unchanged: RefreshRun }> {
  const refresher = new OverviewRefresher({
    db,
    catalog: stubCatalog(entities),
    auth: { getOwnServiceCredentials: async () => ({} as never) },
    model: defaultModel,
    entities: DEFAULT_ENTITY_SELECTORS,
    collectors: new Map(),
    collectorTimeoutMs: 5000,
    snapshots: new EvidenceSnapshotStore(db),
    logger: quietLogger as never,
  });
  const once = async (): Promise<RefreshRun> => {
    const { value, ms, heapGrowthMB } = await withHeapPeak(() =>
      refresher.refresh(),
    );
    return { ms, entities: value.entities, heapGrowthMB };
  };
  const build = await once();
  const unchanged = await once();
  return { build, unchanged };
}

/**
 * The plugin's part of `GET /scorecards/...` for random services: the
 * service's evidence snapshot (which the refresh wrote), then the latest
 * submission, the draft and the targets from the store and the scorecard
 * (`AssessmentService.score`). The permission decision and the catalog
 * calls of a real read are left out.
 */
export async function scorecardInProcess(
  db: Knex,
  refs: string[],
  random: Random,
  options: { requests: number; maxSeconds: number },
): Promise<LatencySummary> {
  const store = await DatabaseAssessmentStore.create({
    database: {
      getClient: async () => db,
      migrations: { skip: true },
    } as never,
  });
  const snapshots = new EvidenceSnapshotStore(db);
  const assessments = new AssessmentService({
    model: defaultModel,
    store,
    overview: { writeEntry: async () => {} },
    logger: quietLogger as never,
    staleAfterDays: 180,
  });
  const read = async () => {
    const ref = pick(random, refs);
    const began = performance.now();
    const snapshot = await snapshots.get(ref);
    await assessments.score(ref, {
      entity: snapshot?.entity ?? null,
      evidence: snapshot?.evidence ?? {},
      status: 'fresh',
      asOf: snapshot?.takenAt.toISOString() ?? null,
    } as never);
    return performance.now() - began;
  };
  collectGarbage();
  for (let i = 0; i < 30; i++) await read();
  const latencies: number[] = [];
  const began = performance.now();
  const deadline = began + options.maxSeconds * 1000;
  while (latencies.length < options.requests && performance.now() < deadline) {
    latencies.push(await read());
  }
  return summarise(latencies, 0, performance.now() - began);
}
