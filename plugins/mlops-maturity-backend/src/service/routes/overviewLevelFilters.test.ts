import type {
  OverviewEntityRow,
  OverviewResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { createOrganisationApp } from '../../__testUtils__/organisationApp';

jest.setTimeout(60_000);

const names = (res: request.Response) =>
  res.body.items.map((row: OverviewEntityRow) => row.name);

/*
 * The organisation (see __testUtils__/organisation.ts): svc-a1 managed
 * (every area Intermediate, Development Advanced), svc-a2 reproducible
 * (Development Intermediate), svc-b1 initial (all Basic), svc-p1 defined
 * (Monitoring Basic), svc-b2 provisional (initial, from the catalog only),
 * svc-x without any level.
 */
describe('the level filters levelBelow and levelAtLeast', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    beforeAll(async () => {
      ({ app } = await createOrganisationApp(databases, databaseId));
    });

    it('keeps the services below a level in an area; those without a level there match neither filter', async () => {
      const below = await request(app).get(
        '/overview/entities?levelBelow=monitoring:intermediate',
      );
      expect(below.status).toBe(200);
      expect(names(below)).toEqual(['svc-a2', 'svc-b1', 'svc-p1']);
      const atLeast = await request(app).get(
        '/overview/entities?levelAtLeast=monitoring:intermediate',
      );
      expect(names(atLeast)).toEqual(['svc-a1']);
    });

    it('compares the overall level with overall:<level>', async () => {
      const res = await request(app).get(
        '/overview/entities?levelAtLeast=overall:defined',
      );
      expect(names(res)).toEqual(['svc-a1', 'svc-p1']);
      const below = await request(app).get(
        '/overview/entities?levelBelow=overall:reproducible',
      );
      // svc-b2 has no submission: its overall level is provisional (from
      // the catalog), which the filter compares too unless assessed=true.
      expect(names(below)).toEqual(['svc-b1', 'svc-b2']);
      const assessed = await request(app).get(
        '/overview/entities?levelBelow=overall:reproducible&assessed=true',
      );
      expect(names(assessed)).toEqual(['svc-b1']);
    });

    it('matches any value of one filter, and every filter', async () => {
      const any = await request(app).get(
        '/overview/entities?levelBelow=overall:reproducible&levelBelow=development:intermediate&levelBelow=governance:intermediate',
      );
      expect(names(any)).toEqual(['svc-a2', 'svc-b1', 'svc-b2']);
      const both = await request(app).get(
        '/overview/entities?levelBelow=monitoring:intermediate&levelAtLeast=overall:defined&owner=acme',
      );
      expect(names(both)).toEqual(['svc-p1']);
      expect(both.body.total).toBe(1);
    });

    it('applies to the groups of GET /overview as to the list', async () => {
      const res = await request(app).get(
        '/overview?levelBelow=monitoring:intermediate',
      );
      expect(res.status).toBe(200);
      const body = res.body as OverviewResponse;
      expect(body.organisation.services).toBe(3);
      expect(
        Object.fromEntries(body.groups.map(g => [g.ref, g.services])),
      ).toEqual({
        'group:default/acme': 3,
        'group:default/data': 2,
        'group:default/team-a': 1,
        'group:default/team-b': 1,
        'group:default/platform': 1,
      });
    });

    it('answers 400 naming the parameter for a level or area the model does not have', async () => {
      for (const query of [
        'levelBelow=monitoring:expert',
        'levelAtLeast=nowhere:basic',
        'levelBelow=overall:intermediate',
        'levelBelow=monitoring',
      ]) {
        const res = await request(app).get(`/overview/entities?${query}`);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(query.split('=')[0]);
      }
      const trends = await request(app).get(
        '/overview/trends?levelAtLeast=overall:nowhere',
      );
      expect(trends.status).toBe(400);
      expect(trends.body.error.message).toContain('levelAtLeast');
    });
  });
});
