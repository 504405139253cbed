import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  OverviewLevelsResponse,
  ServiceLevelEntry,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { expectMatchesSpec } from '../../__testUtils__/openApiSpec';
import { createOrganisationApp } from '../../__testUtils__/organisationApp';

jest.setTimeout(60_000);

/** Every page of `GET /overview/levels` at `limit`, and how many requests it took. */
async function allPages(app: express.Express, limit: number) {
  const items: ServiceLevelEntry[] = [];
  let after: string | null = null;
  let requests = 0;
  do {
    const res: request.Response = await request(app)
      .get('/overview/levels')
      .query({ limit, ...(after ? { after } : {}) });
    expect(res.status).toBe(200);
    expectMatchesSpec('get', '/overview/levels', res);
    requests += 1;
    const body = res.body as OverviewLevelsResponse;
    items.push(...body.items);
    after = body.nextAfter;
  } while (after !== null);
  return { items, requests };
}

describe('GET /overview/levels', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('lists every ML service with its status and overall level, a page at a time', async () => {
      const { app } = await createOrganisationApp(databases, databaseId);
      const whole = await allPages(app, 5000);
      expect(whole.requests).toBe(1);
      // The six ML services of the organisation, in ref order; not the website.
      expect(whole.items.map(i => i.entityRef)).toEqual([
        'component:default/svc-a1',
        'component:default/svc-a2',
        'component:default/svc-b1',
        'component:default/svc-b2',
        'component:default/svc-p1',
        'component:default/svc-x',
      ]);
      const byName = Object.fromEntries(
        whole.items.map(i => [i.entityRef.split('/')[1], i]),
      );
      expect(byName['svc-a1']).toMatchObject({
        status: 'assessed',
        overallLevelId: 'managed',
      });
      expect(byName['svc-a2']).toMatchObject({
        status: 'assessed',
        overallLevelId: 'reproducible',
      });
      expect(byName['svc-p1']).toMatchObject({
        status: 'assessed',
        overallLevelId: 'defined',
      });
      expect(byName['svc-b2'].status).not.toBe('assessed');

      // The same as the service list says of each service.
      const list = await request(app)
        .get('/overview/entities')
        .query({ limit: 100, includeProvisional: 'true' });
      expect(
        Object.fromEntries(
          whole.items.map(i => [i.entityRef, [i.status, i.overallLevelId]]),
        ),
      ).toEqual(
        Object.fromEntries(
          list.body.items.map((r: any) => [
            r.entityRef,
            [r.status, r.overallLevelId],
          ]),
        ),
      );

      const paged = await allPages(app, 4);
      expect(paged.requests).toBe(2);
      expect(paged.items).toEqual(whole.items);
    });
  });

  describe('on SQLite', () => {
    let app: express.Express;
    beforeAll(async () => {
      ({ app } = await createOrganisationApp(databases, 'SQLITE_3'));
    });

    it('answers a service principal', async () => {
      const res = await request(app)
        .get('/overview/levels')
        .set('Authorization', mockCredentials.service.header());
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(6);
    });

    it('is 401 without credentials', async () => {
      const res = await request(app)
        .get('/overview/levels')
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(401);
    });

    it('is 400 naming the field on a bad limit', async () => {
      const res = await request(app).get('/overview/levels?limit=0');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('limit');
      expectMatchesSpec('get', '/overview/levels', res);
    });
  });

  it('is 403 without mlops-maturity.overview.read', async () => {
    const { app } = await createOrganisationApp(databases, 'SQLITE_3', {
      denied: ['mlops-maturity.overview.read'],
    });
    const res = await request(app).get('/overview/levels');
    expect(res.status).toBe(403);
    expectMatchesSpec('get', '/overview/levels', res);
  });

  it('lists nothing to a user the catalog lets read no entity', async () => {
    const { app } = await createOrganisationApp(databases, 'SQLITE_3', {
      denied: ['catalog.entity.read'],
    });
    const res = await request(app).get('/overview/levels');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: [], nextAfter: null });
  });
});
