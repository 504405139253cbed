import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  LevelCount,
  OverviewGroup,
  OverviewResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { expectMatchesSpec } from '../../__testUtils__/openApiSpec';
import { createOrganisationApp } from '../../__testUtils__/organisationApp';

jest.setTimeout(60_000);

/** Counts of a distribution by level id, zeros left out. */
function counts(distribution: LevelCount[]): Record<string, number> {
  return Object.fromEntries(
    distribution
      .filter(c => c.count > 0)
      .map(c => [String(c.levelId), c.count]),
  );
}

function byRef(body: OverviewResponse): Record<string, OverviewGroup> {
  return Object.fromEntries(body.groups.map(g => [String(g.ref), g]));
}

function area(group: { areas: OverviewGroup['areas'] }, areaId: string) {
  return group.areas.find(a => a.areaId === areaId)!;
}

describe('GET /overview', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    beforeAll(async () => {
      ({ app } = await createOrganisationApp(databases, databaseId));
    });

    it('rolls owners up the group hierarchy', async () => {
      const res = await request(app).get('/overview?groupBy=owner');
      expect(res.status).toBe(200);
      expectMatchesSpec('get', '/overview', res);
      const groups = byRef(res.body);
      expect(
        Object.fromEntries(
          Object.entries(groups).map(([ref, g]) => [
            ref,
            [g.services, g.assessed, g.stale],
          ]),
        ),
      ).toEqual({
        'group:default/acme': [5, 4, 1],
        'group:default/data': [4, 3, 1],
        'group:default/team-a': [2, 2, 1],
        'group:default/team-b': [2, 1, 0],
        'group:default/platform': [1, 1, 0],
        'user:default/solo': [1, 0, 0],
      });
      expect(groups['group:default/data']).toMatchObject({
        title: 'DATA',
        type: 'department',
        parentRef: 'group:default/acme',
        assessedShare: 0.75,
        staleShare: 0.25,
      });
      expect(groups['user:default/solo']).toMatchObject({
        title: 'solo',
        type: null,
        parentRef: null,
      });
      // Ordered by title.
      expect(res.body.groups.map((g: OverviewGroup) => g.title)).toEqual([
        'ACME',
        'DATA',
        'PLATFORM',
        'solo',
        'TEAM-A',
        'TEAM-B',
      ]);
    });

    it('gives the organisation row over every service', async () => {
      const res = await request(app).get('/overview');
      const { organisation } = res.body as OverviewResponse;
      expect(organisation).toMatchObject({
        services: 6,
        assessed: 4,
        stale: 1,
        assessedShare: 4 / 6,
        staleShare: 1 / 6,
        covers: 'assessed',
        coverage: { inScope: 6, assessed: 4, stale: 1, provisional: 1 },
      });
      // svc-b2 is provisional (owned by a Group: catalog-only initial) and
      // counts as without a level, as svc-x (not assessed) does.
      expect(counts(organisation.overall)).toEqual({
        managed: 1,
        reproducible: 1,
        defined: 1,
        initial: 1,
        null: 2,
      });
      expect(organisation.overall.map(c => c.levelId)).toEqual([
        'initial',
        'reproducible',
        'defined',
        'managed',
        'optimized',
        null,
      ]);
      // Levels (b1 basic, a2 intermediate, a1 and p1 advanced): the lower middle is intermediate.
      expect(organisation.medianOverallLevelId).toBe('reproducible');
      expect(area(organisation, 'development')).toEqual({
        areaId: 'development',
        distribution: [
          { levelId: 'basic', count: 1 },
          { levelId: 'intermediate', count: 1 },
          { levelId: 'advanced', count: 2 },
          { levelId: null, count: 2 },
        ],
        medianLevelId: 'intermediate',
        // (0 + 63.6 + 100 + 100) / 4; intermediate meets 7 of the 11 criteria.
        meanScore: 65.9,
      });
      expect(res.body.staleAfterDays).toBe(180);
      expect(res.body.refreshedAt).toEqual(expect.any(String));
      // mlopsMaturity.overview.minimumAssessedForMedian's default.
      expect(res.body.minimumAssessedForMedian).toBe(1);
    });

    it('computes per-area medians and means within each group', async () => {
      const groups = byRef((await request(app).get('/overview')).body);
      expect(area(groups['group:default/team-a'], 'development')).toMatchObject(
        // (100 + 63.6) / 2
        { medianLevelId: 'intermediate', meanScore: 81.8 },
      );
      expect(area(groups['group:default/data'], 'development')).toMatchObject({
        medianLevelId: 'intermediate',
        // (0 + 63.6 + 100) / 3
        meanScore: 54.5,
      });
      expect(
        counts(area(groups['group:default/data'], 'development').distribution),
      ).toEqual({ basic: 1, intermediate: 1, advanced: 1, null: 1 });
      expect(area(groups['user:default/solo'], 'development')).toMatchObject({
        medianLevelId: null,
        meanScore: null,
      });
      expect(groups['group:default/platform'].medianOverallLevelId).toBe(
        'defined',
      );
    });

    it('limits owner groups to a group type', async () => {
      const res = await request(app).get(
        '/overview?groupBy=owner&groupType=Team',
      );
      expect(res.body.groups.map((g: OverviewGroup) => g.ref)).toEqual([
        'group:default/platform',
        'group:default/team-a',
        'group:default/team-b',
      ]);
      expect(res.body.organisation.services).toBe(6);
    });

    it('groups by system and by domain, with a group for services without', async () => {
      const systems = await request(app).get('/overview?groupBy=system');
      expect(
        systems.body.groups.map((g: OverviewGroup) => [
          g.ref,
          g.title,
          g.parentRef,
          g.services,
        ]),
      ).toEqual([
        ['system:default/infra', 'infra', null, 1],
        [
          'system:default/recs',
          'Recommendations',
          'domain:default/commerce',
          2,
        ],
        [null, '', null, 3],
      ]);
      const domains = await request(app).get('/overview?groupBy=domain');
      expect(
        domains.body.groups.map((g: OverviewGroup) => [
          g.ref,
          g.title,
          g.services,
        ]),
      ).toEqual([
        ['domain:default/commerce', 'Commerce', 2],
        [null, '', 4],
      ]);
    });

    it.each([
      ['owner=data', 4],
      ['owner=group:default/team-a', 2],
      ['owner=user:default/solo', 1],
      ['owner=team-a&owner=platform', 3],
      ['owner=team-a,platform', 3],
      ['system=recs', 2],
      ['domain=commerce', 2],
      ['lifecycle=production', 4],
      ['lifecycle=PRODUCTION,experimental', 6],
      ['type=ml-service', 6],
      ['type=model-server', 0],
      ['tag=gpu', 2],
      ['tag=gpu&tag=critical', 3],
      ['assessed=true', 4],
      ['assessed=false', 2],
      ['stale=true', 1],
      ['stale=false', 5],
      ['owner=data&assessed=true&stale=false', 2],
    ])('filters with %s', async (query, services) => {
      const res = await request(app).get(`/overview?${query}`);
      expect(res.status).toBe(200);
      expect(res.body.organisation.services).toBe(services);
    });

    it('rolls a filtered owner up to its ancestors only', async () => {
      const groups = byRef(
        (await request(app).get('/overview?owner=team-b')).body,
      );
      expect(Object.keys(groups).sort()).toEqual([
        'group:default/acme',
        'group:default/data',
        'group:default/team-b',
      ]);
      expect(groups['group:default/acme'].services).toBe(2);
    });
  });

  describe('validation and permissions', () => {
    let app: express.Express;
    beforeAll(async () => {
      ({ app } = await createOrganisationApp(databases, 'SQLITE_3', {
        denied: ['mlops-maturity.overview.refresh'],
      }));
    });

    it.each([
      ['groupBy=team', 'groupBy'],
      ['groupBy=system&groupType=team', 'groupType'],
      ['assessed=yes', 'assessed'],
      ['owner=:', 'owner'],
      ['colour=blue', 'colour'],
    ])('answers 400 for %s, naming %s', async (query, parameter) => {
      const res = await request(app).get(`/overview?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toContain(parameter);
    });

    const READ_ROUTES = [
      '/overview',
      '/overview/entities',
      '/overview/export',
      '/overview/trends',
      '/team-reports/default/data',
    ];

    it.each(READ_ROUTES)(
      'answers 401 on %s without credentials',
      async path => {
        const res = await request(app)
          .get(path)
          .set('Authorization', mockCredentials.none.header());
        expect(res.status).toBe(401);
      },
    );

    it('answers 401 on the refresh without credentials', async () => {
      const res = await request(app)
        .post('/overview/refresh')
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(401);
    });

    it('answers 403 on the refresh when the policy denies it', async () => {
      const res = await request(app).post('/overview/refresh');
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(
        'mlops-maturity.overview.refresh',
      );
      expectMatchesSpec('post', '/overview/refresh', res);
    });

    it('lets services read the overview', async () => {
      const res = await request(app)
        .get('/overview')
        .set('Authorization', mockCredentials.service.header());
      expect(res.status).toBe(200);
    });

    it.each(READ_ROUTES)(
      'answers 403 on %s when overview.read is denied',
      async path => {
        const { app: denied } = await createOrganisationApp(
          databases,
          'SQLITE_3',
          { denied: ['mlops-maturity.overview.read'] },
        );
        const res = await request(denied).get(path);
        expect(res.status).toBe(403);
        expect(res.body.error.name).toBe('NotAllowedError');
      },
    );
  });
});
