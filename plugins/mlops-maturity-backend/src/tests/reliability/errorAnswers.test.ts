import { mockServices } from '@backstage/backend-test-utils';
import type { AuditorServiceEvent } from '@backstage/backend-plugin-api';
import request from 'supertest';
import type { AssessmentStore } from '../../database/AssessmentStore';
import { DatabaseAssessmentStore } from '../../database/DatabaseAssessmentStore';
import { withDatabaseErrors } from '../../database/databaseErrors';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  SOME_CRITERION,
  metAnswer,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

const answers = { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) };

/** Text that would show a database message, SQL or a stack in a response. */
const LEAK =
  /select |insert into|delete from|update "|SQLITE_|relation "|no such table|secret|\bat \S+ \(|\.ts:\d+/i;

/** Errors as the database drivers raise them, through knex (SQL in the message). */
const DRIVER_OUTAGES: Array<[string, Error]> = [
  [
    'SQLite busy',
    Object.assign(
      new Error(
        `select * from "drafts" where "entity_ref" = 'secret' - SQLITE_BUSY: database is locked`,
      ),
      { code: 'SQLITE_BUSY' },
    ),
  ],
  [
    'SQLite I/O error',
    Object.assign(
      new Error(`insert into "drafts" values ('secret') - disk I/O error`),
      { code: 'SQLITE_IOERR_WRITE' },
    ),
  ],
  [
    'PostgreSQL shutting down',
    Object.assign(
      new Error(
        `select * from "drafts" where "entity_ref" = $1 - terminating connection due to administrator command (secret)`,
      ),
      { code: '57P01' },
    ),
  ],
  [
    'PostgreSQL out of disk',
    Object.assign(
      new Error(`insert into "drafts" - could not extend file (secret)`),
      { code: '53100' },
    ),
  ],
  [
    'a reset connection',
    Object.assign(new Error('read ECONNRESET secret'), { code: 'ECONNRESET' }),
  ],
];

/**
 * A store whose methods fail with the error `fail` names, thrown raw; or,
 * with `wrapped`, every method fails with it through `withDatabaseErrors`,
 * as the real store reports an outage.
 */
function failingStore(
  real: AssessmentStore,
  fail: (method: string) => Error | undefined,
  wrapped?: Error,
): AssessmentStore {
  return new Proxy(real, {
    get(target, prop: keyof AssessmentStore) {
      const method = target[prop] as (...args: unknown[]) => Promise<unknown>;
      return async (...args: unknown[]) => {
        if (wrapped) {
          return withDatabaseErrors('test', () => Promise.reject(wrapped));
        }
        const error = fail(prop);
        if (error) throw error;
        return method.apply(target, args);
      };
    },
  });
}

describe('reliability: error answers', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const realStore = async () => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseAssessmentStore.create({
        database: mockServices.database({ knex }),
      });
      return { knex, store };
    };

    it('a query bug is a 500 with a generic message and a log id, no SQL, no stack; nothing stored', async () => {
      const { knex } = await realStore();
      const { app } = await createTestApp({ knex });
      await knex.schema.dropTable('targets');
      const res = await request(app)
        .put(`/targets/${FRAUD_PATH}`)
        .send({ targets: { development: 'advanced' } });
      expect(res.status).toBe(500);
      expect(res.body.error.message).toMatch(
        /^An internal error occurred in the MLOps maturity backend \(logId=[0-9a-f]+\)/,
      );
      expect(JSON.stringify(res.body)).not.toMatch(LEAK);
      expect(res.body.error).not.toHaveProperty('stack');
      expect(await knex('entity_index')).toEqual([]);
    });

    it('a submission whose audit record fails after the commit is answered 201, not an error to retry', async () => {
      const { knex } = await realStore();
      const auditor = mockServices.auditor.mock({
        createEvent: jest.fn(
          async (): Promise<AuditorServiceEvent> => ({
            success: async () => {
              throw new Error('the audit log is unavailable');
            },
            fail: async () => undefined,
          }),
        ),
      });
      const { app } = await createTestApp({ knex, auditor });
      const res = await request(app)
        .post(`/assessments/${FRAUD_PATH}/submissions`)
        .send({ answers });
      expect(res.status).toBe(201);
      expect(await knex('submissions').select('id')).toEqual([
        { id: res.body.id },
      ]);
    });

    it('a target change is answered 200 once committed, even when the database fails right after', async () => {
      const { knex, store } = await realStore();
      let committed = false;
      const down = Object.assign(new Error('connect ECONNREFUSED'), {
        code: 'ECONNREFUSED',
      });
      const flaky = new Proxy(store, {
        get(target, prop: keyof AssessmentStore) {
          const method = target[prop] as (
            ...args: unknown[]
          ) => Promise<unknown>;
          return async (...args: unknown[]) => {
            if (committed) {
              return withDatabaseErrors('test', () => Promise.reject(down));
            }
            const result = await method.apply(target, args);
            if (prop === 'replaceTargets') committed = true;
            return result;
          };
        },
      });
      const { app } = await createTestApp({ knex, store: flaky });
      const res = await request(app)
        .put(`/targets/${FRAUD_PATH}`)
        .send({ targets: { development: 'advanced' } });
      expect(res.status).toBe(200);
      expect(res.body.targets).toEqual({ development: 'advanced' });
      expect(await knex('targets').select('area_id', 'level_id')).toEqual([
        { area_id: 'development', level_id: 'advanced' },
      ]);
    });
  });

  // The errors come from a stand-in store, so one database is enough.
  describe('driver errors of an unreachable database', () => {
    it.each(DRIVER_OUTAGES)(
      '%s is a 503 without the driver message, wherever it is thrown',
      async (_what, outage) => {
        const knex = await databases.init('SQLITE_3');
        const store = await DatabaseAssessmentStore.create({
          database: mockServices.database({ knex }),
        });
        // Thrown raw (a path that forgot withDatabaseErrors) and wrapped.
        for (const failing of [
          failingStore(store, () => outage),
          failingStore(store, () => undefined, outage),
        ]) {
          const { app } = await createTestApp({ knex, store: failing });
          for (const res of [
            await request(app).get(`/assessments/${FRAUD_PATH}`),
            await request(app)
              .put(`/assessments/${FRAUD_PATH}/draft`)
              .send({ revision: 0, answers }),
          ]) {
            expect(res.status).toBe(503);
            expect(res.body.error.name).toBe('ServiceUnavailableError');
            expect(res.body.error.message).toMatch(/database is unavailable/);
            expect(JSON.stringify(res.body)).not.toMatch(LEAK);
          }
        }
        expect(await knex('drafts')).toEqual([]);
      },
    );
  });
});
