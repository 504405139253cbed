import {
  defaultModel,
  type TeamReport,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { criteriaOf } from '../../__testUtils__/fixtures';
import { expectMatchesSpec } from '../../__testUtils__/openApiSpec';
import { createOrganisationApp } from '../../__testUtils__/organisationApp';

jest.setTimeout(60_000);

/*
 * The assessed services of `data`: svc-a1 (development advanced, the other
 * areas intermediate), svc-a2 (development intermediate, the rest basic),
 * svc-b1 (everything basic). svc-b2 was never assessed, so its gaps do not
 * count. With the default targets (the next level), every intermediate
 * criterion outside development blocks svc-a2 and svc-b1, every advanced
 * one outside development blocks svc-a1 only.
 */
describe('GET /team-reports/{namespace}/{name}', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    beforeAll(async () => {
      ({ app } = await createOrganisationApp(databases, databaseId));
    });

    it("summarises a department over its teams' services", async () => {
      const res = await request(app).get('/team-reports/default/data');
      expect(res.status).toBe(200);
      expectMatchesSpec('get', '/team-reports/{namespace}/{name}', res);
      const report: TeamReport = res.body;
      expect(report.group).toEqual({
        ref: 'group:default/data',
        title: 'DATA',
        type: 'department',
        parentRef: 'group:default/acme',
      });
      expect(report.summary).toMatchObject({
        services: 4,
        assessed: 3,
        stale: 1,
        provisional: 1,
        covers: 'assessed',
        // svc-b1 initial, svc-a2 reproducible, svc-a1 managed; svc-b2 is
        // provisional (catalog-only initial) and does not count.
        medianOverallLevel: { id: 'reproducible', title: 'Reproducible' },
      });
      expect(report.subgroups.map(g => [g.ref, g.services])).toEqual([
        ['group:default/team-a', 2],
        ['group:default/team-b', 2],
      ]);
      expect(report.summary.text[0]).toBe(
        'DATA owns 4 ML services, 3 of them assessed.',
      );
    });

    it('ranks shared gaps by the assessed services they block', async () => {
      const res = await request(app).get('/team-reports/default/data?limit=50');
      const report: TeamReport = res.body;
      const blocked = Object.fromEntries(
        report.whereToInvest.map(g => [g.criterionId, g.services]),
      );
      const deployment = criteriaOf('deployment', 'intermediate');
      const developmentIntermediate = criteriaOf('development', 'intermediate');
      const developmentAdvanced = criteriaOf('development', 'advanced');
      expect(blocked[deployment[0].id]).toBe(2);
      expect(blocked[criteriaOf('deployment', 'advanced')[0].id]).toBe(1);
      // svc-b1 only: svc-a2 met development's intermediate criteria.
      expect(blocked[developmentIntermediate[0].id]).toBe(1);
      // svc-a2 only: svc-a1 is at the top, svc-b1 aims for intermediate.
      expect(blocked[developmentAdvanced[0].id]).toBe(1);
      // Most shared first; ties go to the lower level, then the model's order.
      expect(report.whereToInvest[0]).toMatchObject({
        criterionId: deployment[0].id,
        services: 2,
        share: 2 / 3,
      });
      const counts = report.whereToInvest.map(g => g.services);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(report.actionPlan[0]).toMatchObject({
        step: 1,
        levelId: 'intermediate',
        recommendation: expect.any(String),
      });
    });

    it('reports on a team, in Portuguese and as Markdown', async () => {
      const res = await request(app).get(
        '/team-reports/default/team-b?format=markdown&lang=pt-BR',
      );
      expect(res.status).toBe(200);
      expect(res.type).toBe('text/markdown');
      expect(res.text).toContain(
        '# Relatório de maturidade de MLOps da equipe: TEAM-B',
      );
      expect(res.text).toContain('## Onde investir');
      expect(res.text).toContain(
        defaultModel.areas[1].criteria[0].question['pt-BR'],
      );
    });
  });

  describe('errors', () => {
    let app: express.Express;
    beforeAll(async () => {
      ({ app } = await createOrganisationApp(databases, 'SQLITE_3'));
    });

    it('answers 404 for a group the index does not know', async () => {
      const res = await request(app).get('/team-reports/default/nobody');
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('group:default/nobody');
    });

    it.each([
      ['format=pdf', 'format'],
      ['lang=fr', 'lang'],
      ['limit=0', 'limit'],
    ])('answers 400 for %s', async (query, parameter) => {
      const res = await request(app).get(`/team-reports/default/data?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(parameter);
    });

    it('answers 400 for a malformed group name', async () => {
      const res = await request(app).get('/team-reports/default/-bad-');
      expect(res.status).toBe(400);
    });
  });
});
