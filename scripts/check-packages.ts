/**
 * What an adopter installs from the registry, checked on every `./run test`:
 *
 * 1. Every README block marked `<!-- file: <path> -->` is exactly that file
 *    (path relative to the README), so an example that the type-check covers
 *    cannot drift from the one the README prints.
 * 2. Each of the four plugin packages is built (`backstage-cli package build`,
 *    its `build` script) and packed (`yarn pack`, which runs `prepack` and
 *    `postpack`), and the tarball is checked: the files `main`, `module`,
 *    `types`, `exports` and `configSchema` name are in it, and so are
 *    `dist/`, the README, LICENSE and CHANGELOG (the backend: the config schema
 *    that prepack makes of config.d.ts, its migrations and examples); sources, tests and fixtures are not; the
 *    published package.json has its registry metadata and no `workspace:`
 *    ranges, and declares every package its built code imports; every relative link of its README resolves to a file of the
 *    tarball (anything else must be an absolute URL).
 *
 * Run: node --import tsx scripts/check-packages.ts [--out DIR] (after
 * `yarn tsc`, whose declarations the build bundles). Exits non-zero with every
 * problem listed. With `--out`, the tarballs are kept in DIR (emptied first).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const YARN = join(
  ROOT,
  /^yarnPath:\s*(\S+)/m.exec(
    readFileSync(join(ROOT, '.yarnrc.yml'), 'utf8'),
  )![1],
);

interface PackageSpec {
  dir: string;
  /** Files or folders (trailing `/`: at least one file inside) the tarball must hold. */
  required: string[];
}

const PACKAGES: PackageSpec[] = [
  { dir: 'plugins/mlops-maturity-common', required: ['dist/index.d.ts'] },
  { dir: 'plugins/mlops-maturity-node', required: ['dist/index.d.ts'] },
  {
    dir: 'plugins/mlops-maturity-backend',
    required: [
      'dist/index.d.ts',
      // prepack turns config.d.ts into the JSON schema that configSchema names.
      'config.schema.json',
      'migrations/',
      'examples/permissionPolicy.ts',
    ],
  },
  {
    dir: 'plugins/mlops-maturity',
    required: ['dist/index.d.ts', 'dist/alpha.d.ts'],
  },
];

/** Always in a tarball. */
const ALWAYS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/** Never in a tarball. */
const FORBIDDEN = [
  /^src\//,
  /(^|\/)__fixtures__\//,
  /(^|\/)__testUtils__\//,
  /(^|\/)__mocks__\//,
  /\.test\.[cm]?[jt]sx?$/,
  /(^|\/)dev\//,
  /(^|\/)bench\//,
];

const problems: string[] = [];
const fail = (where: string, message: string) =>
  problems.push(`${where}: ${message}`);

function run(args: string[], cwd = ROOT): string {
  return execFileSync(process.execPath, [YARN, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1' },
  });
}

/** Markdown without fenced code blocks and inline code, where links are not links. */
function proseOf(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
}

/** Targets of inline links and images, and of reference definitions. */
export function linkTargets(markdown: string): string[] {
  const prose = proseOf(markdown);
  const targets: string[] = [];
  for (const match of prose.matchAll(
    /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
  )) {
    targets.push(match[1]);
  }
  for (const match of prose.matchAll(
    /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm,
  )) {
    targets.push(match[1]);
  }
  return targets;
}

/** Checks that each `<!-- file: path -->` marker is followed by a fenced block equal to the file. */
function checkIncludedFiles(readmePath: string) {
  const text = readFileSync(readmePath, 'utf8');
  const where = posix.relative(ROOT, readmePath);
  const marker =
    /<!-- file: (\S+) -->\s*\n\s*(```|~~~)[^\n]*\n([\s\S]*?)^\2\s*$/gm;
  let count = 0;
  for (const [, path, , block] of text.matchAll(marker)) {
    count++;
    const file = resolve(dirname(readmePath), path);
    let expected: string;
    try {
      expected = readFileSync(file, 'utf8');
    } catch {
      fail(
        where,
        `the block marked "file: ${path}" names a file that does not exist`,
      );
      continue;
    }
    if (block !== expected) {
      const a = block.split('\n');
      const b = expected.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      fail(
        where,
        `the block marked "file: ${path}" differs from the file at its line ${
          line + 1
        }:\n` +
          `    README: ${JSON.stringify(a[line])}\n    file:   ${JSON.stringify(
            b[line],
          )}`,
      );
    }
  }
  const markers = (text.match(/<!-- file: /g) ?? []).length;
  if (markers !== count) {
    fail(
      where,
      `${
        markers - count
      } "<!-- file: ... -->" marker(s) not followed by a fenced block`,
    );
  }
  return count;
}

function checkTarball(spec: PackageSpec, tarball: string) {
  const where = `${spec.dir} (packed)`;
  const entries = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .filter(e => !e.endsWith('/'))
    .map(e => e.replace(/^package\//, ''));
  const files = new Set(entries);
  const has = (path: string) =>
    path.endsWith('/')
      ? entries.some(e => e.startsWith(path))
      : files.has(posix.normalize(path.replace(/^\.\//, '')));

  for (const path of [...ALWAYS, ...spec.required]) {
    if (!has(path)) fail(where, `${path} is missing from the tarball`);
  }
  for (const entry of entries) {
    if (FORBIDDEN.some(pattern => pattern.test(entry))) {
      fail(where, `${entry} should not be published`);
    }
  }

  const pkg = JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], {
      encoding: 'utf8',
    }),
  );
  const pointers: Array<[string, unknown]> = [
    ['main', pkg.main],
    ['module', pkg.module],
    ['types', pkg.types],
    ['configSchema', pkg.configSchema],
  ];
  const walkExports = (value: unknown, key: string) => {
    if (typeof value === 'string') pointers.push([key, value]);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        walkExports(v, `${key}[${k}]`);
    }
  };
  walkExports(pkg.exports, 'exports');
  walkExports(pkg.typesVersions, 'typesVersions');
  if (!pkg.main || !pkg.types)
    fail(where, 'package.json has no main or no types');
  for (const [key, value] of pointers) {
    if (value === undefined) continue;
    const path = String(value);
    // Only paths: exports conditions also hold metadata such as
    // `backstage: '@backstage/FrontendPlugin'`.
    if (
      path.includes('*') ||
      (key.startsWith('exports') && !path.startsWith('./'))
    ) {
      continue;
    }
    if (!has(path))
      fail(
        where,
        `package.json ${key} is ${path}, which is not in the tarball`,
      );
  }
  if (!String(pkg.main ?? '').startsWith('dist/')) {
    fail(where, `package.json main is ${pkg.main}, not a file of dist/`);
  }
  for (const key of ['repository', 'homepage', 'bugs', 'keywords', 'license']) {
    if (!pkg[key]) fail(where, `package.json has no ${key}`);
  }
  if (pkg.repository?.directory !== spec.dir) {
    fail(
      where,
      `repository.directory is ${pkg.repository?.directory}, not ${spec.dir}`,
    );
  }
  for (const keyword of [
    'backstage',
    'backstage-plugin',
    'mlops',
    'maturity',
  ]) {
    if (!pkg.keywords?.includes(keyword))
      fail(where, `keywords lack ${keyword}`);
  }
  for (const field of [
    'dependencies',
    'peerDependencies',
    'optionalDependencies',
  ]) {
    for (const [name, range] of Object.entries<string>(pkg[field] ?? {})) {
      if (/^(workspace|link|file|portal):/.test(range)) {
        fail(
          where,
          `${field}.${name} is ${range}, which no registry can resolve`,
        );
      }
    }
  }

  if (pkg.configSchema) {
    const schema = execFileSync(
      'tar',
      ['-xzOf', tarball, `package/${pkg.configSchema}`],
      {
        encoding: 'utf8',
      },
    );
    if (!schema.includes('"mlopsMaturity"')) {
      fail(where, `${pkg.configSchema} does not describe mlopsMaturity`);
    }
  }

  // Every package the built code imports is a dependency of the published package.
  const declared = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ]);
  const code = entries.filter(e => /^dist\/.*\.(c|m)?js$/.test(e));
  const source = code.length
    ? execFileSync(
        'tar',
        ['-xzOf', tarball, ...code.map(e => `package/${e}`)],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      )
    : '';
  const imported = new Set<string>();
  for (const match of source.matchAll(
    // A module specifier: a package name, optionally scoped, with a subpath;
    // never spaces or punctuation, so prose such as "from ', answer: '" in
    // the built code is not taken for an import.
    /(?:require\(|import\(|\bfrom\s*|^import\s*)['"]((?:@[\w.-]+\/)?[\w-][\w.-]*(?:\/[\w.@-]+)*)['"]/gm,
  )) {
    const parts = match[1].split('/');
    imported.add(
      match[1].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0],
    );
  }
  for (const name of imported) {
    if (name.startsWith('node:') || builtinModules.includes(name)) continue;
    if (name === pkg.name) continue;
    if (!declared.has(name)) {
      fail(
        where,
        `the build imports ${name}, which is not a dependency of the package`,
      );
    }
  }

  const readme = execFileSync('tar', ['-xzOf', tarball, 'package/README.md'], {
    encoding: 'utf8',
  });
  for (const target of linkTargets(readme)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) {
      if (/^(https?|mailto):/i.test(target) || target.startsWith('#')) continue;
      fail(
        where,
        `README links ${target}: only https, mailto and files of the package`,
      );
      continue;
    }
    const path = posix.normalize(decodeURI(target.replace(/[#?].*$/, '')));
    if (
      path.startsWith('../') ||
      !(has(path) || has(`${path.replace(/\/$/, '')}/`))
    ) {
      fail(where, `README links ${target}, which is not in the tarball`);
    }
  }
}

function main() {
  const started = Date.now();
  let blocks = 0;
  for (const readme of [
    'README.md',
    ...PACKAGES.map(p => `${p.dir}/README.md`),
  ]) {
    blocks += checkIncludedFiles(join(ROOT, readme));
  }
  if (blocks === 0)
    fail(
      'READMEs',
      'no "<!-- file: ... -->" block found; the check checks nothing',
    );

  // `--out DIR` keeps the tarballs in DIR for the adopter check
  // (scripts/adopter-app), so that it installs exactly what was checked here.
  const outArg = process.argv.indexOf('--out');
  const keep = outArg > 0 ? resolve(process.argv[outArg + 1]) : undefined;
  if (keep) {
    rmSync(keep, { recursive: true, force: true });
    mkdirSync(keep, { recursive: true });
  }
  const out = keep ?? mkdtempSync(join(tmpdir(), 'mlops-pack-'));
  try {
    for (const spec of PACKAGES) {
      const name = JSON.parse(
        readFileSync(join(ROOT, spec.dir, 'package.json'), 'utf8'),
      ).name;
      const tarball = join(out, `${name.replace(/[@/]/g, '_')}.tgz`);
      try {
        run(['workspace', name, 'build']);
        run(['workspace', name, 'pack', '--out', tarball]);
      } catch (error) {
        const e = error as {
          stdout?: string;
          stderr?: string;
          message: string;
        };
        fail(
          spec.dir,
          `build or pack failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`,
        );
        continue;
      }
      checkTarball(spec, tarball);
      console.log(`  ${name}: built, packed and checked`);
    }
  } finally {
    if (!keep) rmSync(out, { recursive: true, force: true });
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (problems.length) {
    console.error(
      `\nPackage check failed (${problems.length} problems, ${seconds} s):`,
    );
    for (const problem of problems) console.error(`- ${problem}`);
    process.exit(1);
  }
  console.log(
    `Packages: ${blocks} README file blocks and ${PACKAGES.length} tarballs checked in ${seconds} s`,
  );
}

if (require.main === module) main();
