/**
 * The backend runs as a production build: `yarn workspace backend build`
 * (the same command a Docker image uses) makes `dist/bundle.tar.gz`, which
 * is unpacked under `.data/bench/backend`. Its workspace packages are linked
 * from a `node_modules` folder of its own, so Node loads their built `dist`
 * code; every other dependency resolves from the repository's `node_modules`
 * further up, which stands in for the `yarn workspaces focus --production`
 * step of an image build.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { BUNDLE_DIR, ROOT } from '../paths';

const BUNDLE_FILE = join(ROOT, 'packages', 'backend', 'dist', 'bundle.tar.gz');

/** The entry point of the unpacked backend (its folder; Node reads `main`). */
export const BACKEND_ENTRY = join(BUNDLE_DIR, 'packages', 'backend');

/** Runs the project's Yarn through `./run`, failing with the command's output. */
function runYarn(args: string[]) {
  try {
    execFileSync(join(ROOT, 'run'), ['yarn', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`
      .trim()
      .split('\n')
      .slice(-30)
      .join('\n');
    throw new Error(`yarn ${args.join(' ')} failed:\n${output}`);
  }
}

/** Package folders inside the unpacked bundle (`packages/*`, `plugins/*`). */
function bundlePackages(): { name: string; dir: string }[] {
  return ['packages', 'plugins'].flatMap(group => {
    const base = join(BUNDLE_DIR, group);
    if (!existsSync(base)) return [];
    return readdirSync(base)
      .map(dir => join(base, dir))
      .filter(dir => existsSync(join(dir, 'package.json')))
      .map(dir => ({
        name: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name,
        dir,
      }));
  });
}

/**
 * Builds the backend bundle (unless `skipBuild` and a bundle exists) and
 * unpacks it; returns the build time in milliseconds (0 when skipped).
 */
export function prepareBackendBundle(skipBuild: boolean): number {
  let buildMs = 0;
  if (!skipBuild || !existsSync(BUNDLE_FILE)) {
    const started = Date.now();
    runYarn(['workspace', 'backend', 'build']);
    buildMs = Date.now() - started;
  }
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  execFileSync('tar', ['-xzf', BUNDLE_FILE, '-C', BUNDLE_DIR]);
  for (const pkg of bundlePackages()) {
    const link = join(BUNDLE_DIR, 'node_modules', pkg.name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(relative(dirname(link), pkg.dir), link, 'dir');
  }
  if (!existsSync(join(BACKEND_ENTRY, 'dist', 'index.cjs.js'))) {
    throw new Error(
      `The backend bundle ${relative(
        ROOT,
        BUNDLE_FILE,
      )} holds no packages/backend/dist`,
    );
  }
  return buildMs;
}
