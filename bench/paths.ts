/**
 * Where the benchmark reads and writes. Everything it generates lives in
 * git-ignored folders: `.data/bench` (inputs and databases) and `.out/bench`
 * (results and backend logs).
 */
import { join, resolve } from 'node:path';

/** The repository root (this file lives in `<root>/bench`). */
export const ROOT = resolve(__dirname, '..');

/** Generated inputs, the SQLite databases and the extracted backend bundle. */
export const DATA_DIR = join(ROOT, '.data', 'bench');

/** The generated catalog (one multi-document YAML file). */
export const CATALOG_FILE = join(DATA_DIR, 'catalog.yaml');

/** The generated assessments, read by the backend's seed loader. */
export const SEED_FILE = join(DATA_DIR, 'seed.json');

/** SQLite database folder, emptied before every SQLite run. */
export const SQLITE_DIR = join(DATA_DIR, 'sqlite');

/** Where the production bundle of `packages/backend` is unpacked. */
export const BUNDLE_DIR = join(DATA_DIR, 'backend');

/** Results (JSON, Markdown) and backend logs. */
export const OUT_DIR = join(ROOT, '.out', 'bench');

/** The configuration overlay for benchmark runs. */
export const BENCH_CONFIG = join(ROOT, 'app-config.bench.yaml');

/** The growth mode's inputs and databases (`./run bench --growth`). */
export const GROWTH_DIR = join(DATA_DIR, 'growth');
