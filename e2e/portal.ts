/**
 * Starts and stops the demo portal for the end-to-end tests with the
 * project's own command (`./run start`), on a fresh database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, mkdirSync, createWriteStream } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root (this file lives in `<root>/e2e`). */
export const ROOT = resolve(__dirname, '..');
/** Where screenshots and logs of a run are written. */
export const OUT_DIR = join(ROOT, '.out', 'e2e');
export const APP_URL = 'http://localhost:3210';
export const BACKEND_URL = 'http://localhost:7210';

/** A running portal; `stop()` ends the whole process group. */
export interface RunningPortal {
  stop(): Promise<void>;
}

async function waitFor(url: string, deadline: number, child: ChildProcess) {
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the portal exited early with code ${child.exitCode}; see ${OUT_DIR}/portal.log`);
    }
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(`${url} did not answer in time; see ${OUT_DIR}/portal.log`);
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

/** A guest token, as the demo's sign-in page gets it. */
export async function guestToken(): Promise<string> {
  const response = await fetch(`${BACKEND_URL}/api/auth/guest/refresh`, {
    method: 'POST',
  });
  const body = await response.json();
  return body.backstageIdentity.token;
}

/**
 * The backend is ready before the catalog has read the example files; wait
 * until the last example service is in it, so the journey starts complete.
 */
async function waitForCatalog(deadline: number, child: ChildProcess) {
  const token = await guestToken();
  const url = `${BACKEND_URL}/api/catalog/entities/by-name/component/default/product-recommender`;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the portal exited early; see ${OUT_DIR}/portal.log`);
    }
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (response.ok) return;
    if (Date.now() > deadline) {
      throw new Error(`the catalog did not load the examples in time; see ${OUT_DIR}/portal.log`);
    }
    await new Promise(r => setTimeout(r, 2000));
  }
}

/** Starts `./run start` with the e2e database overlay and waits for both servers. */
export async function startPortal(timeoutMs = 240_000): Promise<RunningPortal> {
  for (const url of [APP_URL, BACKEND_URL]) {
    if (await answers(url)) {
      // Testing someone else's portal would prove nothing about this checkout.
      throw new Error(`${url} is already in use; stop the running portal before ./run e2e`);
    }
  }
  rmSync(join(ROOT, '.data', 'e2e-sqlite'), { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const log = createWriteStream(join(OUT_DIR, 'portal.log'));
  const child = spawn(
    join(ROOT, 'run'),
    [
      'start',
      '--config',
      join(ROOT, 'app-config.yaml'),
      '--config',
      join(ROOT, 'app-config.e2e.yaml'),
    ],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const deadline = Date.now() + timeoutMs;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise(r => child.once('exit', r));
    // Negative pid: the whole group, so the backend and the dev server both stop.
    process.kill(-child.pid!, 'SIGINT');
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitFor(`${BACKEND_URL}/.backstage/health/v1/readiness`, deadline, child);
    await waitFor(APP_URL, deadline, child);
    await waitForCatalog(deadline, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
