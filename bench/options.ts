/**
 * Command-line options of `./run bench` (the HTTP part) and the request
 * counts they lead to.
 */
import type { BenchDatabase } from './backend/databases';

/** Parsed options. */
export interface BenchOptions {
  entities: number;
  databases: BenchDatabase[];
  quick: boolean;
  port: number;
  concurrency: number;
  skipBuild: boolean;
  /** Keep the catalog database of an earlier complete run instead of ingesting again. */
  reuseCatalog: boolean;
  ingestTimeoutMinutes: number;
  logLevel: string;
  /** `--max-old-space-size` of the backend in MB; undefined: Node's default. */
  backendHeapMB?: number;
  /** `--growth`: the plugin's tables written directly at each of `sizes` (see growth/). */
  growth: boolean;
  /** Numbers of services of the growth mode. */
  sizes: number[];
}

/** The usage text. */
export const USAGE = `Usage: ./run bench [options]

  --entities N         ML services to generate (default 10000; 1000 with --quick)
  --db sqlite|postgres|both
                       databases to run on, one after the other (default both)
  --quick              1000 services and fewer requests: a check of the harness
  --concurrency N      workers of the concurrent runs (default 4)
  --port N             port of the benchmark backend (default 7117)
  --skip-build         reuse the last production build of packages/backend
  --reuse-catalog      keep the catalog database of the last complete run with the same
                       generated catalog, instead of waiting minutes for the ingestion again
  --ingest-timeout M   minutes to wait for the catalog to ingest (default 30)
  --log-level L        backend log level (default warn; logs go to .out/bench/)
  --backend-heap MB    start the backend with --max-old-space-size=MB (default: Node's own limit)

  --growth             instead of the above: write the plugin's own tables directly (no catalog
                       ingestion) for each size and measure how the scorecard read, the overview,
                       the entities page, the CSV export and the index refresh grow with N
                       (results in .out/bench/growth.md; port 7118 unless --port)
  --sizes N,N,...      service counts of --growth (default 1000,10000,100000; 1000,10000 with --quick)
`;

function value(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const given = args[at + 1];
  if (given === undefined || given.startsWith('--'))
    throw new Error(`--${name} needs a value\n\n${USAGE}`);
  return given;
}

function integer(
  args: string[],
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = value(args, name);
  if (text === undefined) return fallback;
  const parsed = Number(text);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(
      `--${name} must be a whole number from ${min} to ${max}, not ${text}`,
    );
  }
  return parsed;
}

const KNOWN = [
  'entities',
  'db',
  'quick',
  'concurrency',
  'port',
  'skip-build',
  'reuse-catalog',
  'ingest-timeout',
  'log-level',
  'backend-heap',
  'growth',
  'sizes',
  'help',
];
const FLAGS = ['quick', 'skip-build', 'reuse-catalog', 'growth', 'help'];

function sizes(args: string[], quick: boolean): number[] {
  const text = value(args, 'sizes');
  if (text === undefined) return quick ? [1000, 10000] : [1000, 10000, 100000];
  return text.split(',').map(part => {
    const parsed = Number(part.trim());
    if (!Number.isInteger(parsed) || parsed < 10 || parsed > 1_000_000) {
      throw new Error(
        `--sizes takes whole numbers from 10 to 1000000, not ${part}`,
      );
    }
    return parsed;
  });
}

/** Parses the arguments; throws with the usage on anything unknown. */
export function parseOptions(args: string[]): BenchOptions {
  for (let i = 0; i < args.length; i++) {
    const name = args[i].replace(/^--/, '');
    if (!args[i].startsWith('--') || !KNOWN.includes(name)) {
      throw new Error(`Unknown option ${args[i]}\n\n${USAGE}`);
    }
    if (!FLAGS.includes(name)) i++;
  }
  const quick = args.includes('--quick');
  const growth = args.includes('--growth');
  const db = value(args, 'db') ?? 'both';
  if (!['sqlite', 'postgres', 'both'].includes(db)) {
    throw new Error(`--db must be sqlite, postgres or both, not ${db}`);
  }
  return {
    entities: integer(args, 'entities', quick ? 1000 : 10000, 10, 200000),
    databases: db === 'both' ? ['sqlite', 'postgres'] : [db as BenchDatabase],
    quick,
    port: integer(args, 'port', growth ? 7118 : 7117, 1024, 65535),
    concurrency: integer(args, 'concurrency', 4, 2, 8),
    skipBuild: args.includes('--skip-build'),
    reuseCatalog: args.includes('--reuse-catalog'),
    ingestTimeoutMinutes: integer(args, 'ingest-timeout', 30, 1, 240),
    logLevel: value(args, 'log-level') ?? 'warn',
    backendHeapMB: value(args, 'backend-heap')
      ? integer(args, 'backend-heap', 0, 128, 16384)
      : undefined,
    growth,
    sizes: sizes(args, quick),
  };
}

/** Requests of one sequential run per operation; concurrent runs send twice as many. */
const SEQUENTIAL_REQUESTS: Record<string, number> = {
  scorecard: 400,
  'catalog-entity': 200,
  draft: 200,
  submission: 200,
  overview: 100,
  entities: 300,
};

/** The load plan of an operation. */
export function loadPlan(
  options: BenchOptions,
  operation: string,
  concurrency: number,
) {
  const scale = options.quick ? 0.25 : 1;
  const sequential = Math.ceil((SEQUENTIAL_REQUESTS[operation] ?? 100) * scale);
  return {
    warmup: options.quick ? 10 : 30,
    requests: concurrency > 1 ? sequential * 2 : sequential,
    concurrency,
    maxSeconds: options.quick ? 10 : 30,
  };
}

/** Measured runs of each single operation (after one warm-up run). */
export function singleRuns(options: BenchOptions): number {
  return options.quick ? 2 : 3;
}
