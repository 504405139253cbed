import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { expectMatchesSpec } from '../../__testUtils__/openApiSpec';
import { createOrganisationApp } from '../../__testUtils__/organisationApp';

jest.setTimeout(60_000);

describe('GET /overview: the minimum of assessed services for a median', () => {
  const databases = createTestDatabases();

  it('says the configured minimum, for the views to apply to each group', async () => {
    const { app } = await createOrganisationApp(databases, 'SQLITE_3', {
      minimumAssessedForMedian: 3,
    });
    const res = await request(app).get('/overview');
    expect(res.status).toBe(200);
    expectMatchesSpec('get', '/overview', res);
    expect(res.body.minimumAssessedForMedian).toBe(3);
  });
});
