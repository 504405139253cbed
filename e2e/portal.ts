/**
 * Starts and stops the demo portal for the end-to-end tests on a fresh
 * database: as `./run start` serves it (development build of the app), or
 * as a production build of the app served by the backend alone.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
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

async function waitFor(
  url: string,
  deadline: number,
  child: ChildProcess,
  logName = 'portal.log',
) {
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `the portal exited early with code ${child.exitCode}; see ${OUT_DIR}/${logName}`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${url} did not answer in time; see ${OUT_DIR}/${logName}`,
      );
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

/** A token from one of the demo's password-less providers, as the sign-in page gets it. */
async function demoToken(
  provider: string,
  backendUrl: string,
): Promise<string> {
  const response = await fetch(`${backendUrl}/api/auth/${provider}/refresh`, {
    method: 'POST',
  });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(
      `signing in with ${provider} failed: ${response.status} ${JSON.stringify(
        body,
      )}`,
    );
  }
  return body.backstageIdentity.token;
}

/** A guest token (user:default/guest, Recommendations team), as the demo's sign-in page gets it. */
export async function guestToken(backendUrl = BACKEND_URL): Promise<string> {
  return demoToken('guest', backendUrl);
}

/**
 * A platform-lead token (user:default/platform-lead, ML Platform), as the
 * demo's sign-in page gets it: for API calls that need review or campaign rights.
 */
export async function platformLeadToken(
  backendUrl = BACKEND_URL,
): Promise<string> {
  return demoToken('platform-lead', backendUrl);
}

/**
 * Rebuilds the organisation index now. On a fresh database the scheduled
 * rebuild can run before the catalog holds the examples, and the
 * organisation views read the index.
 */
export async function refreshIndex(backendUrl = BACKEND_URL): Promise<void> {
  const response = await fetch(
    `${backendUrl}/api/mlops-maturity/overview/refresh`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${await guestToken(backendUrl)}` },
    },
  );
  if (response.status !== 200) {
    throw new Error(
      `POST /overview/refresh answered ${
        response.status
      }: ${await response.text()}`,
    );
  }
}

/**
 * The backend is ready before the catalog has read the example files; wait
 * until the last example service is in it, so the journey starts complete.
 */
async function waitForCatalog(
  deadline: number,
  child: ChildProcess,
  backendUrl = BACKEND_URL,
  logName = 'portal.log',
) {
  const token = await guestToken(backendUrl);
  const url = `${backendUrl}/api/catalog/entities/by-name/component/default/product-recommender`;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the portal exited early; see ${OUT_DIR}/${logName}`);
    }
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.ok) return;
    if (Date.now() > deadline) {
      throw new Error(
        `the catalog did not load the examples in time; see ${OUT_DIR}/${logName}`,
      );
    }
    await new Promise(r => setTimeout(r, 2000));
  }
}

/** Ends a detached child's whole process group (SIGINT, then SIGKILL after 15 s). */
async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise(r => child.once('exit', r));
  // Negative pid: the whole group, so the backend and the dev server both stop.
  process.kill(-child.pid!, 'SIGINT');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function refuseUsed(urls: string[]) {
  for (const url of urls) {
    if (await answers(url)) {
      // Testing someone else's portal would prove nothing about this checkout.
      throw new Error(
        `${url} is already in use; stop the running portal before ./run e2e`,
      );
    }
  }
}

/** Starts `./run start` with the e2e database overlay and waits for both servers. */
export async function startPortal(timeoutMs = 240_000): Promise<RunningPortal> {
  await refuseUsed([APP_URL, BACKEND_URL]);
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
  const stop = () => stopGroup(child);
  try {
    await waitFor(
      `${BACKEND_URL}/.backstage/health/v1/readiness`,
      deadline,
      child,
    );
    await waitFor(APP_URL, deadline, child);
    await waitForCatalog(deadline, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}

/**
 * Where the backend serves the production build of the app
 * (e2e/app-config.production.yaml).
 */
export const PRODUCTION_URL = 'http://localhost:7210';

/**
 * Builds the app for production (`yarn workspace app build`, as
 * `./run frontend-size` and a Docker image do) unless `E2E_SKIP_APP_BUILD=1`
 * reuses the last build.
 */
export function buildProductionApp() {
  if (process.env.E2E_SKIP_APP_BUILD === '1') return;
  execFileSync(
    process.execPath,
    [
      join(ROOT, '.yarn', 'releases', 'yarn-4.13.0.cjs'),
      'workspace',
      'app',
      'build',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/**
 * Starts the demo backend alone with NODE_ENV=production on a fresh
 * database; its app-backend serves `packages/app/dist` at PRODUCTION_URL.
 * The backend runs from source through Backstage's own Node transform (what
 * `backstage-cli package start` runs, without its file watcher, so edits
 * elsewhere in the tree do not restart it mid-measurement).
 */
export async function startProductionPortal(
  timeoutMs = 240_000,
): Promise<RunningPortal> {
  await refuseUsed([PRODUCTION_URL]);
  rmSync(join(ROOT, '.data', 'e2e-production-sqlite'), {
    recursive: true,
    force: true,
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const logName = 'portal-production.log';
  const log = createWriteStream(join(OUT_DIR, logName));
  const backendDir = join(ROOT, 'packages', 'backend');
  const child = spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      join(backendDir, 'src', 'index.ts'),
      '--config',
      join(ROOT, 'app-config.yaml'),
      '--config',
      join(ROOT, 'e2e', 'app-config.production.yaml'),
    ],
    {
      cwd: backendDir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const deadline = Date.now() + timeoutMs;
  const stop = () => stopGroup(child);
  try {
    await waitFor(
      `${PRODUCTION_URL}/.backstage/health/v1/readiness`,
      deadline,
      child,
      logName,
    );
    await waitForCatalog(deadline, child, PRODUCTION_URL, logName);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
