/**
 * Starts the production backend as a child process of the benchmark on a
 * port of its own, waits until it reports ready, and stops it again. Every
 * started backend is stopped when the benchmark ends, fails or is
 * interrupted (see `stopAllBackends`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../paths';
import { BACKEND_ENTRY } from './buildBundle';
import { inspectorUrl } from './heapInspector';

/** A running backend. */
export interface BackendHandle {
  pid: number;
  baseUrl: string;
  /** When the process was started (`Date.now()`). */
  startedAt: number;
  /** Milliseconds from the start until the readiness check answered 200. */
  readyAfterMs: number;
  /** The inspector's WebSocket URL when started with `inspect`. */
  inspectorUrl?: string;
  /** Stops the backend: SIGTERM, then SIGKILL after 15 s. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  return new Promise(resolve => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      running.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Stops every backend this process started (for exit and signal handlers). */
export async function stopAllBackends(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  logFile: string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The backend exited during start-up (code ${
          child.exitCode ?? child.signalCode
        }); see ${relative(ROOT, logFile)}`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
      await response.arrayBuffer();
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The backend was not ready after ${timeoutMs / 1000} s; see ${relative(
          ROOT,
          logFile,
        )}`,
      );
    }
    await new Promise(r => setTimeout(r, 250));
  }
}

/** Fails when something already listens on the port, which would answer for our backend. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(new Error(`Port ${port} is in use; pick another with --port`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** Starts the bundled backend with the given config files and environment. */
export async function startBackend(options: {
  port: number;
  configFiles: string[];
  /** Options for Node itself, such as `--max-old-space-size=512`. */
  nodeOptions?: string[];
  /** Opens Node's inspector on a free port of 127.0.0.1 (see heapInspector.ts). */
  inspect?: boolean;
  env: Record<string, string>;
  logFile: string;
  readyTimeoutMs: number;
  /** Called with the process id as soon as the process exists. */
  onSpawn?: (pid: number) => void;
}): Promise<BackendHandle> {
  await assertPortFree(options.port);
  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const startedAt = Date.now();
  const child = spawn(
    process.execPath,
    [
      ...(options.inspect ? ['--inspect=127.0.0.1:0'] : []),
      ...(options.nodeOptions ?? []),
      BACKEND_ENTRY,
      ...options.configFiles.flatMap(file => ['--config', file]),
    ],
    {
      // The demo config's relative paths are written for packages/backend.
      cwd: join(ROOT, 'packages', 'backend'),
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  if (child.pid === undefined)
    throw new Error(`Could not start ${process.execPath}`);
  options.onSpawn?.(child.pid);
  child.once('exit', () => running.delete(child));
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let stderrHead = '';
  let inspector: string | undefined;
  const findInspector = (chunk: Buffer) => {
    stderrHead += chunk.toString();
    inspector = inspectorUrl(stderrHead);
    if (inspector || stderrHead.length > 10_000)
      child.stderr!.off('data', findInspector);
  };
  if (options.inspect) child.stderr!.on('data', findInspector);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(
      `${baseUrl}/.backstage/health/v1/readiness`,
      child,
      options.logFile,
      options.readyTimeoutMs,
    );
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    pid: child.pid!,
    baseUrl,
    startedAt,
    readyAfterMs: Date.now() - startedAt,
    inspectorUrl: inspector,
    stop: () => stopChild(child),
  };
}
