import type { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  SOME_CRITERION,
  metAnswer,
  unmetAnswer,
} from '../../__testUtils__/fixtures';
import { ownConnections } from '../../__testUtils__/ownConnections';
import { createTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

const saved = { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) };
const other = { [SOME_CRITERION.id]: unmetAnswer(SOME_CRITERION) };

/** How long a statement may wait here: PostgreSQL's statement_timeout, SQLite's busy timeout. */
const WAIT_MS = 500;

/**
 * A database that holds a lock and does not let go, as when another
 * session's transaction hangs: the plugin's statements must give up after
 * the connection's own limit (on PostgreSQL the `statement_timeout` the
 * README recommends, on SQLite the busy timeout), answer 503 and store
 * nothing, and work again once the lock is gone.
 */
describe('reliability: the database holds a lock and does not answer', () => {
  const databases = createTestDatabases();

  /** Takes a lock that blocks every write of an assessment, until released. */
  async function holdWriteLock(
    databaseId: string,
    holder: Knex,
  ): Promise<() => Promise<void>> {
    const trx = await holder.transaction();
    if (databaseId === 'SQLITE_3') {
      // A write makes the transaction hold SQLite's write lock.
      await trx('drafts').update({ revision: trx.ref('revision') });
    } else {
      await trx.raw('LOCK TABLE assessment_revisions IN EXCLUSIVE MODE');
    }
    return async () => {
      await trx.rollback();
    };
  }

  it.each(databases.eachSupportedId())(
    'answers a write 503 within the wait limit, stores nothing, and recovers, on %p',
    async databaseId => {
      const {
        app: appKnex,
        other: holder,
        cleanup,
      } = await ownConnections(databases, databaseId, {
        sqliteBusyTimeoutMs: WAIT_MS,
        postgresStatementTimeoutMs: WAIT_MS,
      });
      try {
        const { app } = await createTestApp({ knex: appKnex });
        await request(app)
          .put(`/assessments/${FRAUD_PATH}/draft`)
          .send({ revision: 0, answers: saved })
          .expect(200);

        const release = await holdWriteLock(databaseId, holder);
        let released = false;
        try {
          // Without a limit this request would wait for the lock, which is
          // released only after it answers: the test would time out.
          const res = await request(app)
            .put(`/assessments/${FRAUD_PATH}/draft`)
            .send({ revision: 1, answers: other });
          expect(res.status).toBe(503);
          expect(res.body.error.name).toBe('ServiceUnavailableError');
          expect(res.body.error.message).toMatch(/try again/i);
          await release();
          released = true;
        } finally {
          if (!released) await release();
        }

        // Nothing of the refused save was stored.
        const read = await request(app)
          .get(`/assessments/${FRAUD_PATH}`)
          .expect(200);
        expect(read.body.draft.revision).toBe(1);
        expect(read.body.draft.answers).toEqual(saved);

        // With the lock gone, the same save goes through.
        await request(app)
          .put(`/assessments/${FRAUD_PATH}/draft`)
          .send({ revision: 1, answers: other })
          .expect(200);
      } finally {
        await cleanup();
      }
    },
  );
});
