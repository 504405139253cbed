/**
 * The adopter app's backend, started the way an adopter starts it
 * (`yarn start` in packages/backend, which is `backstage-cli package start`),
 * in its own process group so that stopping it stops the CLI's child too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

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

/** A started backend; `stop` ends its whole process group. */
export interface Backend {
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
  /** The last lines of its log, for a failure message. */
  tail(lines?: number): string;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/**
 * Starts `yarn start` in `<appDir>/packages/backend` and waits (at most
 * `timeoutMs`) for its readiness endpoint. Rejects with the log's tail when
 * the backend exits or does not become ready.
 */
export async function startBackend(options: {
  appDir: string;
  yarn: string;
  port: number;
  logFile: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}): Promise<Backend> {
  const { appDir, yarn, port, logFile, env, timeoutMs } = options;
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, [yarn, 'start'], {
    cwd: `${appDir}/packages/backend`,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let exited: string | undefined;
  const exit = new Promise<void>(resolveExit =>
    child.once('exit', (code, signal) => {
      exited = `exited with ${signal ?? code}`;
      resolveExit();
    }),
  );

  const tail = (lines = 40) => {
    try {
      return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  };
  // The group outlives the yarn process: backstage-cli's backend child
  // finishes its shutdown after yarn has exited, or may hang in it.
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    if (child.pid === undefined || !groupAlive()) return;
    process.kill(-child.pid, 'SIGTERM');
    const until = Date.now() + 10_000;
    while (groupAlive() && Date.now() < until) await sleep(200);
    if (groupAlive()) process.kill(-child.pid, 'SIGKILL');
    const killedBy = Date.now() + 5_000;
    while (groupAlive() && Date.now() < killedBy) await sleep(100);
    await Promise.race([exit, sleep(5_000)]);
    log.end();
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`The backend ${exited} before it was ready:\n${tail()}`);
    }
    try {
      const response = await fetch(
        `${baseUrl}/.backstage/health/v1/readiness`,
        {
          signal: AbortSignal.timeout(2_000),
        },
      );
      if (response.ok) return { baseUrl, logFile, stop, tail };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stop();
  throw new Error(
    `The backend was not ready within ${timeoutMs / 1000} s:\n${tail()}`,
  );
}
