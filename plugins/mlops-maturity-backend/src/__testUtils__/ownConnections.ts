import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { type Knex } from 'knex';

const quiet = { error() {}, warn() {}, debug() {}, deprecate() {} };

/** Limits of the app's own connection, for the fault tests. */
export interface OwnConnectionLimits {
  /** SQLite: how long a statement waits for a lock (`busy_timeout`); the driver's default is 5 s. */
  sqliteBusyTimeoutMs?: number;
  /** PostgreSQL: `statement_timeout` of the app's connection, in ms. */
  postgresStatementTimeoutMs?: number;
  /** PostgreSQL: knex's `acquireConnectionTimeout` of the app's pool, in ms. */
  postgresAcquireTimeoutMs?: number;
}

/**
 * Two connections to one database, for the reliability tests that break
 * the app's connection or hold locks against it: `app`, which the test owns
 * (it may destroy it), and `other`, which stays open to hold a lock or to
 * check what was stored. SQLite: two pools on one file in a temporary
 * folder; PostgreSQL: the test database and a second pool to it.
 * `cleanup` destroys what this function opened and removes the folder.
 */
export async function ownConnections(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
  limits: OwnConnectionLimits = {},
): Promise<{ app: Knex; other: Knex; cleanup: () => Promise<void> }> {
  if (databaseId === 'SQLITE_3') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-maturity-'));
    const busyTimeout = limits.sqliteBusyTimeoutMs;
    const open = () =>
      knexFactory({
        client: 'better-sqlite3',
        connection: { filename: path.join(dir, 'plugin.sqlite') },
        ...(busyTimeout !== undefined && {
          pool: {
            afterCreate: (
              db: { pragma(sql: string): unknown },
              done: (error: Error | null, db: unknown) => void,
            ) => {
              db.pragma(`busy_timeout = ${busyTimeout}`);
              done(null, db);
            },
          },
        }),
        useNullAsDefault: true,
        log: quiet,
      });
    const app = open();
    const other = open();
    return {
      app,
      other,
      cleanup: async () => {
        await app.destroy();
        await other.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const other = await databases.init(databaseId);
  const settings = other.client.connectionSettings as Knex.PgConnectionConfig;
  const app = knexFactory({
    client: 'pg',
    connection: {
      ...settings,
      // Knex keeps the password out of enumerable properties.
      password: settings.password,
      ...(limits.postgresStatementTimeoutMs !== undefined && {
        statement_timeout: limits.postgresStatementTimeoutMs,
      }),
    },
    pool: { min: 0, max: 2 },
    ...(limits.postgresAcquireTimeoutMs !== undefined && {
      acquireConnectionTimeout: limits.postgresAcquireTimeoutMs,
    }),
    log: quiet,
  });
  // The test database itself belongs to TestDatabases, which closes it.
  return { app, other, cleanup: () => app.destroy() };
}
