import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  answersAtLevel,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

describe('GET /roadmap/{kind}/{namespace}/{name}', () => {
  const databases = createTestDatabases();

  it('lists unmet criteria up to the targets, in roadmap order', async () => {
    const { app } = await createTestApp({
      knex: await databases.init('SQLITE_3'),
    });
    await request(app)
      .post(`/assessments/${FRAUD_PATH}/submissions`)
      .send({ answers: answersAtLevel('development', 'intermediate') })
      .expect(201);
    const res = await request(app).get(`/roadmap/${FRAUD_PATH}`);
    expect(res.status).toBe(200);
    expect(res.body.entityRef).toBe(FRAUD_REF);
    expect(res.body.targets.development).toBe('advanced');
    const development = res.body.items.filter(
      (i: { areaId: string }) => i.areaId === 'development',
    );
    expect(development.length).toBeGreaterThan(0);
    for (const item of development) expect(item.levelId).toBe('advanced');
    // The same items, in the same order, as the scorecard's roadmap.
    const scorecard = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(res.body.items).toEqual(scorecard.body.scorecard.roadmap);
  });

  it('answers 404 for a non-ML entity', async () => {
    const { app } = await createTestApp({
      knex: await databases.init('SQLITE_3'),
    });
    expect(
      (await request(app).get('/roadmap/component/default/website')).status,
    ).toBe(404);
  });
});
