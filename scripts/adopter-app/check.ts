/**
 * The adopter check (`./run adopter`): the four packages as an adopter gets
 * them from the registry, installed into a throw-away Backstage app made from
 * `template/`, wired as the READMEs say, type-checked and started.
 *
 * 1. Tarballs: `scripts/check-packages.ts --out .out/packages` builds, packs
 *    and checks the four packages (`--skip-pack` reuses the tarballs that
 *    `./run test` left there).
 * 2. The app: `template/` copied to .data/adopter-app with the tarballs, the
 *    repository's Yarn and `.yarnrc.yml`, and the repository's `yarn.lock` as
 *    a seed, so that every third-party package resolves to the version the
 *    repository installed and comes from Yarn's global cache. The template's
 *    `// README <file>` lines must be in that README's code blocks; the ML
 *    service of the root README's "Getting started" is appended to
 *    `examples/entities.yaml`; the permission policy is the installed
 *    package's `examples/permissionPolicy.ts`, saved where the backend README
 *    says.
 * 3. `yarn install`, then `yarn tsc` over the backend and the app (both
 *    frontend systems' wiring), then `yarn build` of the app (the production
 *    frontend build, `app.packages: all`), whose chunks must hold the plugin.
 * 4. `yarn start` of the backend (SQLite in memory, guest sign-in, a free
 *    port) and HTTP checks of the plugin's API, printed PASS or FAIL.
 *
 * Usage: node --import tsx scripts/adopter-app/check.ts [--skip-pack]
 * [--skip-app-build] [--fresh] (`--fresh` also removes the node_modules an
 * earlier run left).
 * Logs in .out/adopter/. Exits non-zero on any failure.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { startBackend, freePort, type Backend } from './backendProcess';
import { checkApi } from './apiChecks';
import { checkWiring, gettingStartedEntity } from './readmeWiring';

const ROOT = resolve(__dirname, '..', '..');
const TEMPLATE = join(__dirname, 'template');
const TARBALLS = join(ROOT, '.out', 'packages');
const OUT = join(ROOT, '.out', 'adopter');
/**
 * The app (git-ignored). Every run writes its files afresh from the template;
 * only the node_modules folders stay, so that a second run installs only what
 * changed (Yarn makes them match the lockfile exactly). Deleting 1 GB of
 * node_modules took minutes on a loaded machine: `--fresh` does it first.
 */
const APP_DIR = join(ROOT, '.data', 'adopter-app');
const YARN_RC = readFileSync(join(ROOT, '.yarnrc.yml'), 'utf8');
const YARN_RELEASE = /^yarnPath:\s*(\S+)/m.exec(YARN_RC)![1];

/** The four packages; each tarball is named after the package. */
const PACKAGES = [
  'plugin-mlops-maturity-common',
  'plugin-mlops-maturity-node',
  'plugin-mlops-maturity-backend',
  'plugin-mlops-maturity',
];

const timings: Array<[string, number]> = [];

function step<T>(name: string, action: () => T): T {
  const started = Date.now();
  console.log(`[adopter] ${name}`);
  const result = action();
  timings.push([name, Date.now() - started]);
  return result;
}

async function stepAsync<T>(name: string, action: () => Promise<T>) {
  const started = Date.now();
  console.log(`[adopter] ${name}`);
  const result = await action();
  timings.push([name, Date.now() - started]);
  return result;
}

/** Runs a command with its output in `logName` under .out/adopter; throws with the log's tail on failure. */
function runLogged(
  logName: string,
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
) {
  const logFile = join(OUT, logName);
  try {
    const output = execFileSync(command, args, {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    writeFileSync(logFile, output);
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    const text = `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message;
    writeFileSync(logFile, text);
    throw new Error(
      `${[command, ...args].join(' ')} failed (${logFile}):\n${text
        .split('\n')
        .slice(-40)
        .join('\n')}`,
    );
  }
}

/** Removes everything under `dir` but node_modules folders, at any depth of packages/. */
function clearKeepingNodeModules(dir: string) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules') continue;
    const path = join(dir, entry);
    if (entry === 'packages' && statSync(path).isDirectory()) {
      for (const pkg of readdirSync(path))
        clearKeepingNodeModules(join(path, pkg));
      continue;
    }
    rmSync(path, { recursive: true, force: true });
  }
}

function prepareApp(appDir: string) {
  clearKeepingNodeModules(appDir);
  mkdirSync(appDir, { recursive: true });
  cpSync(TEMPLATE, appDir, { recursive: true });
  mkdirSync(join(appDir, 'tarballs'));
  for (const name of PACKAGES) {
    const tarball = join(TARBALLS, `_mlops-maturity_${name}.tgz`);
    if (!existsSync(tarball)) {
      throw new Error(
        `${tarball} is missing: run without --skip-pack (or ./run test) first`,
      );
    }
    copyFileSync(tarball, join(appDir, 'tarballs', `${name}.tgz`));
  }
  mkdirSync(join(appDir, '.yarn', 'releases'), { recursive: true });
  copyFileSync(join(ROOT, YARN_RELEASE), join(appDir, YARN_RELEASE));
  writeFileSync(join(appDir, '.yarnrc.yml'), YARN_RC);
  // A seed: versions as the repository resolved them, so the install comes
  // from the global cache; Yarn drops the entries the app does not use.
  copyFileSync(join(ROOT, 'yarn.lock'), join(appDir, 'yarn.lock'));

  // Getting started, step 3: the ML service, appended to examples/entities.yaml.
  const entity = gettingStartedEntity(
    readFileSync(join(ROOT, 'README.md'), 'utf8'),
  );
  appendFileSync(
    join(appDir, 'examples', 'entities.yaml'),
    entity.startsWith('---') ? entity : `---\n${entity}`,
  );
}

/**
 * Gives the app's better-sqlite3 its compiled module: the repository's own
 * build when it is the same version (built by the repository's install for
 * this Node), else a compile from source (a minute or two).
 */
function provideSqlite(appDir: string, yarn: string, env: NodeJS.ProcessEnv) {
  const version = (dir: string) =>
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const ours = join(ROOT, 'node_modules', 'better-sqlite3');
  const theirs = join(appDir, 'node_modules', 'better-sqlite3');
  const binary = join('build', 'Release', 'better_sqlite3.node');
  if (existsSync(join(ours, binary)) && version(ours) === version(theirs)) {
    mkdirSync(join(theirs, 'build', 'Release'), { recursive: true });
    copyFileSync(join(ours, binary), join(theirs, binary));
    console.log(`  the repository's build of better-sqlite3 ${version(ours)}`);
    return;
  }
  console.log(`  compiling better-sqlite3 ${version(theirs)}`);
  runLogged(
    'sqlite.log',
    process.execPath,
    [yarn, 'rebuild', 'better-sqlite3'],
    appDir,
    {
      ...env,
      YARN_ENABLE_SCRIPTS: 'true',
      // prebuild-install would try to download a binary first.
      npm_config_build_from_source: 'true',
    },
  );
}

async function main() {
  const args = process.argv.slice(2);
  const skipPack = args.includes('--skip-pack');
  const fresh = args.includes('--fresh');
  const skipAppBuild = args.includes('--skip-app-build');
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const wiring = step('README wiring of the template', () =>
    checkWiring(TEMPLATE, ROOT),
  );
  if (wiring.problems.length) {
    for (const p of wiring.problems) {
      console.error(
        `FAIL ${p.file}:${p.line}: not in a code block of ${p.readme}:\n${p.text}`,
      );
    }
    process.exit(1);
  }
  console.log(`  ${wiring.count} marked statements found in the READMEs`);

  if (!skipPack) {
    step('Build, pack and check the four packages', () =>
      runLogged(
        'pack.log',
        process.execPath,
        [
          '--import',
          'tsx',
          join(ROOT, 'scripts', 'check-packages.ts'),
          '--out',
          TARBALLS,
        ],
        ROOT,
        process.env,
      ),
    );
  }

  const appDir = APP_DIR;
  if (fresh) {
    step('--fresh: remove the last app and its node_modules', () =>
      rmSync(appDir, { recursive: true, force: true }),
    );
  }
  const yarn = join(appDir, YARN_RELEASE);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Yarn makes installs immutable on CI; this one writes its own lockfile.
    YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
    YARN_ENABLE_TELEMETRY: '0',
  };
  let backend: Backend | undefined;
  let failed = 0;
  try {
    step(`Write the app in ${appDir}`, () => prepareApp(appDir));
    step('yarn install (the tarballs, the rest from the global cache)', () =>
      runLogged('install.log', process.execPath, [yarn, 'install'], appDir, {
        ...env,
        // No install scripts: the four packages have none, and those of the
        // third-party packages try to download prebuilt binaries (there is
        // no network but the registry) before compiling, which took minutes.
        // The one native module the backend needs is handled below.
        YARN_ENABLE_SCRIPTS: 'false',
      }),
    );
    step('better-sqlite3: the native module', () =>
      provideSqlite(appDir, yarn, env),
    );
    step('Save the permission policy as the backend README says', () => {
      const example = join(
        appDir,
        'node_modules',
        '@mlops-maturity',
        'plugin-mlops-maturity-backend',
        'examples',
        'permissionPolicy.ts',
      );
      // The folder is the adopter's to make: git keeps no empty folder in
      // the template, so a clean clone has none.
      const modules = join(appDir, 'packages', 'backend', 'src', 'modules');
      mkdirSync(modules, { recursive: true });
      copyFileSync(example, join(modules, 'permissionPolicy.ts'));
    });
    step('yarn tsc (backend, new and legacy frontend wiring)', () =>
      runLogged('tsc.log', process.execPath, [yarn, 'tsc'], appDir, env),
    );

    if (!skipAppBuild) {
      step(
        'yarn build in packages/app (production build of the frontend)',
        () => {
          runLogged(
            'app-build.log',
            process.execPath,
            [yarn, 'build'],
            join(appDir, 'packages', 'app'),
            env,
          );
          const chunks = join(appDir, 'packages', 'app', 'dist', 'static');
          const withPlugin = readdirSync(chunks).filter(
            file =>
              file.endsWith('.js') &&
              readFileSync(join(chunks, file), 'utf8').includes(
                // the id of the plugin's translation ref, in its built code
                'plugin.mlops-maturity',
              ),
          );
          if (!withPlugin.length) {
            throw new Error("the app build holds none of the plugin's code");
          }
          console.log(`  the plugin's code is in ${withPlugin.join(', ')}`);
        },
      );
    }

    const port = await freePort();
    writeFileSync(
      join(appDir, 'app-config.local.yaml'),
      [
        'backend:',
        `  baseUrl: http://127.0.0.1:${port}`,
        '  listen:',
        `    port: ${port}`,
        '    host: 127.0.0.1',
        '',
      ].join('\n'),
    );
    backend = await stepAsync('yarn start (backend)', () =>
      startBackend({
        appDir,
        yarn,
        port,
        logFile: join(OUT, 'backend.log'),
        env,
        timeoutMs: 180_000,
      }),
    );
    const results = await stepAsync('API checks', () => checkApi(backend!));
    for (const result of results) {
      console.log(`${result.ok ? 'PASS' : 'FAIL'} ${result.name}`);
      if (!result.ok) {
        failed++;
        console.log(`     ${result.detail}`);
      }
    }
    console.log(
      `${results.length - failed} passed, ${failed} failed (backend log: ${
        backend.logFile
      })`,
    );
  } catch (error) {
    failed++;
    console.error(`FAIL ${(error as Error).message}`);
  } finally {
    await backend?.stop();
  }

  for (const [name, ms] of timings) {
    console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
  }
  console.log(
    `Adopter check ${failed ? 'FAILED' : 'passed'} in ${(
      (Date.now() - started) /
      1000
    ).toFixed(0)} s`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
