import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { mlopsMaturityScorecardReadPermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  SOME_CRITERION,
  metAnswer,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

const answer = { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) };

describe('assessment reads', () => {
  const databases = createTestDatabases();

  it('returns an empty assessment at revision 0', async () => {
    const { app } = await createTestApp({
      knex: await databases.init('SQLITE_3'),
    });
    const res = await request(app).get(`/assessments/${FRAUD_PATH}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      entityRef: FRAUD_REF,
      revision: 0,
      draft: null,
      latestSubmission: null,
      minimumCompleteness: 0,
      canEdit: true,
    });
  });

  it('answers from stored data when the catalog is down', async () => {
    const knex = await databases.init('SQLITE_3');
    const healthy = await createTestApp({ knex });
    await request(healthy.app)
      .put(`/assessments/${FRAUD_PATH}/draft`)
      .send({ revision: 0, answers: answer })
      .expect(200);

    const { app } = await createTestApp({
      store: healthy.store,
      catalog: catalogServiceMock.mock({
        getEntityByRef: jest.fn().mockRejectedValue(new Error('ECONNREFUSED')),
      }),
    });
    const res = await request(app).get(`/assessments/${FRAUD_PATH}`);
    expect(res.status).toBe(200);
    expect(res.body.draft.answers).toEqual(answer);
    const history = await request(app).get(
      `/assessments/${FRAUD_PATH}/submissions`,
    );
    expect(history.status).toBe(200);
  });

  it.each([
    [`/assessments/${FRAUD_PATH}`],
    [`/assessments/${FRAUD_PATH}/submissions`],
    [
      `/assessments/${FRAUD_PATH}/submissions/00000000-0000-4000-8000-000000000000`,
    ],
  ])('answers 403 on %s when reading is denied', async path => {
    const { app } = await createTestApp({
      knex: await databases.init('SQLITE_3'),
      denied: [mlopsMaturityScorecardReadPermission.name],
    });
    expect((await request(app).get(path)).status).toBe(403);
  });

  it('answers 404 for a non-ML entity', async () => {
    const { app } = await createTestApp({
      knex: await databases.init('SQLITE_3'),
    });
    const res = await request(app).get(
      '/assessments/component/default/website/submissions',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/mlopsMaturity\.entities/);
  });
});
