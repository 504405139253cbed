import { defaultModel } from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  answersAtLevel,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

describe('GET /reports/{kind}/{namespace}/{name}', () => {
  const databases = createTestDatabases();

  async function assessedApp() {
    const { app } = await createTestApp({
      knex: await databases.init('SQLITE_3'),
      now: () => new Date('2026-04-01T12:00:00.000Z'),
    });
    await request(app)
      .post(`/assessments/${FRAUD_PATH}/submissions`)
      .send({ answers: answersAtLevel('development', 'intermediate') })
      .expect(201);
    return app;
  }

  it('returns the JSON report in English by default', async () => {
    const res = await request(await assessedApp()).get(
      `/reports/${FRAUD_PATH}`,
    );
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    expect(res.body).toMatchObject({
      lang: 'en',
      entityRef: FRAUD_REF,
      entityTitle: 'Fraud Scorer',
      generatedAt: '2026-04-01T12:00:00.000Z',
      model: { id: defaultModel.id, title: defaultModel.title.en },
      summary: {
        assessed: { by: 'user:default/mock', at: '2026-04-01T12:00:00.000Z' },
      },
    });
    expect(res.body.actionPlan.length).toBeGreaterThan(0);
  });

  it('returns Markdown in Portuguese', async () => {
    const res = await request(await assessedApp()).get(
      `/reports/${FRAUD_PATH}?format=markdown&lang=pt-BR`,
    );
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/markdown');
    expect(res.text).toContain('Fraud Scorer');
    expect(res.text).toContain(defaultModel.areas[0].title['pt-BR']);
  });

  it.each(['format=pdf', 'lang=de'])('rejects %s with 400', async query => {
    const res = await request(await assessedApp()).get(
      `/reports/${FRAUD_PATH}?${query}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(query.split('=')[0]);
  });
});
