/**
 * The processes of `./run replicas`: the production backend bundle (built
 * like the bench builds it, unpacked into a folder of its own so that a
 * bench running at the same time keeps its copy), a Redis from Debian's
 * package and the backends. Every process started here is stopped by
 * `stopAll`, which the script calls on success, failure and Ctrl-C.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** The repository root (this file lives in `<root>/scripts/replicas`). */
export const ROOT = resolve(__dirname, '..', '..');
/** The unpacked bundle (git-ignored). */
const BUNDLE_DIR = join(ROOT, '.data', 'replicas', 'backend');
/** Logs of the backends and Redis (git-ignored). */
export const OUT_DIR = join(ROOT, '.out', 'replicas');
const BUNDLE_FILE = join(ROOT, 'packages', 'backend', 'dist', 'bundle.tar.gz');

const running = new Set<ChildProcess>();

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * `yarn workspace backend build` (the command an image build runs, as in
 * bench/backend/buildBundle.ts) unless `skipBuild` and a bundle exists, then
 * unpacks the bundle and links its workspace packages from its own
 * `node_modules`; other dependencies resolve from the repository's.
 * Returns the build time in ms (0 when skipped).
 */
export function prepareBundle(skipBuild: boolean): number {
  let buildMs = 0;
  if (!skipBuild || !existsSync(BUNDLE_FILE)) {
    const started = Date.now();
    try {
      execFileSync(
        join(ROOT, 'run'),
        ['yarn', 'workspace', 'backend', 'build'],
        {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 64 * 1024 * 1024,
          timeout: 10 * 60_000,
        },
      );
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer };
      const tail = `${e.stdout ?? ''}${e.stderr ?? ''}`
        .trim()
        .split('\n')
        .slice(-30);
      throw new Error(
        `yarn workspace backend build failed:\n${tail.join('\n')}`,
      );
    }
    buildMs = Date.now() - started;
  }
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  execFileSync('tar', ['-xzf', BUNDLE_FILE, '-C', BUNDLE_DIR]);
  for (const group of ['packages', 'plugins']) {
    const base = join(BUNDLE_DIR, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      const dir = join(base, name);
      if (!existsSync(join(dir, 'package.json'))) continue;
      const pkg = JSON.parse(
        readFileSync(join(dir, 'package.json'), 'utf8'),
      ).name;
      const link = join(BUNDLE_DIR, 'node_modules', pkg);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), dir), link, 'dir');
    }
  }
  if (
    !existsSync(join(BUNDLE_DIR, 'packages', 'backend', 'dist', 'index.cjs.js'))
  ) {
    throw new Error(
      `${relative(ROOT, BUNDLE_FILE)} holds no packages/backend/dist`,
    );
  }
  return buildMs;
}

function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return Promise.resolve();
  }
  return new Promise(done => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      running.delete(child);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Stops every process started here: SIGTERM, then SIGKILL after 10 s. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(child => stopChild(child, 10_000)));
}

/** Sends one inline command to Redis and returns its raw answer (bounded). */
export function redisCommand(
  port: number,
  command: string,
  timeoutMs = 2_000,
): Promise<string> {
  return new Promise((resolveAnswer, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(`Redis did not answer ${command} within ${timeoutMs} ms`),
      );
    }, timeoutMs);
    socket.on('error', error => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', chunk => {
      answer += chunk.toString();
      // A bulk string ($<n>) is complete once its length has arrived.
      const bulk = /^\$(\d+)\r\n/.exec(answer);
      const complete = bulk
        ? Buffer.byteLength(answer) >= bulk[0].length + Number(bulk[1]) + 2
        : answer.endsWith('\r\n');
      if (complete) {
        clearTimeout(timer);
        socket.end();
        resolveAnswer(answer);
      }
    });
  });
}

/** Starts `redis-server` from Debian's package on 127.0.0.1:port, in memory only. */
export async function startRedis(port: number): Promise<{ pid: number }> {
  mkdirSync(OUT_DIR, { recursive: true });
  const log = createWriteStream(join(OUT_DIR, 'redis.log'));
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  await new Promise<void>((ok, fail) => {
    child.once('spawn', ok);
    child.once('error', fail);
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `redis-server exited (code ${child.exitCode}); see .out/replicas/redis.log`,
      );
    }
    try {
      if ((await redisCommand(port, 'PING')).startsWith('+PONG'))
        return { pid: child.pid! };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error('Redis did not answer PING within 10 s');
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise(r => setTimeout(r, ms));
}

/** One log line of a backend, with the time it arrived here. */
export interface LogLine {
  at: number;
  text: string;
}

/** A running backend. */
export interface Backend {
  name: string;
  pid: number;
  baseUrl: string;
  logFile: string;
  readyAfterMs: number;
  /** Every line the process wrote so far (stdout and stderr). */
  lines: LogLine[];
  /** `VmHWM` (peak resident memory) and `VmRSS` of the process, in MB. */
  memory(): { peakMb: number; rssMb: number };
  /** Stops the process: SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

function statusKb(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : NaN;
}

/**
 * Starts the unpacked backend with NODE_ENV=production, the given config
 * files and environment, and waits (bounded) for its readiness check.
 */
export async function startBackend(options: {
  name: string;
  port: number;
  configFiles: string[];
  env: Record<string, string>;
  readyTimeoutMs: number;
}): Promise<Backend> {
  mkdirSync(OUT_DIR, { recursive: true });
  const logFile = join(OUT_DIR, `backend-${options.name}.log`);
  const log = createWriteStream(logFile);
  const startedAt = Date.now();
  const child = spawn(
    process.execPath,
    [
      join(BUNDLE_DIR, 'packages', 'backend'),
      ...options.configFiles.flatMap(file => ['--config', file]),
    ],
    {
      // The demo config's relative paths are written for packages/backend.
      cwd: join(ROOT, 'packages', 'backend'),
      env: { ...process.env, ...options.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (child.pid === undefined)
    throw new Error(`Could not start ${process.execPath}`);
  const lines: LogLine[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', text => {
      lines.push({ at: Date.now(), text });
      log.write(`${text}\n`);
    });
  }
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + options.readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Backend ${options.name} exited during start-up (${
          child.exitCode ?? child.signalCode
        }); see ${relative(ROOT, logFile)}`,
      );
    }
    try {
      const response = await fetch(
        `${baseUrl}/.backstage/health/v1/readiness`,
        {
          signal: AbortSignal.timeout(5_000),
        },
      );
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Backend ${options.name} was not ready after ${
          options.readyTimeoutMs / 1000
        } s; see ${relative(ROOT, logFile)}`,
      );
    }
    await sleep(250);
  }
  const pid = child.pid;
  return {
    name: options.name,
    pid,
    baseUrl,
    logFile,
    readyAfterMs: Date.now() - startedAt,
    lines,
    memory: () => ({
      peakMb: statusKb(pid, 'VmHWM') / 1024,
      rssMb: statusKb(pid, 'VmRSS') / 1024,
    }),
    stop: () => stopChild(child, 10_000),
  };
}
