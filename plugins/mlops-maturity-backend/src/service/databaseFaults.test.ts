import { mockServices } from '@backstage/backend-test-utils';
import knexFactory, { type Knex } from 'knex';
import request from 'supertest';
import type { AssessmentStore } from '../database/AssessmentStore';
import { DatabaseAssessmentStore } from '../database/DatabaseAssessmentStore';
import { withDatabaseErrors } from '../database/databaseErrors';
import { createTestDatabases } from '../__testUtils__/databases';
import { FRAUD_PATH } from '../__testUtils__/fixtures';
import { createTestApp } from '../__testUtils__/testApp';
import { TcpProxy } from '../__testUtils__/TcpProxy';

jest.setTimeout(30_000);

describe('database failures', () => {
  const databases = createTestDatabases();

  it('answers 503 with a clear message when the database cannot be reached', async () => {
    // Nothing listens on port 1: every query fails to connect.
    const knex = knexFactory({
      client: 'pg',
      connection: 'postgresql://user:secret@127.0.0.1:1/nowhere',
      acquireConnectionTimeout: 2000,
      log: { error() {}, warn() {}, debug() {}, deprecate() {} },
    });
    try {
      const store = await DatabaseAssessmentStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      const { app } = await createTestApp({ store });
      for (const req of [
        request(app).get(`/scorecards/${FRAUD_PATH}`),
        request(app).get(`/assessments/${FRAUD_PATH}`),
        request(app)
          .put(`/assessments/${FRAUD_PATH}/draft`)
          .send({ revision: 0, answers: {} }),
      ]) {
        const res = await req;
        expect(res.status).toBe(503);
        expect(res.body.error.name).toBe('ServiceUnavailableError');
        expect(res.body.error.message).toMatch(
          /MLOps maturity database is unavailable/,
        );
        expect(res.body.error.message).not.toContain('secret');
      }
    } finally {
      await knex.destroy();
    }
  });

  it('recovers as soon as the database answers again', async () => {
    const real = await DatabaseAssessmentStore.create({
      database: mockServices.database({
        knex: await databases.init('SQLITE_3'),
      }),
    });
    let down = true;
    const outage = Object.assign(
      new Error('connect ECONNREFUSED 127.0.0.1:5432'),
      {
        code: 'ECONNREFUSED',
      },
    );
    // Fails like an unreachable database while `down`, then behaves normally.
    const flaky = new Proxy(real, {
      get(target, prop: keyof AssessmentStore) {
        const method = target[prop] as (...args: unknown[]) => Promise<unknown>;
        return async (...args: unknown[]) => {
          if (down) {
            return withDatabaseErrors('test', () => Promise.reject(outage));
          }
          return method.apply(target, args);
        };
      },
    });
    const { app } = await createTestApp({ store: flaky });

    expect((await request(app).get(`/assessments/${FRAUD_PATH}`)).status).toBe(
      503,
    );
    down = false;
    const res = await request(app).get(`/assessments/${FRAUD_PATH}`);
    expect(res.status).toBe(200);
    expect(res.body.revision).toBe(0);
  });

  // A real outage: PostgreSQL behind a TCP proxy that the test stops and
  // restarts. Runs when a PostgreSQL test database is configured.
  const postgres = databases
    .eachSupportedId()
    .map(([id]) => id)
    .filter(id => id !== 'SQLITE_3');
  for (const databaseId of postgres) {
    it(`answers 503 while ${databaseId} is unreachable and recovers when it is back`, async () => {
      const direct = await databases.init(databaseId);
      const target = direct.client
        .connectionSettings as Knex.PgConnectionConfig;
      const proxy = new TcpProxy(
        target.host ?? 'localhost',
        Number(target.port ?? 5432),
      );
      await proxy.start(0);
      const knex = knexFactory({
        client: 'pg',
        // Knex keeps the password out of enumerable properties.
        connection: {
          ...target,
          password: target.password,
          host: '127.0.0.1',
          port: proxy.port,
        },
        pool: { min: 0, max: 2 },
        acquireConnectionTimeout: 3000,
        log: { error() {}, warn() {}, debug() {}, deprecate() {} },
      });
      try {
        const store = await DatabaseAssessmentStore.create({
          database: mockServices.database({ knex }),
        });
        const { app } = await createTestApp({ store });
        const save = (revision: number) =>
          request(app)
            .put(`/assessments/${FRAUD_PATH}/draft`)
            .send({ revision, answers: {} });

        expect((await save(0)).status).toBe(200);

        await proxy.stop();
        const down = await save(1);
        expect(down.status).toBe(503);
        expect(down.body.error.message).toMatch(/database is unavailable/);

        await proxy.start(proxy.port);
        expect((await save(1)).status).toBe(200);
        const read = await request(app).get(`/assessments/${FRAUD_PATH}`);
        expect(read.body.revision).toBe(2);
      } finally {
        await knex.destroy();
        await proxy.stop();
      }
    });
  }
});
