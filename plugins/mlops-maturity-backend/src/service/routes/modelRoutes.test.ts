import { mockCredentials } from '@backstage/backend-test-utils';
import { defaultModel } from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { createTestApp } from '../../__testUtils__/testApp';

describe('GET /model', () => {
  const databases = createTestDatabases();

  async function app() {
    return (await createTestApp({ knex: await databases.init('SQLITE_3') }))
      .app;
  }

  it('returns the full model with every language without lang', async () => {
    const res = await request(await app()).get('/model');
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(defaultModel.id);
    expect(res.body.title).toEqual(defaultModel.title);
  });

  it.each(['en', 'pt-BR'] as const)('returns the texts in %s', async lang => {
    const res = await request(await app()).get(`/model?lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.body.title).toBe(defaultModel.title[lang]);
    expect(res.body.areas[0].criteria[0].question).toBe(
      defaultModel.areas[0].criteria[0].question[lang],
    );
  });

  it('rejects an unknown language naming the parameter', async () => {
    const res = await request(await app()).get('/model?lang=fr');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/lang/);
  });

  it('needs credentials', async () => {
    const res = await request(await app())
      .get('/model')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});
