/* eslint-disable no-console -- a benchmark reports on the console */
/**
 * `./run bench` (after the scoring bench): generates a catalog of N ML
 * services and their assessment history, runs the production backend on
 * SQLite and/or PostgreSQL, measures real HTTP requests and the backend's
 * memory, prints the figures and writes them to `.out/bench/`.
 *
 * Run from the repository root: `node --import tsx bench/run.ts [options]`
 * (`./run bench` does this with the project's Node). See bench/README.md.
 */
import { cpus, totalmem } from 'node:os';
import { relative } from 'node:path';
import { prepareBackendBundle } from './backend/buildBundle';
import { stopAllBackends } from './backend/backendProcess';
import { writeCatalogFile } from './catalog/writeCatalogFile';
import { parseOptions, USAGE } from './options';
import { CATALOG_FILE, ROOT, SEED_FILE } from './paths';
import type { BenchResults } from './report/results';
import { consoleReport, writeResults } from './report/writeResults';
import { growthReport, writeGrowthResults } from './growth/growthReport';
import { runGrowth } from './growth/runGrowth';
import { runDatabase } from './runDatabase';
import { writeSeedFile } from './seed/seedFile';

const say = (line: string) => console.log(`[bench] ${line}`);

async function main(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseOptions(args);
  if (options.growth) return growth(options, args);

  say(
    `Generating ${options.entities} ML services into ${relative(
      ROOT,
      CATALOG_FILE,
    )}`,
  );
  const catalog = writeCatalogFile(CATALOG_FILE, options.entities);
  const seed = writeSeedFile(SEED_FILE, catalog.services);
  say(
    `${catalog.entityCount} entities; ${seed.submissions} submissions for ${seed.assessedServices} services ` +
      `in ${relative(ROOT, SEED_FILE)}`,
  );

  say(
    options.skipBuild
      ? 'Unpacking the last production build'
      : 'Building the backend (yarn workspace backend build)',
  );
  const buildMs = prepareBackendBundle(options.skipBuild);

  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    command: `./run bench ${args.join(' ')}`.trim(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.versions.node,
    },
    backendMode: `production build (yarn workspace backend build; node on the bundle, NODE_ENV=production${
      options.backendHeapMB
        ? `, --max-old-space-size=${options.backendHeapMB}`
        : ''
    })`,
    backendBuildMs: buildMs,
    entities: options.entities,
    quick: options.quick,
    concurrency: options.concurrency,
    catalog: {
      entities: catalog.entityCount,
      components: catalog.componentCount,
      teams: new Set(catalog.services.map(s => s.team.name)).size,
      guestTeam: catalog.guestTeam.name,
      writableServices: catalog.services.filter(
        s => s.team === catalog.guestTeam,
      ).length,
    },
    seed,
    runs: [],
  };
  for (const database of options.databases) {
    results.runs.push(await runDatabase(database, catalog, options, say));
  }

  console.log(`\n${consoleReport(results)}\n`);
  for (const file of writeResults(results))
    say(`Wrote ${relative(ROOT, file)}`);
  return results.runs.some(run => run.error) ? 1 : 0;
}

/** `--growth`: the plugin's tables at each size, measured on each database. */
async function growth(
  options: ReturnType<typeof parseOptions>,
  args: string[],
): Promise<number> {
  say(
    options.skipBuild
      ? 'Unpacking the last production build'
      : 'Building the backend (yarn workspace backend build)',
  );
  prepareBackendBundle(options.skipBuild);
  const meta = {
    command: `./run bench ${args.join(' ')}`.trim(),
    generatedAt: new Date().toISOString(),
    machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(
      totalmem() / 1e9,
    )} GB, Node ${process.versions.node}`,
  };
  // Written after every size, so that an interrupted run keeps what it measured.
  const points = await runGrowth(options, say, sofar =>
    writeGrowthResults(sofar, growthReport(sofar, meta)),
  );
  const markdown = growthReport(points, meta);
  console.log(`\n${markdown}`);
  for (const file of writeGrowthResults(points, markdown))
    say(`Wrote ${relative(ROOT, file)}`);
  return points.some(p => p.error) ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping the backend`);
    void stopAllBackends().finally(() => process.exit(130));
  });
}

main(process.argv.slice(2))
  .then(code => stopAllBackends().then(() => process.exit(code)))
  .catch(async error => {
    console.error(`[bench] ${(error as Error).message}`);
    await stopAllBackends();
    process.exit(1);
  });
