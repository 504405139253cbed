/**
 * `./run replicas`: two production backends sharing one PostgreSQL server and
 * one Redis, the way large adopters run Backstage with several replicas, and
 * checks that the MLOps maturity plugin behaves as one service across them:
 *
 *   (a) a draft saved through A is read back through B;
 *   (b) saves raced across A and B from one revision: one 200, the rest 409,
 *       and the stored draft is the winner's;
 *   (c) a submission through B shows on A's scorecard and in A's
 *       organisation index at once;
 *   (d) the scheduled index refresh runs once per period across both;
 *   (e) both backends answer the same scorecards and organisation views.
 *
 * Prints PASS / FAIL lines and `N passed, M failed`; exits 1 on any failure.
 * Timings and memory are printed, never judged. Everything it starts (both
 * backends, Redis) is stopped on exit, failure and Ctrl-C, and its databases
 * (prefix replicas_plugin_) are dropped before and after the run.
 *
 * Run: ./run replicas [--skip-build]
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import knexFactory from 'knex';
import { answerChoices } from '@mlops-maturity/plugin-mlops-maturity-common';
import { parse as parseYaml } from 'yaml';
import { resetPostgres } from '../../bench/backend/databases';
import { Client, firstDifference, guestToken } from './http';
import {
  OUT_DIR,
  ROOT,
  freePort,
  prepareBundle,
  redisCommand,
  sleep,
  startBackend,
  startRedis,
  stopAll,
  type Backend,
} from './processes';

const PREFIX = 'replicas_plugin_';
const OVERLAY = join(ROOT, 'app-config.replicas.yaml');
const CONFIG_FILES = [
  'app-config.yaml',
  'app-config.postgres.yaml',
  'app-config.replicas.yaml',
].map(f => join(ROOT, f));
const REFRESH_LOG = 'Refreshed the MLOps maturity index';
const TASK_ID = 'mlops-maturity-index-refresh';

/** Demo ML services (examples/ml-services.yaml) whose scorecards both backends must agree on. */
const SERVICES = [
  'product-recommender',
  'recommender-training-pipeline',
  'similar-items-embedder',
  'fraud-scorer',
  'demand-forecaster',
  'support-ticket-router',
  'drift-monitor',
  'search-ranker',
];
/** Owned by the guest's team, so the guest may save and submit (demo policy). */
const DRAFT_SERVICE = 'recommender-training-pipeline';
/** Owned by the guest's team and without a demo submission. */
const SUBMIT_SERVICE = 'similar-items-embedder';
const RACERS = 6;

const USAGE = `Usage: ./run replicas [--skip-build]

Builds the production backend bundle, starts PostgreSQL and a Redis, runs two
backends on them (ports picked free on 127.0.0.1) and checks drafts, races,
submissions, the scheduled refresh and scorecards across both. Logs in .out/replicas/.

  --skip-build   reuse packages/backend/dist/bundle.tar.gz when it exists
`;

class Results {
  passed = 0;
  failed = 0;

  record(ok: boolean, name: string, detail: string) {
    if (ok) this.passed++;
    else this.failed++;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
  }
}

function log(message: string) {
  console.log(`[replicas] ${message}`);
}

function seconds(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The refresh period in ms, read from the overlay so that the two never drift apart. */
function refreshPeriodMs(): number {
  const overlay = parseYaml(readFileSync(OVERLAY, 'utf8'));
  const frequency = overlay?.mlopsMaturity?.refresh?.frequency;
  const s = Number(frequency?.seconds);
  if (!Number.isFinite(s) || s <= 0 || Object.keys(frequency).length !== 1) {
    throw new Error(
      'app-config.replicas.yaml: mlopsMaturity.refresh.frequency must be { seconds: N }',
    );
  }
  return s * 1000;
}

/** Waits (bounded) until both backends' catalogs hold every service of SERVICES. */
async function waitForCatalog(clients: Client[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let missing: string[] = [];
    for (const client of clients) {
      for (const name of SERVICES) {
        const reply = await client
          .send(
            'GET',
            `/api/catalog/entities/by-name/component/default/${name}`,
          )
          .catch(() => ({ status: 0 }));
        if (reply.status !== 200) missing.push(`${client.name}:${name}`);
      }
    }
    if (missing.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The catalog did not list ${missing.join(', ')} within ${
          timeoutMs / 1000
        } s`,
      );
    }
    await sleep(1_000);
  }
}

/** Refresh runs logged by the backends: when the line arrived and on which backend. */
function refreshRuns(backends: Backend[]) {
  return backends
    .flatMap(b =>
      b.lines
        .filter(l => l.text.includes(REFRESH_LOG))
        .map(l => ({ at: l.at, name: b.name })),
    )
    .sort((x, y) => x.at - y.at);
}

/** The first refresh logged at or after `after`, waiting at most `timeoutMs` past `after`. */
async function waitForRefreshAfter(
  backends: Backend[],
  after: number,
  timeoutMs: number,
) {
  const deadline = Math.max(Date.now(), after) + timeoutMs;
  for (;;) {
    const run = refreshRuns(backends).find(r => r.at >= after);
    if (run) return run;
    if (Date.now() > deadline)
      throw new Error(
        `No index refresh was logged within ${timeoutMs / 1000} s`,
      );
    await sleep(200);
  }
}

const assessmentPath = (name: string) =>
  `/api/mlops-maturity/assessments/component/default/${name}`;
const scorecardPath = (name: string) =>
  `/api/mlops-maturity/scorecards/component/default/${name}`;

function answersFor(label: string) {
  return {
    'dev-code-versioned': { value: 'yes', note: label },
    'dep-containerized': { value: 'yes' },
    'dev-pipeline-orchestrated': { value: 'no' },
  };
}

/** (a) A draft saved through A is read back through B. */
async function checkDraftAcross(
  results: Results,
  a: Client,
  b: Client,
): Promise<number> {
  const before = await a.get(assessmentPath(DRAFT_SERVICE));
  const answers = answersFor(`saved through A at ${new Date().toISOString()}`);
  const saved = await a.send('PUT', `${assessmentPath(DRAFT_SERVICE)}/draft`, {
    revision: before.revision,
    answers,
  });
  if (saved.status !== 200) {
    results.record(
      false,
      '(a) draft saved on A, read on B',
      `the save on A answered ${saved.status}: ${saved.text.slice(0, 200)}`,
    );
    return before.revision;
  }
  const read = await b.get(assessmentPath(DRAFT_SERVICE));
  const difference = firstDifference(read.draft?.answers, answers);
  results.record(
    read.revision === saved.body.revision &&
      read.draft?.revision === saved.body.revision &&
      !difference,
    '(a) draft saved on A, read on B',
    `A saved revision ${before.revision} -> ${saved.body.revision}; B reads revision ${read.revision}` +
      (difference ? `, answers differ at ${difference}` : ', same answers'),
  );
  return read.revision;
}

/** (b) Saves raced across A and B from one revision: exactly one wins. */
async function checkDraftRace(results: Results, a: Client, b: Client) {
  const start = await b.get(assessmentPath(DRAFT_SERVICE));
  const racers = Array.from({ length: RACERS }, (_, i) => {
    const client = i % 2 === 0 ? a : b;
    return { client, answers: answersFor(`racer ${i} through ${client.name}`) };
  });
  const replies = await Promise.all(
    racers.map(r =>
      r.client.send('PUT', `${assessmentPath(DRAFT_SERVICE)}/draft`, {
        revision: start.revision,
        answers: r.answers,
      }),
    ),
  );
  const statuses = replies
    .map((r, i) => `${racers[i].client.name}:${r.status}`)
    .join(' ');
  const winners = replies.flatMap((r, i) => (r.status === 200 ? [i] : []));
  const conflicts = replies.filter(r => r.status === 409).length;
  results.record(
    winners.length === 1 && conflicts === RACERS - 1,
    '(b) saves raced across A and B',
    `${RACERS} saves from revision ${start.revision}: ${winners.length} x 200, ${conflicts} x 409 (${statuses})`,
  );
  if (winners.length !== 1) return;
  const winner = winners[0];
  const won = replies[winner].body;
  for (const client of [a, b]) {
    const stored = await client.get(assessmentPath(DRAFT_SERVICE));
    const difference = firstDifference(
      stored.draft?.answers,
      racers[winner].answers,
    );
    results.record(
      stored.revision === won.revision && !difference,
      `(b) stored draft is the winner's, read on ${client.name}`,
      `winner racer ${winner} through ${racers[winner].client.name} at revision ${won.revision}; ` +
        `${client.name} reads revision ${stored.revision}` +
        (difference
          ? `, answers differ at ${difference}`
          : ", the winner's answers"),
    );
  }
}

/**
 * An answer to every criterion of the model the backend serves (a submission
 * must cover every applicable one): the best choice for every other
 * criterion and the weakest for the rest, so the levels are mixed.
 */
async function completeAnswers(client: Client, note: string) {
  const model = await client.get('/api/mlops-maturity/model?lang=en');
  const answers: Record<string, { value: string; note?: string }> = {};
  let i = 0;
  for (const area of model.areas) {
    for (const criterion of area.criteria) {
      const choices = [...answerChoices(criterion)].sort(
        (x, y) => x.credit - y.credit,
      );
      if (choices.length === 0)
        throw new Error(`Criterion ${criterion.id} offers no answer`);
      answers[criterion.id] = {
        value: (i++ % 2 === 0 ? choices[choices.length - 1] : choices[0]).value,
      };
    }
  }
  const first = Object.keys(answers)[0];
  answers[first] = { ...answers[first], note };
  return answers;
}

/** (c) A submission through B shows on A's scorecard and in A's organisation index. */
async function checkSubmissionAcross(results: Results, a: Client, b: Client) {
  const before = await b.get(assessmentPath(SUBMIT_SERVICE));
  const submitted = await b.send(
    'POST',
    `${assessmentPath(SUBMIT_SERVICE)}/submissions`,
    {
      revision: before.revision,
      answers: await completeAnswers(b, 'submitted through B'),
    },
  );
  if (submitted.status !== 201) {
    results.record(
      false,
      '(c) submission on B',
      `answered ${submitted.status}: ${submitted.text.slice(0, 200)}`,
    );
    return;
  }
  const submission = submitted.body;
  const scorecard = await a.get(scorecardPath(SUBMIT_SERVICE));
  results.record(
    scorecard.assessed?.submissionId === submission.id &&
      scorecard.scorecard?.overall?.levelId === submission.overallLevel,
    "(c) submission on B shows on A's scorecard",
    `B stored ${submission.id} (overall ${submission.overallLevel}); A's scorecard is based on ` +
      `${scorecard.assessed?.submissionId} (overall ${scorecard.scorecard?.overall?.levelId})`,
  );
  // Read at once, no polling: the index entry is written in the submission's transaction.
  const page = await a.get(
    '/api/mlops-maturity/overview/entities?pageSize=200&sort=name',
  );
  const row = page.items.find(
    (r: any) => r.entityRef === `component:default/${SUBMIT_SERVICE}`,
  );
  results.record(
    row?.submissionId === submission.id &&
      row?.overallLevelId === submission.overallLevel,
    "(c) submission on B is in A's organisation index at once",
    row
      ? `A's /overview/entities row: submission ${row.submissionId}, overall ${row.overallLevelId}, assessed ${row.assessedAt}`
      : `A's /overview/entities has no row for ${SUBMIT_SERVICE} (${page.total} rows)`,
  );
}

/** (e) Both backends answer the same scorecards and organisation views. */
async function checkSameAnswers(results: Results, a: Client, b: Client) {
  const differences: string[] = [];
  for (const name of SERVICES) {
    const [fromA, fromB] = await Promise.all([
      a.get(scorecardPath(name)),
      b.get(scorecardPath(name)),
    ]);
    // When the evidence was read is the only field a refresh between the two reads may move.
    const { evidenceAsOf: _a, ...restA } = fromA;
    const { evidenceAsOf: _b, ...restB } = fromB;
    const difference = firstDifference(restA, restB);
    if (difference) differences.push(`${name} at ${difference}`);
  }
  results.record(
    differences.length === 0,
    `(e) A and B answer the same scorecards of ${SERVICES.length} services`,
    differences.length === 0
      ? SERVICES.join(', ')
      : `differ: ${differences.join('; ')}`,
  );
  for (const path of [
    '/api/mlops-maturity/overview?groupBy=owner',
    '/api/mlops-maturity/overview/entities?pageSize=200&sort=name',
  ]) {
    const [fromA, fromB] = await Promise.all([a.get(path), b.get(path)]);
    const difference = firstDifference(fromA, fromB);
    results.record(
      !difference,
      `(e) A and B answer the same ${path.split('?')[0]}`,
      difference
        ? `differ at ${difference}`
        : `${JSON.stringify(fromA).length} bytes of JSON, equal`,
    );
  }
}

/** (d) Over 3.5 periods from a first run, one run per period, on one backend each. */
function checkRefreshPeriods(
  results: Results,
  backends: Backend[],
  t0: number,
  periodMs: number,
  periods: number,
) {
  const end = t0 + (periods + 0.5) * periodMs;
  const runs = refreshRuns(backends).filter(r => r.at >= t0 && r.at <= end);
  const slots = runs.map(r => Math.round((r.at - t0) / periodMs));
  const listing = runs
    .map((r, i) => `+${seconds(r.at - t0)} on ${r.name} (period ${slots[i]})`)
    .join(', ');
  const expected = Array.from({ length: periods + 1 }, (_, i) => i);
  results.record(
    JSON.stringify(slots) === JSON.stringify(expected),
    `(d) scheduled refresh ran once per ${seconds(
      periodMs,
    )} period across A and B`,
    `${runs.length} runs in ${seconds(
      end - t0,
    )} (expected one in each of periods 0-${periods}): ${listing}`,
  );
  const perBackend = backends
    .map(b => `${b.name} ${runs.filter(r => r.name === b.name).length}`)
    .join(', ');
  log(`refresh runs in the window by backend: ${perBackend}`);
}

/** (d) With the backend that ran the last refresh stopped, the other runs the next period's. */
async function checkTakeOver(
  results: Results,
  backends: Backend[],
  survivor: Backend,
  stopped: Backend,
  stoppedAt: number,
  t0: number,
  periodMs: number,
  period: number,
) {
  const run = await waitForRefreshAfter(
    backends,
    stoppedAt,
    2 * periodMs + 15_000,
  ).catch(() => undefined);
  const slot = run ? Math.round((run.at - t0) / periodMs) : undefined;
  results.record(
    run?.name === survivor.name && slot === period,
    `(d) with ${stopped.name} stopped, ${survivor.name} runs the next refresh`,
    run
      ? `period ${slot} ran on ${run.name}, ${seconds(
          run.at - stoppedAt,
        )} after ${stopped.name} stopped`
      : `no refresh within ${seconds(2 * periodMs + 15_000)} after ${
          stopped.name
        } stopped`,
  );
}

async function taskRow(pgEnv: Record<string, string>) {
  const knex = knexFactory({
    client: 'pg',
    connection: {
      host: pgEnv.POSTGRES_HOST,
      port: Number(pgEnv.POSTGRES_PORT),
      user: pgEnv.POSTGRES_USER,
      password: pgEnv.POSTGRES_PASSWORD,
      database: `${PREFIX}mlops-maturity`,
    },
  });
  try {
    return await knex('backstage_backend_tasks__tasks').select('*');
  } finally {
    await knex.destroy();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter(a => a !== '--skip-build');
  if (unknown.length) {
    console.error(`Unknown option ${unknown[0]}\n\n${USAGE}`);
    return 2;
  }
  const periodMs = refreshPeriodMs();
  const periods = 3;
  const results = new Results();
  const began = Date.now();

  log(
    args.includes('--skip-build')
      ? 'Unpacking the backend bundle (--skip-build)'
      : 'Building the production backend bundle (yarn workspace backend build)',
  );
  const buildMs = prepareBundle(args.includes('--skip-build'));
  log(`bundle ready (build ${buildMs ? seconds(buildMs) : 'skipped'})`);

  log(`PostgreSQL (scripts/postgres.sh); dropping ${PREFIX}* databases`);
  const pgEnv = await resetPostgres(false, PREFIX);
  try {
    const [redisPort, portA, portB] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
    ]);
    if (new Set([redisPort, portA, portB]).size !== 3)
      throw new Error('Got the same free port twice; run again');
    const redis = await startRedis(redisPort);
    log(`Redis ${redisPort} (pid ${redis.pid})`);

    const serviceToken = randomBytes(24).toString('base64url');
    const env = (port: number) => ({
      ...pgEnv,
      REPLICAS_PORT: String(port),
      REPLICAS_REDIS_PORT: String(redisPort),
      REPLICAS_SERVICE_TOKEN: serviceToken,
    });
    // One after the other, as a rolling deployment starts replicas: on fresh
    // databases, Backstage's own plugins (the catalog first) fail their start-up
    // with "Migration table is already locked" when another process is running
    // the same knex migrations at that moment.
    log(`Starting backend A (127.0.0.1:${portA}) on fresh databases`);
    const backendA = await startBackend({
      name: 'A',
      port: portA,
      configFiles: CONFIG_FILES,
      env: env(portA),
      readyTimeoutMs: 240_000,
    });
    log(`Starting backend B (127.0.0.1:${portB})`);
    const backendB = await startBackend({
      name: 'B',
      port: portB,
      configFiles: CONFIG_FILES,
      env: env(portB),
      readyTimeoutMs: 240_000,
    });
    const backends = [backendA, backendB];
    const bothReady = Date.now();
    for (const backend of backends) {
      log(
        `${backend.name}: pid ${backend.pid}, ready after ${seconds(
          backend.readyAfterMs,
        )}, log ${relative(ROOT, backend.logFile)}`,
      );
    }

    const serviceA = new Client('A', backendA.baseUrl, serviceToken);
    const serviceB = new Client('B', backendB.baseUrl, serviceToken);
    await waitForCatalog([serviceA, serviceB], 180_000);
    log(
      `both catalogs list the demo services (${seconds(
        Date.now() - bothReady,
      )} after both were ready)`,
    );

    // One guest session, signed in on A and used on both, as behind a load balancer.
    const token = await guestToken(backendA.baseUrl);
    const a = new Client('A', backendA.baseUrl, token);
    const b = new Client('B', backendB.baseUrl, token);

    // The refresh window starts at the first run once both backends run.
    const first = await waitForRefreshAfter(
      backends,
      bothReady,
      periodMs + 60_000,
    );
    const t0 = first.at;
    log(
      `first refresh after both were ready: on ${
        first.name
      }; watching ${periods} more periods of ${seconds(periodMs)}`,
    );

    await checkDraftAcross(results, a, b);
    await checkDraftRace(results, a, b);
    await checkSubmissionAcross(results, a, b);
    await checkSameAnswers(results, a, b);

    // Memory before one of them is stopped below.
    for (const backend of backends) {
      const errors = backend.lines.filter(l =>
        /"level":"error"/.test(l.text),
      ).length;
      const { peakMb, rssMb } = backend.memory();
      log(
        `${backend.name}: peak resident memory (VmHWM) ${peakMb.toFixed(
          0,
        )} MB, resident now (VmRSS) ${rssMb.toFixed(
          0,
        )} MB; ${errors} error lines in its log`,
      );
    }

    // The shared cache: what the backends put in Redis (informational).
    const clients = /connected_clients:(\d+)/.exec(
      await redisCommand(redisPort, 'INFO clients'),
    )?.[1];
    const keys = (await redisCommand(redisPort, 'DBSIZE'))
      .trim()
      .replace(/^:/, '');
    // Key names, to show whose entries they are (a test Redis holds few).
    // Backstage's cache stores a key as prefix:plugin:base64(key); decoded
    // here so that the log says what the entry is.
    const names = (await redisCommand(redisPort, 'KEYS *'))
      .split('\r\n')
      .filter(line => line && !/^[*$]/.test(line))
      .map(name => {
        const last = name.lastIndexOf(':');
        const decoded = Buffer.from(name.slice(last + 1), 'base64').toString();
        return /^[\x20-\x7e]+$/.test(decoded)
          ? `${name.slice(0, last + 1)}${decoded}`
          : name;
      });
    log(
      `Redis: ${
        Number(clients) - 1
      } clients besides this script, ${keys} keys (what the backends' plugins keep in the shared cache)${
        names.length ? `: ${names.slice(0, 5).join(', ')}` : ''
      }`,
    );

    // Once the last run of the window is logged, stop the backend that ran it;
    // the other must run the next period's refresh (checked after the window).
    const lastInWindow = await waitForRefreshAfter(
      backends,
      t0 + (periods - 0.5) * periodMs,
      periodMs + 30_000,
    );
    await sleep(1_000); // the scheduler releases its claim on the task just after the log line
    const stopped = backends.find(b => b.name === lastInWindow.name)!;
    const survivor = backends.find(b => b !== stopped)!;
    await stopped.stop();
    const stoppedAt = Date.now();
    log(
      `stopped ${stopped.name} (it ran the refresh of period ${periods}); ${survivor.name} should run the next one`,
    );

    const windowEnd = t0 + (periods + 0.5) * periodMs;
    await sleep(Math.max(0, windowEnd - Date.now()) + 500);
    checkRefreshPeriods(results, backends, t0, periodMs, periods);
    await checkTakeOver(
      results,
      backends,
      survivor,
      stopped,
      stoppedAt,
      t0,
      periodMs,
      periods + 1,
    );
    const rows = await taskRow(pgEnv);
    const task = rows.find(r => r.id === TASK_ID);
    results.record(
      Boolean(task) && !task.last_run_error_json,
      '(d) one shared scheduler row for the refresh',
      task
        ? `${PREFIX}mlops-maturity.backstage_backend_tasks__tasks: ${rows.length} row(s); ${TASK_ID} last ended ` +
            `${new Date(
              task.last_run_ended_at,
            ).toISOString()}, next run ${new Date(
              task.next_run_start_at,
            ).toISOString()}, ` +
            `last error ${task.last_run_error_json ?? 'none'}`
        : `no row ${TASK_ID} among ${rows.map(r => r.id).join(', ')}`,
    );
    const allRuns = refreshRuns(backends);
    log(
      `every refresh logged (seconds after both were ready): ${allRuns
        .map(r => `${((r.at - bothReady) / 1000).toFixed(1)} ${r.name}`)
        .join(', ')}`,
    );
  } catch (error) {
    results.record(false, 'run', (error as Error).message);
  } finally {
    await stopAll();
    await dropDatabases();
  }
  log(
    `done in ${seconds(Date.now() - began)}; logs in ${relative(
      ROOT,
      OUT_DIR,
    )}/`,
  );
  console.log(`${results.passed} passed, ${results.failed} failed`);
  return results.failed === 0 && results.passed > 0 ? 0 : 1;
}

let dropping: Promise<void> | undefined;

/** Drops the run's databases once, whether the run ends or is interrupted first. */
function dropDatabases(): Promise<void> {
  dropping ??= resetPostgres(false, PREFIX).then(
    () => undefined,
    error =>
      console.error(
        `[replicas] could not drop the ${PREFIX}* databases: ${
          (error as Error).message
        }`,
      ),
  );
  return dropping;
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`[replicas] ${signal}: stopping the backends and Redis`);
    const forced = setTimeout(() => process.exit(130), 20_000);
    void stopAll()
      .then(dropDatabases)
      .finally(() => {
        clearTimeout(forced);
        process.exit(130);
      });
  });
}

main().then(
  code => exit(code),
  async error => {
    console.error(error);
    await stopAll();
    exit(1);
  },
);

/** Exits with the code once output is flushed, even if a stray handle keeps the loop alive. */
function exit(code: number) {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 2_000).unref();
}
