/**
 * One benchmark run on one database: a fresh database, the production
 * backend started on it, the catalog ingestion timed, the guest signed in,
 * then every operation measured while the backend's memory is sampled.
 * The backend is stopped at the end, also when something fails.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startBackend, type BackendHandle } from './backend/backendProcess';
import {
  configFiles,
  resetPostgres,
  resetSqlite,
  type BenchDatabase,
} from './backend/databases';
import {
  assertReusableCatalog,
  catalogFingerprint,
  forgetIngestedCatalog,
  rememberIngestedCatalog,
} from './backend/catalogReuse';
import { liveMemoryOf } from './backend/heapInspector';
import { MemorySampler } from './backend/memorySampler';
import type { BenchCatalog } from './catalog/writeCatalogFile';
import { waitForIngestion } from './catalog/waitForIngestion';
import { BenchClient, guestSignIn } from './http/benchClient';
import { measureOperation } from './measure/measureOperation';
import { OPERATIONS, type OperationContext } from './operations';
import type { BenchOptions } from './options';
import { DATA_DIR, OUT_DIR } from './paths';
import { seededRandom } from './random';
import type {
  DatabaseRun,
  MemoryFigures,
  OperationMemory,
} from './report/results';
import { checkTargets } from './report/targets';
import { serviceRef } from './seed/seedFile';

const MB = (1024 * 1024) / 1e6; // MiB -> MB

/** Runs the benchmark on one database; never throws, records the error instead. */
export async function runDatabase(
  database: BenchDatabase,
  catalog: BenchCatalog,
  options: BenchOptions,
  say: (line: string) => void,
): Promise<DatabaseRun> {
  const run: DatabaseRun = {
    database,
    loadAverage: { start: loadavg()[0] },
    operations: [],
    targets: [],
  };
  let backend: BackendHandle | undefined;
  let sampler: MemorySampler | undefined;
  let afterGc: MemoryFigures['afterGc'];
  const byOperation: OperationMemory[] = [];
  try {
    say(`Preparing a fresh ${database} database`);
    const fingerprint = catalogFingerprint();
    const keepCatalog = options.reuseCatalog;
    if (keepCatalog) assertReusableCatalog(database, fingerprint);
    else forgetIngestedCatalog(database);
    const dbEnv =
      database === 'postgres'
        ? await resetPostgres(keepCatalog)
        : (resetSqlite(keepCatalog), {});
    const serviceToken = randomBytes(24).toString('hex');
    say(`Starting the backend (production build) on port ${options.port}`);
    backend = await startBackend({
      port: options.port,
      configFiles: configFiles(database),
      inspect: true,
      nodeOptions: options.backendHeapMB
        ? [`--max-old-space-size=${options.backendHeapMB}`]
        : [],
      env: {
        ...dbEnv,
        NODE_ENV: 'production',
        LOG_LEVEL: options.logLevel,
        MLOPS_BENCH_PORT: String(options.port),
        MLOPS_BENCH_DATA: DATA_DIR,
        MLOPS_BENCH_SERVICE_TOKEN: serviceToken,
      },
      logFile: join(OUT_DIR, `backend-${database}.log`),
      readyTimeoutMs: 10 * 60_000,
      onSpawn: pid => (sampler = new MemorySampler(pid)),
    });
    run.readyAfterMs = backend.readyAfterMs;
    say(
      `Backend ready after ${(backend.readyAfterMs / 1000).toFixed(
        1,
      )} s; waiting for the catalog`,
    );
    sampler!.enter('ingestion');
    const service = new BenchClient(backend.baseUrl, serviceToken);
    run.ingestion = await waitForIngestion({
      client: service,
      expected: {
        entities: catalog.entityCount,
        components: catalog.componentCount,
      },
      startedAt: backend.startedAt,
      timeoutMs: options.ingestTimeoutMinutes * 60_000,
      onProgress: say,
    });
    run.ingestion.reused = keepCatalog;
    rememberIngestedCatalog(database, fingerprint);
    say(
      `Catalog holds all ${catalog.entityCount} entities after ${(
        run.ingestion.allAfterMs / 1000
      ).toFixed(1)} s`,
    );

    const guest = await guestSignIn(backend.baseUrl);
    const teamRef = `group:default/${catalog.guestTeam.name}`;
    if (!guest.ownershipEntityRefs.includes(teamRef)) {
      throw new Error(
        `The guest's ownership refs (${guest.ownershipEntityRefs.join(
          ', ',
        )}) lack ${teamRef}`,
      );
    }
    const ctx: OperationContext = {
      guest: service.withToken(guest.token),
      service,
      serviceRefs: catalog.services.map(s => serviceRef(s.name)),
      writableRefs: catalog.services
        .filter(s => s.team === catalog.guestTeam)
        .map(s => serviceRef(s.name)),
      concurrency: options.concurrency,
      random: seededRandom(11),
    };
    // As the scheduled refresh does in production: the index and every
    // service's evidence snapshot are current before anything is measured,
    // so scorecard reads are timed in their steady state (served from the
    // snapshot), not while the first read of each service fills it.
    const warmRefresh = await service.send(
      'POST',
      '/api/mlops-maturity/overview/refresh',
    );
    say(`Refreshed the index before measuring (${warmRefresh.status})`);
    for (const op of OPERATIONS) {
      // A full GC first, so that the group's peak is its own and not the
      // garbage of the groups before it; what survives shows as `before`.
      const before = await liveMemoryOf(backend);
      sampler!.enter(`measure:${op.id}`);
      byOperation.push({ id: op.id, before, peakMB: 0 });
      say(`Measuring ${op.label}`);
      const result = await measureOperation(op, ctx, options);
      if (result.status !== 'measured')
        say(`  ${result.status}: ${result.note}`);
      run.operations.push(result);
    }
    sampler!.enter('after-gc');
    afterGc = await liveMemoryOf(backend);
  } catch (error) {
    run.error = (error as Error).message;
    say(`${database} run stopped: ${run.error}`);
  } finally {
    if (sampler) {
      sampler.sample();
      sampler.stop();
      const byPhase = Object.fromEntries(
        Object.entries(sampler.peakByPhase()).map(([phase, mib]) => [
          phase,
          Math.round(mib * MB),
        ]),
      );
      const peaks = sampler.peakByPhase();
      for (const op of byOperation) {
        op.peakMB = Math.round((peaks[`measure:${op.id}`] ?? 0) * MB);
      }
      run.memory = {
        byOperation,
        startupPeakMB:
          sampler.peak(p => p === 'startup' || p === 'ingestion') * MB,
        measuredPeakMB: sampler.peak(p => p.startsWith('measure:')) * MB,
        byPhase,
        afterGc,
      };
    }
    await backend?.stop();
  }
  run.loadAverage.end = loadavg()[0];
  run.targets = checkTargets(run);
  return run;
}
