import { mockCredentials } from '@backstage/backend-test-utils';
import { defaultModel } from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  SOME_CRITERION,
  answersAtLevel,
  metAnswer,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

const DRAFT = `/assessments/${FRAUD_PATH}/draft`;
const SUBMISSIONS = `/assessments/${FRAUD_PATH}/submissions`;

describe('assessment writes on every database', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())(
    'concurrent saves on %p',
    databaseId => {
      it('lets one of two saves from the same revision win; the other gets 409', async () => {
        const { app } = await createTestApp({
          knex: await databases.init(databaseId),
        });
        await request(app)
          .put(DRAFT)
          .send({ revision: 0, answers: {} })
          .expect(200);

        const writers = ['user:default/ana', 'user:default/bo'];
        const responses = await Promise.all(
          writers.map(writer =>
            request(app)
              .put(DRAFT)
              .set('Authorization', mockCredentials.user.header(writer))
              .send({
                revision: 1,
                answers: {
                  [SOME_CRITERION.id]: {
                    ...metAnswer(SOME_CRITERION),
                    note: writer,
                  },
                },
              }),
          ),
        );
        expect(responses.map(r => r.status).sort()).toEqual([200, 409]);
        const winner = writers[responses.findIndex(r => r.status === 200)];

        const read = await request(app).get(`/assessments/${FRAUD_PATH}`);
        expect(read.body.revision).toBe(2);
        expect(read.body.draft.updatedBy).toBe(winner);
        expect(read.body.draft.answers[SOME_CRITERION.id].note).toBe(winner);
      });

      it('submits the draft atomically; a stale submission writes nothing', async () => {
        const { app } = await createTestApp({
          knex: await databases.init(databaseId),
        });
        const answers = answersAtLevel('development', 'intermediate');
        await request(app)
          .put(DRAFT)
          .send({ revision: 0, answers })
          .expect(200);

        const stale = await request(app)
          .post(SUBMISSIONS)
          .send({ revision: 5 });
        expect(stale.status).toBe(409);
        const history = await request(app).get(SUBMISSIONS);
        expect(history.body.items).toEqual([]);

        const res = await request(app).post(SUBMISSIONS).send({});
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({
          entityRef: FRAUD_REF,
          answers,
          submittedBy: 'user:default/mock',
          modelId: defaultModel.id,
          modelVersion: defaultModel.version,
          overallLevel: 'reproducible',
          areaLevels: { development: 'intermediate' },
        });
        // The save took revision 1, the submission 2: never 0 again.
        const read = await request(app).get(`/assessments/${FRAUD_PATH}`);
        expect(read.body).toMatchObject({
          revision: 2,
          draft: null,
          latestSubmission: { id: res.body.id },
        });
      });
    },
  );
});
