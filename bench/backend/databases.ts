/**
 * A fresh database for every run: SQLite files in `.data/bench/sqlite`,
 * emptied first, or PostgreSQL databases named `bench_plugin_<pluginId>`
 * (the `backend.database.prefix` of app-config.bench.yaml), dropped first.
 * The bench prefix keeps the demo's and the tests' `backstage_plugin_*`
 * databases on the same server untouched. With `keepCatalog`, the catalog
 * plugin's database stays (see catalogReuse.ts); every other one is emptied.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import knexFactory from 'knex';
import { ROOT, SQLITE_DIR } from '../paths';

/** The databases the benchmark runs on. */
export type BenchDatabase = 'sqlite' | 'postgres';

/** The prefix of the PostgreSQL databases the bench backend creates (see app-config.bench.yaml). */
export const POSTGRES_DATABASE_PREFIX = 'bench_plugin_';

/** Empties the SQLite folder, or all but the catalog's file. */
export function resetSqlite(keepCatalog: boolean): void {
  if (!keepCatalog) rmSync(SQLITE_DIR, { recursive: true, force: true });
  mkdirSync(SQLITE_DIR, { recursive: true });
  for (const file of readdirSync(SQLITE_DIR)) {
    // catalog.sqlite and its journal
    if (!file.startsWith('catalog.sqlite')) rmSync(join(SQLITE_DIR, file));
  }
}

/**
 * Starts the local PostgreSQL 15 with scripts/postgres.sh (installing it
 * when missing), drops the bench databases and returns the environment the
 * PostgreSQL overlay (app-config.postgres.yaml) reads.
 */
export async function resetPostgres(
  keepCatalog: boolean,
  prefix = POSTGRES_DATABASE_PREFIX,
): Promise<Record<string, string>> {
  let connection: string;
  try {
    connection = execFileSync(
      'bash',
      [
        '-c',
        'source scripts/postgres.sh && ensure_postgres >&2 && postgres_connection_string',
      ],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ).trim();
  } catch (error) {
    throw new Error(
      `Could not start PostgreSQL with scripts/postgres.sh (needs root for apt-get and pg_ctlcluster): ${
        (error as Error).message
      }`,
    );
  }
  const url = new URL(connection);
  const knex = knexFactory({
    client: 'pg',
    connection: `${connection}/postgres`,
  });
  try {
    const { rows } = await knex.raw<{ rows: { datname: string }[] }>(
      `SELECT datname FROM pg_database WHERE datname LIKE ?`,
      [`${prefix.replace(/_/g, '\\_')}%`],
    );
    for (const { datname } of rows) {
      if (keepCatalog && datname === `${prefix}catalog`) continue;
      await knex.raw(`DROP DATABASE ?? WITH (FORCE)`, [datname]);
    }
  } finally {
    await knex.destroy();
  }
  return {
    POSTGRES_HOST: url.hostname,
    POSTGRES_PORT: url.port || '5432',
    POSTGRES_USER: decodeURIComponent(url.username),
    POSTGRES_PASSWORD: decodeURIComponent(url.password),
  };
}

/** The config files for a run, in the order the backend layers them. */
export function configFiles(database: BenchDatabase): string[] {
  const files = ['app-config.yaml', 'app-config.bench.yaml'];
  if (database === 'postgres') files.push('app-config.postgres.yaml');
  return files.map(file => join(ROOT, file));
}
