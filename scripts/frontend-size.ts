/**
 * How much JavaScript the MLOps maturity frontend adds to the app, in gzip:
 * builds the demo app for production (unless --skip-build) and attributes
 * every emitted chunk to its sources through the chunk's source map.
 *
 * A chunk made only of the plugin's sources (the lazily loaded views) counts
 * whole; in a chunk shared with other code (the app's entry chunk holds the
 * extension definitions), the plugin's share of the chunk's source text
 * counts. Prints a table and writes .out/frontend/size.json.
 *
 * Run: ./run bench --frontend (or node --import tsx scripts/frontend-size.ts)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(__dirname, '..');
const STATIC_DIR = join(ROOT, 'packages', 'app', 'dist', 'static');
const OURS = /plugins\/mlops-maturity(-common)?\/src\//;

interface ChunkShare {
  file: string;
  gzipBytes: number;
  /** Share of the chunk's source text that is the plugin's, 0-1. */
  share: number;
  lazy: boolean;
}

function build() {
  console.log('Building the app for production (packages/app)…');
  execFileSync(
    process.execPath,
    [join(ROOT, '.yarn', 'releases', 'yarn-4.13.0.cjs'), 'workspace', 'app', 'build'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

function analyse(): ChunkShare[] {
  if (!existsSync(STATIC_DIR)) {
    throw new Error(`${STATIC_DIR} does not exist; run without --skip-build`);
  }
  const shares: ChunkShare[] = [];
  for (const file of readdirSync(STATIC_DIR).filter(f => f.endsWith('.js'))) {
    const mapFile = join(STATIC_DIR, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as {
      sources: string[];
      sourcesContent?: (string | null)[];
    };
    let ours = 0;
    let total = 0;
    map.sources.forEach((source, i) => {
      const length = map.sourcesContent?.[i]?.length ?? 0;
      total += length;
      if (OURS.test(source)) ours += length;
    });
    if (ours === 0) continue;
    shares.push({
      file,
      gzipBytes: gzipSync(readFileSync(join(STATIC_DIR, file))).length,
      share: total ? ours / total : 0,
      lazy: ours === total,
    });
  }
  return shares;
}

function main() {
  if (!process.argv.includes('--skip-build')) build();
  const shares = analyse();
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const lazy = shares.filter(s => s.lazy);
  const shared = shares.filter(s => !s.lazy);
  const lazyBytes = lazy.reduce((sum, s) => sum + s.gzipBytes, 0);
  const sharedBytes = shared.reduce((sum, s) => sum + s.gzipBytes * s.share, 0);
  console.log('\nMLOps maturity frontend in the production app build (gzip):');
  console.log(`  lazy chunks of the plugin only: ${lazy.length}, ${kb(lazyBytes)} kB`);
  for (const s of shared) {
    console.log(
      `  share of ${s.file}: ${(s.share * 100).toFixed(1)}% of ${kb(s.gzipBytes)} kB = ${kb(s.gzipBytes * s.share)} kB (loaded with the app)`,
    );
  }
  console.log(`  total added: ${kb(lazyBytes + sharedBytes)} kB (target <= 250 kB)`);
  const out = join(ROOT, '.out', 'frontend');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'size.json'),
    JSON.stringify({ lazyChunks: lazy.length, lazyGzipBytes: lazyBytes, sharedGzipBytes: Math.round(sharedBytes), chunks: shares }, null, 2),
  );
}

main();
