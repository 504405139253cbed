import type {
  LevelCount,
  TrendMonth,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { expectMatchesSpec } from '../../__testUtils__/openApiSpec';
import { createOrganisationApp } from '../../__testUtils__/organisationApp';

jest.setTimeout(60_000);

function counts(distribution: LevelCount[]): Record<string, number> {
  return Object.fromEntries(
    distribution
      .filter(c => c.count > 0)
      .map(c => [String(c.levelId), c.count]),
  );
}

function development(month: TrendMonth) {
  return counts(
    month.areas.find(a => a.areaId === 'development')!.distribution,
  );
}

// Submissions (NOW is 2026-06-15): svc-a1 initial on 2026-03-07 and managed
// on 2026-06-05; svc-a2 reproducible on 2025-11-27; svc-b1 initial on
// 2026-05-16; svc-p1 defined on 2026-06-10.
describe('GET /overview/trends', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    beforeAll(async () => {
      ({ app } = await createOrganisationApp(databases, databaseId));
    });

    it("counts each service's latest submission before each month's end", async () => {
      const res = await request(app).get('/overview/trends?months=4');
      expect(res.status).toBe(200);
      expectMatchesSpec('get', '/overview/trends', res);
      expect(res.body.services).toBe(6);
      const months: TrendMonth[] = res.body.months;
      expect(months.map(m => [m.month, m.end, m.assessed])).toEqual([
        ['2026-03', '2026-04-01T00:00:00.000Z', 2],
        ['2026-04', '2026-05-01T00:00:00.000Z', 2],
        ['2026-05', '2026-06-01T00:00:00.000Z', 3],
        ['2026-06', '2026-07-01T00:00:00.000Z', 4],
      ]);
      expect(months.map(m => counts(m.overall))).toEqual([
        { initial: 1, reproducible: 1, null: 4 },
        { initial: 1, reproducible: 1, null: 4 },
        { initial: 2, reproducible: 1, null: 3 },
        { managed: 1, reproducible: 1, initial: 1, defined: 1, null: 2 },
      ]);
      expect(months.map(m => m.medianOverallLevelId)).toEqual([
        'initial',
        'initial',
        'initial',
        'reproducible',
      ]);
      expect(development(months[3])).toEqual({
        advanced: 2,
        intermediate: 1,
        basic: 1,
        null: 2,
      });
      expect(development(months[0])).toEqual({
        basic: 1,
        intermediate: 1,
        null: 4,
      });
    });

    it('applies the filters to the services', async () => {
      const res = await request(app).get(
        '/overview/trends?months=2&owner=team-a',
      );
      expect(res.body.services).toBe(2);
      expect(res.body.months.map((m: TrendMonth) => counts(m.overall))).toEqual(
        [
          { initial: 1, reproducible: 1 },
          { managed: 1, reproducible: 1 },
        ],
      );
    });

    it('goes back 12 months by default', async () => {
      const res = await request(app).get('/overview/trends');
      expect(res.body.months).toHaveLength(12);
      expect(res.body.months[0].month).toBe('2025-07');
      // svc-a2 was first submitted in November 2025.
      expect(res.body.months[3].assessed).toBe(0);
      expect(res.body.months[4].assessed).toBe(1);
    });
  });

  it.each([
    'months=0',
    'months=61',
    'months=two',
    'months=1e20',
    'months=100000000000000000000',
  ])('answers 400 for %s', async query => {
    const { app } = await createOrganisationApp(databases, 'SQLITE_3');
    const res = await request(app).get(`/overview/trends?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('months');
  });
});
