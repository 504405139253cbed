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

/** Text that would show a database message, SQL or a stack in a response. */
const LEAK =
  /select |insert into|delete from|update "|SQLITE_|relation "|knex|\bat \S+ \(|\.ts:\d+/i;

describe('reliability: the database stops', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('answers 503 with a message to every request, and stores nothing', async () => {
      // A request waits at most 2 s for a connection of the app's pool.
      const {
        app: appKnex,
        other: check,
        cleanup,
      } = await ownConnections(databases, databaseId, {
        postgresAcquireTimeoutMs: 2000,
      });
      try {
        const { app } = await createTestApp({ knex: appKnex });
        await request(app)
          .put(`/assessments/${FRAUD_PATH}/draft`)
          .send({ revision: 0, answers: saved })
          .expect(200);

        // The pool is gone, as when the database was stopped under the plugin.
        await appKnex.destroy();

        const requests: Array<[string, () => request.Test]> = [
          [
            'draft save',
            () =>
              request(app)
                .put(`/assessments/${FRAUD_PATH}/draft`)
                .send({ revision: 1, answers: other }),
          ],
          [
            'draft submission',
            () =>
              request(app)
                .post(`/assessments/${FRAUD_PATH}/submissions`)
                .send({ revision: 1 }),
          ],
          [
            'submission of answers',
            () =>
              request(app)
                .post(`/assessments/${FRAUD_PATH}/submissions`)
                .send({ answers: other }),
          ],
          [
            'target change',
            () =>
              request(app)
                .put(`/targets/${FRAUD_PATH}`)
                .send({ targets: { development: 'advanced' } }),
          ],
          [
            'assessment read',
            () => request(app).get(`/assessments/${FRAUD_PATH}`),
          ],
          [
            'scorecard read',
            () => request(app).get(`/scorecards/${FRAUD_PATH}`),
          ],
          ['index refresh', () => request(app).post('/overview/refresh')],
        ];
        for (const [what, send] of requests) {
          const res = await send();
          expect({ what, status: res.status }).toEqual({ what, status: 503 });
          expect(res.body.error.name).toBe('ServiceUnavailableError');
          expect(res.body.error.message).toMatch(/unavailable|try again/i);
          expect(res.headers['retry-after']).toBe('5');
          expect(JSON.stringify(res.body)).not.toMatch(LEAK);
          expect(res.body.error).not.toHaveProperty('stack');
          expect(res.body.error).not.toHaveProperty('cause');
        }

        // Nothing was written: the draft is as it was before the outage.
        expect(await check('drafts').select('revision', 'answers')).toEqual([
          { revision: 1, answers: JSON.stringify(saved) },
        ]);
        expect(await check('submissions')).toEqual([]);
        expect(await check('targets')).toEqual([]);
        expect(
          (await check('assessment_revisions')).map(r => Number(r.revision)),
        ).toEqual([1]);
      } finally {
        await appKnex.destroy();
        await cleanup();
      }
    });
  });
});
