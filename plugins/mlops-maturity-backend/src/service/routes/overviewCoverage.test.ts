import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  LevelCount,
  OverviewResponse,
  OverviewSummary,
  OverviewTrendsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { expectMatchesSpec } from '../../__testUtils__/openApiSpec';
import { NOW, daysAgo, submitAt } from '../../__testUtils__/organisation';
import { createTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

/*
 * One team, `ml`, and a user, computed by hand:
 *
 *   svc-r1, svc-r2: submitted 10 and 20 days ago, development intermediate
 *     (score 60, the model's 6 intermediate criteria of 10), governance
 *     answered unmet (basic, 0): overall reproducible;
 *   svc-i: submitted 200 days ago (stale), every area basic (0): initial;
 *   svc-p1, svc-p2: never submitted; the catalog's sufficient evidence (a
 *     description, lifecycle and owner; owned by a Group) meets 2 of the 12
 *     governance criteria, so they are provisional: governance basic, 16.7,
 *     overall initial, no other area;
 *   svc-n: never submitted, owned by a user, no description: not assessed.
 */
function group(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', children: [] },
  };
}

function service(name: string, owner: string, description?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, ...(description ? { description } : {}) },
    spec: { type: 'ml-service', owner, lifecycle: 'production' },
  };
}

const entities: Entity[] = [
  group('ml'),
  service('svc-r1', 'ml'),
  service('svc-r2', 'ml'),
  service('svc-i', 'ml'),
  service('svc-p1', 'ml', 'Scores things'),
  service('svc-p2', 'ml', 'Scores other things'),
  service('svc-n', 'user:default/solo'),
];

/** Counts of a distribution by level id, zeros left out. */
function counts(distribution: LevelCount[]): Record<string, number> {
  return Object.fromEntries(
    distribution
      .filter(c => c.count > 0)
      .map(c => [String(c.levelId), c.count]),
  );
}

function area(summary: Pick<OverviewSummary, 'areas'>, areaId: string) {
  return summary.areas.find(a => a.areaId === areaId)!;
}

describe('assessment status in the organisation figures', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      const test = await createTestApp({
        knex,
        entities,
        catalog: catalogServiceMock({ entities }),
        now: () => NOW,
      });
      const intermediate = { development: 'intermediate' };
      await submitAt(test.store, 'svc-r1', daysAgo(10), intermediate);
      await submitAt(test.store, 'svc-r2', daysAgo(20), intermediate);
      await submitAt(test.store, 'svc-i', daysAgo(200), {});
      await test.refresher.refresh();
      app = test.app;
    });

    it('counts assessed services only by default, with coverage per group and for the organisation', async () => {
      const res = await request(app).get('/overview');
      expect(res.status).toBe(200);
      expectMatchesSpec('get', '/overview', res);
      const body: OverviewResponse = res.body;
      const { organisation } = body;
      expect(organisation.covers).toBe('assessed');
      expect(organisation.coverage).toEqual({
        inScope: 6,
        assessed: 3,
        stale: 1,
        provisional: 2,
        reviewed: 0,
      });
      const ml = body.groups.find(g => g.ref === 'group:default/ml')!;
      expect(ml.covers).toBe('assessed');
      expect(ml.coverage).toEqual({
        inScope: 5,
        assessed: 3,
        stale: 1,
        provisional: 2,
        reviewed: 0,
      });
      const solo = body.groups.find(g => g.ref === 'user:default/solo')!;
      expect(solo.coverage).toEqual({
        inScope: 1,
        assessed: 0,
        stale: 0,
        provisional: 0,
        reviewed: 0,
      });

      // initial (svc-i), reproducible x2: the middle one is reproducible.
      expect(counts(organisation.overall)).toEqual({
        initial: 1,
        reproducible: 2,
        null: 3,
      });
      expect(organisation.medianOverallLevelId).toBe('reproducible');
      expect(ml.medianOverallLevelId).toBe('reproducible');
      expect(counts(area(organisation, 'governance').distribution)).toEqual({
        basic: 3,
        null: 3,
      });
      expect(area(organisation, 'governance').meanScore).toBe(0);
      // (63.6 + 63.6 + 0) / 3: intermediate meets 7 of the 11 criteria.
      expect(area(organisation, 'development')).toMatchObject({
        medianLevelId: 'intermediate',
        meanScore: 42.4,
      });
    });

    it('counts provisional services too with includeProvisional=true', async () => {
      const res = await request(app).get('/overview?includeProvisional=true');
      expect(res.status).toBe(200);
      expectMatchesSpec('get', '/overview', res);
      const { organisation, groups } = res.body as OverviewResponse;
      expect(organisation.covers).toBe('assessed+provisional');
      expect(organisation.coverage.provisional).toBe(2);
      // initial x3 (svc-i, svc-p1, svc-p2), reproducible x2: the middle one is initial.
      expect(counts(organisation.overall)).toEqual({
        initial: 3,
        reproducible: 2,
        null: 1,
      });
      expect(organisation.medianOverallLevelId).toBe('initial');
      const ml = groups.find(g => g.ref === 'group:default/ml')!;
      expect(ml.covers).toBe('assessed+provisional');
      expect(ml.medianOverallLevelId).toBe('initial');
      // (0 + 0 + 0 + 15.4 + 15.4) / 5: two of the 13 criteria detected.
      expect(area(organisation, 'governance')).toMatchObject({
        medianLevelId: 'basic',
        meanScore: 6.2,
      });
      expect(counts(area(organisation, 'governance').distribution)).toEqual({
        basic: 5,
        null: 1,
      });
      // The provisional services have no development level: unchanged.
      expect(area(organisation, 'development').meanScore).toBe(42.4);
    });

    it('refuses an includeProvisional that is not true or false', async () => {
      const res = await request(app).get('/overview?includeProvisional=yes');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('includeProvisional');
    });

    it('gives every row its status and leaves a not-assessed row without levels', async () => {
      const res = await request(app).get('/overview/entities?sort=name');
      expect(res.status).toBe(200);
      expectMatchesSpec('get', '/overview/entities', res);
      const rows: Array<{
        name: string;
        status: string;
        overallLevelId: string | null;
      }> = res.body.items;
      expect(rows.map(r => [r.name, r.status, r.overallLevelId])).toEqual([
        ['svc-i', 'assessed', 'initial'],
        ['svc-n', 'not-assessed', null],
        ['svc-p1', 'provisional', 'initial'],
        ['svc-p2', 'provisional', 'initial'],
        ['svc-r1', 'assessed', 'reproducible'],
        ['svc-r2', 'assessed', 'reproducible'],
      ]);
    });

    it('exports a status column, provisional levels labelled and none for the not assessed', async () => {
      const res = await request(app).get('/overview/export?sort=name');
      expect(res.status).toBe(200);
      const [header, ...lines] = res.text.trimEnd().split('\r\n');
      const columns = header.split(',');
      const cell = (line: string, column: string) =>
        line.split(',')[columns.indexOf(column)];
      const byName = Object.fromEntries(
        lines.map(line => [cell(line, 'name'), line]),
      );
      expect(cell(byName['svc-r1'], 'status')).toBe('assessed');
      expect(cell(byName['svc-r1'], 'overall_level')).toBe('reproducible');
      expect(cell(byName['svc-p1'], 'status')).toBe('provisional');
      expect(cell(byName['svc-p1'], 'overall_level')).toBe(
        'initial (provisional)',
      );
      expect(cell(byName['svc-p1'], 'governance_level')).toBe(
        'basic (provisional)',
      );
      expect(cell(byName['svc-n'], 'status')).toBe('not-assessed');
      expect(cell(byName['svc-n'], 'overall_level')).toBe('');
      expect(cell(byName['svc-n'], 'governance_level')).toBe('');
    });

    it('agrees with the heatmap in the current month, with and without provisional services', async () => {
      for (const flag of ['false', 'true']) {
        const [overview, trends] = await Promise.all([
          request(app).get(`/overview?includeProvisional=${flag}`),
          request(app).get(
            `/overview/trends?months=2&includeProvisional=${flag}`,
          ),
        ]);
        expect(trends.status).toBe(200);
        expectMatchesSpec('get', '/overview/trends', trends);
        const body: OverviewTrendsResponse = trends.body;
        const { organisation } = overview.body as OverviewResponse;
        const current = body.months[body.months.length - 1];
        expect(body.covers).toBe(organisation.covers);
        expect(body.provisional).toBe(2);
        expect(current.overall).toEqual(organisation.overall);
        expect(current.medianOverallLevelId).toBe(
          organisation.medianOverallLevelId,
        );
        expect(current.areas.map(a => a.distribution)).toEqual(
          organisation.areas.map(a => a.distribution),
        );
        expect(current.provisional).toBe(flag === 'true' ? 2 : 0);
        // The month before has no catalog record: submissions only.
        expect(body.months[0].provisional).toBe(0);
      }
    });

    it('counts provisional services in a team report only when asked', async () => {
      const plain = await request(app).get('/team-reports/default/ml');
      expect(plain.status).toBe(200);
      const wide = await request(app).get(
        '/team-reports/default/ml?includeProvisional=true',
      );
      expect(wide.status).toBe(200);
      expect(plain.body.summary).toMatchObject({
        covers: 'assessed',
        services: 5,
        assessed: 3,
        provisional: 2,
        medianOverallLevel: { id: 'reproducible' },
      });
      expect(wide.body.summary).toMatchObject({
        covers: 'assessed+provisional',
        provisional: 2,
        medianOverallLevel: { id: 'initial' },
      });
    });
  });
});
