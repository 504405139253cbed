/**
 * `./run bench --growth`: how the organisation views, the export, the
 * index refresh and the scorecard read grow with the number of services.
 * For each size N and database, the plugin's tables are written directly
 * (pluginTables.ts: no catalog ingestion, which takes minutes at 10,000
 * services and hours at 100,000), the index is built and refreshed in this
 * process (inProcess.ts), then the production backend is started on those
 * tables and the organisation endpoints are measured over HTTP.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { MLOPS_MATURITY_PLUGIN_ID } from '@mlops-maturity/plugin-mlops-maturity-common';
import knexFactory, { type Knex } from 'knex';
import { stringify } from 'yaml';
import { startBackend, type BackendHandle } from '../backend/backendProcess';
import {
  configFiles,
  resetPostgres,
  type BenchDatabase,
} from '../backend/databases';
import { liveMemoryOf } from '../backend/heapInspector';
import { MemorySampler } from '../backend/memorySampler';
import { generateServices } from '../catalog/mlServices';
import { generateOrganisation } from '../catalog/organisation';
import { BenchClient, guestSignIn } from '../http/benchClient';
import { runLoad } from '../measure/runLoad';
import { runSingle, type SingleResult } from '../measure/runSingle';
import type { LatencySummary } from '../measure/statistics';
import type { OperationContext } from '../operations';
import {
  csvExport,
  entitiesPage,
  overviewByOwner,
} from '../operations/overviewOperations';
import { loadPlan, singleRuns, type BenchOptions } from '../options';
import { GROWTH_DIR, OUT_DIR, ROOT } from '../paths';
import { seededRandom } from '../random';
import { serviceRef } from '../seed/seedFile';
import {
  refreshInProcess,
  scorecardInProcess,
  type RefreshRun,
} from './inProcess';
import { openPluginDatabase, writeAssessments } from './pluginTables';

const MB = (1024 * 1024) / 1e6; // MiB -> MB
const STALE_AFTER_DAYS = 180;
/** PostgreSQL databases of the growth runs (app-config.growth.yaml). */
const POSTGRES_PREFIX = 'bench_growth_';
const GROWTH_CONFIG = join(ROOT, 'bench', 'growth', 'app-config.growth.yaml');

/** One size on one database. */
export interface GrowthPoint {
  database: BenchDatabase;
  services: number;
  loadAverage: { start: number; end?: number };
  written?: { submissions: number; ms: number };
  refresh?: { build: RefreshRun; unchanged: RefreshRun };
  scorecard?: LatencySummary;
  overview?: LatencySummary;
  entities?: LatencySummary;
  export?: SingleResult;
  /** Peak resident memory of the backend per operation, MB. */
  memoryMB?: Record<string, number>;
  afterGc?: { heapUsedMB: number; residentMB: number };
  error?: string;
}

function generate(count: number) {
  const random = seededRandom(42);
  const org = generateOrganisation(random);
  const { entities, services } = generateServices(random, org, count);
  return { org, entities, services };
}

/** A fresh, migrated plugin database and the environment the backend needs for it. */
async function freshPluginDatabase(
  database: BenchDatabase,
): Promise<{ db: Knex; env: Record<string, string> }> {
  if (database === 'sqlite') {
    const dir = join(GROWTH_DIR, 'sqlite');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const db = await openPluginDatabase({
      client: 'better-sqlite3',
      connection: { filename: join(dir, `${MLOPS_MATURITY_PLUGIN_ID}.sqlite`) },
    });
    return { db, env: {} };
  }
  const env = await resetPostgres(false, POSTGRES_PREFIX);
  const server = {
    host: env.POSTGRES_HOST,
    port: Number(env.POSTGRES_PORT),
    user: env.POSTGRES_USER,
    password: env.POSTGRES_PASSWORD,
  };
  const name = `${POSTGRES_PREFIX}${MLOPS_MATURITY_PLUGIN_ID}`;
  const admin = knexFactory({
    client: 'pg',
    connection: { ...server, database: 'postgres' },
  });
  try {
    await admin.raw('CREATE DATABASE ??', [name]);
  } finally {
    await admin.destroy();
  }
  const db = await openPluginDatabase({
    client: 'pg',
    connection: { ...server, database: name },
  });
  return { db, env };
}

async function growthPoint(
  database: BenchDatabase,
  count: number,
  options: BenchOptions,
  say: (line: string) => void,
): Promise<GrowthPoint> {
  const point: GrowthPoint = {
    database,
    services: count,
    loadAverage: { start: loadavg()[0] },
  };
  let backend: BackendHandle | undefined;
  let sampler: MemorySampler | undefined;
  try {
    const { org, entities: componentEntities, services } = generate(count);
    mkdirSync(GROWTH_DIR, { recursive: true });
    // The backend's catalog gets the organisation only; the seed file is empty
    // (the loader reads it before it sees that the tables hold assessments).
    writeFileSync(
      join(GROWTH_DIR, 'catalog.yaml'),
      org.entities.map(e => `---\n${stringify(e)}`).join(''),
    );
    writeFileSync(join(GROWTH_DIR, 'seed.json'), '[]');

    say(`${database}, ${count} services: writing the plugin's tables`);
    const { db, env } = await freshPluginDatabase(database);
    try {
      const written = await writeAssessments(db, services, {
        now: new Date(),
        staleAfterDays: STALE_AFTER_DAYS,
      });
      point.written = { submissions: written.submissions, ms: written.ms };
      say(
        `  ${written.submissions} submissions in ${(written.ms / 1000).toFixed(
          1,
        )} s; building and refreshing the index in this process`,
      );
      const entities: Entity[] = [...org.entities, ...componentEntities];
      point.refresh = await refreshInProcess(db, entities);
      say(
        `  index built in ${(point.refresh.build.ms / 1000).toFixed(
          1,
        )} s, refreshed (nothing changed) in ${(
          point.refresh.unchanged.ms / 1000
        ).toFixed(1)} s; scorecard reads in this process`,
      );
      point.scorecard = await scorecardInProcess(
        db,
        services.map(s => serviceRef(s.name).toLocaleLowerCase('en-US')),
        seededRandom(5),
        {
          requests: options.quick ? 100 : 400,
          maxSeconds: options.quick ? 10 : 30,
        },
      );
    } finally {
      await db.destroy();
    }

    say(`  starting the backend on port ${options.port}`);
    backend = await startBackend({
      port: options.port,
      configFiles: [...configFiles(database), GROWTH_CONFIG],
      inspect: true,
      nodeOptions: options.backendHeapMB
        ? [`--max-old-space-size=${options.backendHeapMB}`]
        : [],
      env: {
        ...env,
        NODE_ENV: 'production',
        LOG_LEVEL: options.logLevel,
        MLOPS_BENCH_PORT: String(options.port),
        MLOPS_BENCH_DATA: GROWTH_DIR,
        MLOPS_BENCH_SERVICE_TOKEN: 'unused-by-the-growth-mode',
      },
      logFile: join(OUT_DIR, `backend-growth-${database}.log`),
      readyTimeoutMs: 5 * 60_000,
      onSpawn: pid => (sampler = new MemorySampler(pid)),
    });
    const guest = await guestSignIn(backend.baseUrl);
    const ctx: OperationContext = {
      guest: new BenchClient(backend.baseUrl, guest.token),
      service: new BenchClient(backend.baseUrl, ''),
      serviceRefs: services.map(s => serviceRef(s.name)),
      writableRefs: [],
      concurrency: 1,
      random: seededRandom(11),
    };
    for (const op of [overviewByOwner, entitiesPage]) {
      sampler!.enter(op.id);
      const request = await op.prepare(ctx);
      if ('missing' in request) throw new Error(request.missing);
      point[op.id as 'overview' | 'entities'] = await runLoad(
        request,
        loadPlan(options, op.id, 1),
      );
    }
    sampler!.enter('export');
    const exportRun = await csvExport.prepare(ctx);
    if ('missing' in exportRun) throw new Error(exportRun.missing);
    point.export = await runSingle(exportRun, singleRuns(options));
    sampler!.enter('after-gc');
    point.afterGc = await liveMemoryOf(backend);
  } catch (error) {
    point.error = (error as Error).message;
    say(`  stopped: ${point.error}`);
  } finally {
    if (sampler) {
      sampler.sample();
      sampler.stop();
      point.memoryMB = Object.fromEntries(
        Object.entries(sampler.peakByPhase()).map(([phase, mib]) => [
          phase,
          Math.round(mib * MB),
        ]),
      );
    }
    await backend?.stop();
  }
  point.loadAverage.end = loadavg()[0];
  return point;
}

/** Runs every size on every database, smallest first. */
export async function runGrowth(
  options: BenchOptions,
  say: (line: string) => void,
  /** Called after each size with every point so far (to keep partial results). */
  onPoint?: (points: GrowthPoint[]) => void,
): Promise<GrowthPoint[]> {
  const points: GrowthPoint[] = [];
  for (const database of options.databases) {
    for (const count of options.sizes) {
      points.push(await growthPoint(database, count, options, say));
      onPoint?.(points);
    }
  }
  return points;
}
