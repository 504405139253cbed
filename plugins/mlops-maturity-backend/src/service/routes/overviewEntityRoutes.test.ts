import {
  defaultModel,
  OVERVIEW_MAX_OFFSET,
  overviewMaxPage,
  type OverviewEntityRow,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { expectMatchesSpec } from '../../__testUtils__/openApiSpec';
import { daysAgo } from '../../__testUtils__/organisation';
import { createOrganisationApp } from '../../__testUtils__/organisationApp';

jest.setTimeout(60_000);

const names = (res: request.Response) =>
  res.body.items.map((row: OverviewEntityRow) => row.name);

describe('GET /overview/entities and /overview/export', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    beforeAll(async () => {
      ({ app } = await createOrganisationApp(databases, databaseId));
    });

    it('lists services with their levels, sorted by name by default', async () => {
      const res = await request(app).get('/overview/entities');
      expect(res.status).toBe(200);
      expectMatchesSpec('get', '/overview/entities', res);
      expect(res.body).toMatchObject({
        total: 6,
        offset: 0,
        limit: 50,
        sort: 'name',
        order: 'asc',
      });
      expect(names(res)).toEqual([
        'svc-a1',
        'svc-a2',
        'svc-b1',
        'svc-b2',
        'svc-p1',
        'svc-x',
      ]);
      const a1 = res.body.items[0] as OverviewEntityRow;
      expect(a1).toEqual({
        entityRef: 'component:default/svc-a1',
        kind: 'component',
        namespace: 'default',
        name: 'svc-a1',
        title: 'Service svc-a1',
        ownerRef: 'group:default/team-a',
        systemRef: 'system:default/recs',
        domainRef: 'domain:default/commerce',
        lifecycle: 'production',
        type: 'ml-service',
        tags: ['gpu'],
        status: 'assessed',
        overallLevelId: 'managed',
        areas: expect.objectContaining({
          development: { levelId: 'advanced', score: 100 },
        }),
        assessedAt: daysAgo(10).toISOString(),
        assessedBy: 'user:default/ana',
        submissionId: expect.any(String),
        stale: false,
        reviewed: false,
        modelVersion: defaultModel.version,
      });
      expect(res.body.items[1]).toMatchObject({ name: 'svc-a2', stale: true });
      expect(res.body.items[3]).toMatchObject({
        name: 'svc-b2',
        lifecycle: 'production',
        assessedAt: null,
        stale: false,
        reviewed: false,
      });
    });

    it('pages with page and pageSize, or offset and limit', async () => {
      const second = await request(app).get(
        '/overview/entities?page=2&pageSize=4',
      );
      expect(names(second)).toEqual(['svc-p1', 'svc-x']);
      expect(second.body).toMatchObject({ total: 6, offset: 4, limit: 4 });
      const slice = await request(app).get(
        '/overview/entities?offset=1&limit=2',
      );
      expect(names(slice)).toEqual(['svc-a2', 'svc-b1']);
      const past = await request(app).get(
        '/overview/entities?page=9&pageSize=5',
      );
      expect(past.body).toMatchObject({ items: [], total: 6 });
    });

    it.each([
      [
        'overall',
        'asc',
        ['svc-b1', 'svc-b2', 'svc-a2', 'svc-p1', 'svc-a1', 'svc-x'],
      ],
      [
        'overall',
        'desc',
        ['svc-a1', 'svc-p1', 'svc-a2', 'svc-b1', 'svc-b2', 'svc-x'],
      ],
      [
        'area:development:level',
        'desc',
        ['svc-a1', 'svc-p1', 'svc-a2', 'svc-b1', 'svc-b2', 'svc-x'],
      ],
      [
        'area:development:score',
        'asc',
        ['svc-b1', 'svc-a2', 'svc-a1', 'svc-p1', 'svc-b2', 'svc-x'],
      ],
      [
        'assessedAt',
        'desc',
        ['svc-p1', 'svc-a1', 'svc-b1', 'svc-a2', 'svc-b2', 'svc-x'],
      ],
      [
        'owner',
        'asc',
        ['svc-p1', 'svc-a1', 'svc-a2', 'svc-b1', 'svc-b2', 'svc-x'],
      ],
    ])(
      'sorts by %s %s, services without a value last',
      async (sort, order, expected) => {
        const res = await request(app).get(
          `/overview/entities?sort=${sort}&order=${order}`,
        );
        expect(res.status).toBe(200);
        expect(names(res)).toEqual(expected);
      },
    );

    it('filters like the overview, an owner including its sub-groups', async () => {
      const res = await request(app).get(
        '/overview/entities?owner=data&lifecycle=production&sort=name&order=desc',
      );
      expect(names(res)).toEqual(['svc-b2', 'svc-b1', 'svc-a1']);
      expect(res.body.total).toBe(3);
    });

    it('exports every filtered row as CSV in the same order', async () => {
      const res = await request(app).get(
        '/overview/export?format=csv&owner=data&sort=overall&order=desc',
      );
      expect(res.status).toBe(200);
      expectMatchesSpec('get', '/overview/export', res);
      expect(res.headers['content-disposition']).toContain(
        'mlops-maturity-services.csv',
      );
      const lines = res.text.split('\r\n');
      expect(lines[0]).toBe(
        'entity_ref,name,title,owner,system,domain,lifecycle,type,tags,status,overall_level,' +
          'development_level,development_score,deployment_level,deployment_score,' +
          'monitoring_level,monitoring_score,governance_level,governance_score,' +
          'assessed_at,assessed_by,stale,reviewed,model_version',
      );
      expect(lines.slice(1, -1).map(l => l.split(',')[1])).toEqual([
        'svc-a1',
        'svc-a2',
        'svc-b1',
        'svc-b2',
      ]);
      expect(lines.at(-1)).toBe('');
      expect(lines[2]).toContain(
        `,${daysAgo(200).toISOString()},user:default/ana,true,false,${
          defaultModel.version
        }`,
      );
    });
  });

  describe('validation', () => {
    let app: express.Express;
    beforeAll(async () => {
      ({ app } = await createOrganisationApp(databases, 'SQLITE_3'));
    });

    it.each([
      ['pageSize=201', 'pageSize'],
      ['limit=0', 'limit'],
      ['page=0', 'page'],
      ['page=x', 'page'],
      ['page=1&offset=5', 'offset'],
      ['sort=colour', 'sort'],
      ['sort=area:nope:level', 'sort'],
      ['sort=area:development:rank', 'sort'],
      ['order=up', 'order'],
      ['stale=maybe', 'stale'],
      // Numbers beyond every bound: refused, never passed to the database.
      ['offset=1e20', 'offset'],
      ['page=1e20', 'page'],
      ['offset=100000000000000000000', 'offset'],
      ['page=100000000000000000000', 'page'],
      ['limit=100000000000000000000', 'limit'],
      ['pageSize=100000000000000000000', 'pageSize'],
      [`offset=${OVERVIEW_MAX_OFFSET + 1}`, 'offset'],
      [`page=${overviewMaxPage(50) + 1}`, 'page'],
      [`page=${overviewMaxPage(200) + 1}&pageSize=200`, 'page'],
    ])('answers 400 for %s, naming %s', async (query, parameter) => {
      const res = await request(app).get(`/overview/entities?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toContain(`${parameter}:`);
    });

    it('answers the furthest page and offset it allows, empty past the last service', async () => {
      for (const query of [
        `offset=${OVERVIEW_MAX_OFFSET}&limit=200`,
        `page=${overviewMaxPage(200)}&pageSize=200`,
      ]) {
        const res = await request(app).get(`/overview/entities?${query}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          items: [],
          total: 6,
          offset: OVERVIEW_MAX_OFFSET,
          limit: 200,
        });
      }
    });

    it('answers 400 for an export format it cannot write', async () => {
      const res = await request(app).get('/overview/export?format=xlsx');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('format');
    });
  });
});
