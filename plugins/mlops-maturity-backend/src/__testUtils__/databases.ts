import {
  TestDatabases,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';

/**
 * The databases the store is tested on: SQLite always, PostgreSQL 15 when
 * `BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING` points at a server
 * (`.ci/run` sets it). Docker is never started, so a machine without that
 * variable runs the SQLite half instead of failing.
 */
export function createTestDatabases(): TestDatabases {
  const ids: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15'];
  return TestDatabases.create({ ids, disableDocker: true });
}

/**
 * Matches a primary-key violation on SQLite or PostgreSQL. Matched by code:
 * better-sqlite3 creates its errors in the realm of the first test file that
 * loaded it, so `toThrow()` does not recognise them in later files.
 */
export const uniqueViolation = {
  code: expect.stringMatching(/^(SQLITE_CONSTRAINT|23505$)/),
};
