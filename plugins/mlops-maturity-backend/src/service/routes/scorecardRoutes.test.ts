import { mockCredentials } from '@backstage/backend-test-utils';
import {
  defaultModel,
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityScorecardReadPermission,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  answersAtLevel,
  fraudScorer,
} from '../../__testUtils__/fixtures';
import { sqliteTestApp } from '../../__testUtils__/testApp';

describe('GET /scorecards/{kind}/{namespace}/{name}', () => {
  const databases = createTestDatabases();

  const setup = sqliteTestApp(databases);

  it('shows an entity without submission as not assessed', async () => {
    const { app } = await setup();
    const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: FRAUD_REF,
      assessed: null,
      hasDraft: false,
      evidenceStatus: 'available',
      canEdit: true,
    });
    expect(res.body.scorecard.modelVersion).toBe(defaultModel.version);
    expect(res.body.scorecard.overall.levelId).toBeNull();
  });

  it('scores the latest submission', async () => {
    const { app } = await setup();
    await request(app)
      .post(`/assessments/${FRAUD_PATH}/submissions`)
      .send({ answers: answersAtLevel('development', 'intermediate') })
      .expect(201);

    const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(res.status).toBe(200);
    const development = res.body.scorecard.areas.find(
      (a: { areaId: string }) => a.areaId === 'development',
    );
    expect(development.levelId).toBe('intermediate');
    expect(res.body.scorecard.overall.levelId).toBe('reproducible');
    expect(res.body.assessed).toMatchObject({ by: 'user:default/mock' });
    expect(res.body.scorecard.staleness.isStale).toBe(false);
  });

  it('marks a submission older than staleAfterDays as stale', async () => {
    let now = new Date('2025-01-01T00:00:00.000Z');
    const { app } = await setup({ now: () => now });
    await request(app)
      .post(`/assessments/${FRAUD_PATH}/submissions`)
      .send({ answers: answersAtLevel('development', 'basic') })
      .expect(201);
    now = new Date('2025-07-01T00:00:00.000Z'); // 181 days later
    const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(res.body.scorecard.staleness.isStale).toBe(true);
  });

  it('accepts the path in any case, as the catalog does', async () => {
    const { app } = await setup();
    const res = await request(app).get(
      '/scorecards/Component/default/Fraud-Scorer',
    );
    expect(res.status).toBe(200);
    expect(res.body.entityRef).toBe(FRAUD_REF);
  });

  it('reports canEdit false when updates are denied', async () => {
    const { app } = await setup({
      denied: [mlopsMaturityAssessmentUpdatePermission.name],
    });
    const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(res.status).toBe(200);
    expect(res.body.canEdit).toBe(false);
  });

  it('answers 403 when reading is denied', async () => {
    const { app } = await setup({
      denied: [mlopsMaturityScorecardReadPermission.name],
    });
    const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(res.status).toBe(403);
    expect(res.body.error.name).toBe('NotAllowedError');
  });

  it('answers 401 without credentials', async () => {
    const { app } = await setup();
    const res = await request(app)
      .get(`/scorecards/${FRAUD_PATH}`)
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it('lets a service read but never edit', async () => {
    const { app } = await setup();
    const res = await request(app)
      .get(`/scorecards/${FRAUD_PATH}`)
      .set('Authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
    expect(res.body.canEdit).toBe(false);
  });

  it('answers 404 naming the config key for an entity that is not an ML service', async () => {
    const { app } = await setup();
    const res = await request(app).get('/scorecards/component/default/website');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/not an ML service/);
    expect(res.body.error.message).toMatch(/mlopsMaturity\.entities/);
  });

  it('answers 404 for an entity the catalog does not have', async () => {
    const { app } = await setup();
    const res = await request(app).get('/scorecards/component/default/ghost');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/component:default\/ghost/);
  });

  it.each([
    ['kind', '/scorecards/1component/default/x'],
    ['namespace', '/scorecards/component/bad_ns/x'],
    ['entity name', `/scorecards/component/default/${'x'.repeat(64)}`],
    ['entity name', '/scorecards/component/default/a%2Fb'],
  ])('answers 400 for a malformed %s: %s', async (part, path) => {
    const { app } = await setup();
    const res = await request(app).get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      new RegExp(`Malformed entity reference.*valid ${part}`),
    );
  });

  describe('evidence snapshots', () => {
    it('serves later reads from the snapshot a write took, without reading the catalog again', async () => {
      const { app, evidence } = await setup({
        now: () => new Date('2026-06-01T10:00:00Z'),
      });
      await request(app)
        .post(`/assessments/${FRAUD_PATH}/submissions`)
        .send({ answers: answersAtLevel('development', 'intermediate') })
        .expect(201);
      const loads = (evidence.load as jest.Mock).mock.calls.length;
      for (let i = 0; i < 3; i++) {
        const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
        expect(res.status).toBe(200);
        expect(res.body.evidenceStatus).toBe('available');
        expect(res.body.evidenceAsOf).toBe('2026-06-01T10:00:00.000Z');
      }
      expect((evidence.load as jest.Mock).mock.calls.length).toBe(loads);
    });

    it('reads the sources again once the snapshot is older than the maximum age', async () => {
      let now = new Date('2026-06-01T10:00:00Z');
      const { app, evidence } = await setup({
        now: () => now,
        evidenceMaxAgeMs: 60_000,
      });
      await request(app).get(`/scorecards/${FRAUD_PATH}`).expect(200);
      const loads = (evidence.load as jest.Mock).mock.calls.length;
      now = new Date('2026-06-01T10:02:00Z');
      const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      expect(res.body.evidenceAsOf).toBe('2026-06-01T10:02:00.000Z');
      expect((evidence.load as jest.Mock).mock.calls.length).toBe(loads + 1);
    });

    it('answers from an old snapshot marked stale when the catalog cannot be read', async () => {
      let now = new Date('2026-06-01T10:00:00Z');
      const { app, evidence } = await setup({
        now: () => now,
        evidenceMaxAgeMs: 60_000,
      });
      await request(app)
        .post(`/assessments/${FRAUD_PATH}/submissions`)
        .send({ answers: answersAtLevel('development', 'intermediate') })
        .expect(201);
      now = new Date('2026-06-01T12:00:00Z');
      (evidence.load as jest.Mock).mockResolvedValueOnce({
        entity: null,
        evidence: {},
        status: 'unavailable',
      });
      const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      expect(res.status).toBe(200);
      expect(res.body.evidenceStatus).toBe('stale');
      expect(res.body.evidenceAsOf).toBe('2026-06-01T10:00:00.000Z');
      expect(
        res.body.scorecard.areas.find((a: any) => a.areaId === 'development')
          .levelId,
      ).toBe('intermediate');
    });
  });

  describe('when evidence fails', () => {
    it('scores the stored answers with evidence unavailable', async () => {
      const { app, evidence, store } = await setup();
      // Stored without a write through the API, so no snapshot exists.
      await store.submit({
        id: '00000000-0000-4000-8000-000000000001',
        entityRef: FRAUD_REF,
        answers: answersAtLevel('development', 'intermediate'),
        submittedBy: 'user:default/mock',
        submittedAt: new Date(),
        modelId: defaultModel.id,
        modelVersion: defaultModel.version,
        overallLevel: null,
        areaLevels: {},
        areaScores: {},
      });

      // What the evidence service reports when the catalog is down.
      (evidence.load as jest.Mock).mockResolvedValueOnce({
        entity: null,
        evidence: {},
        status: 'unavailable',
      });
      const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      expect(res.status).toBe(200);
      expect(res.body.evidenceStatus).toBe('unavailable');
      expect(res.body.evidenceAsOf).toBeNull();
      expect(
        res.body.scorecard.areas.find((a: any) => a.areaId === 'development')
          .levelId,
      ).toBe('intermediate');
    });

    it('still answers 200 when the evidence service itself throws', async () => {
      const { app, evidence } = await setup();
      (evidence.load as jest.Mock).mockRejectedValueOnce(
        new Error('socket hang up'),
      );
      const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      expect(res.status).toBe(200);
      expect(res.body.evidenceStatus).toBe('unavailable');
      const withRules = res.body.scorecard.areas
        .flatMap((a: any) => a.criteria)
        .filter((c: any) => c.evidence);
      expect(withRules.length).toBeGreaterThan(0);
      for (const criterion of withRules) {
        expect(criterion.evidence.status).toBe('unavailable');
      }
    });

    it('passes partial evidence status through', async () => {
      const { app, evidence } = await setup();
      (evidence.load as jest.Mock).mockResolvedValueOnce({
        entity: fraudScorer,
        evidence: {},
        status: 'partial',
      });
      const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      expect(res.status).toBe(200);
      expect(res.body.evidenceStatus).toBe('partial');
    });
  });
});

describe('POST /scorecards/{kind}/{namespace}/{name}/preview', () => {
  const databases = createTestDatabases();

  const setup = sqliteTestApp(databases);

  it('scores the given answers without storing anything', async () => {
    const { app } = await setup();
    const res = await request(app)
      .post(`/scorecards/${FRAUD_PATH}/preview`)
      .send({ answers: answersAtLevel('development', 'intermediate') });
    expect(res.status).toBe(200);
    expect(res.body.assessed).toBeNull();
    expect(res.body.scorecard.overall.levelId).toBe('reproducible');
    expect(res.body.scorecard.staleness.isStale).toBe(false);

    const stored = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(stored.body.scorecard.overall.levelId).toBeNull();
    const history = await request(app).get(
      `/assessments/${FRAUD_PATH}/submissions`,
    );
    expect(history.body.items).toHaveLength(0);
  });

  it('rejects invalid answers with 400 naming the criterion', async () => {
    const { app } = await setup();
    const res = await request(app)
      .post(`/scorecards/${FRAUD_PATH}/preview`)
      .send({ answers: { 'dev-code-versioned': { value: 'maybe' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('dev-code-versioned');
  });

  it('needs the read permission on the entity', async () => {
    const { app } = await setup({
      denied: [mlopsMaturityScorecardReadPermission.name],
    });
    const res = await request(app)
      .post(`/scorecards/${FRAUD_PATH}/preview`)
      .send({ answers: {} });
    expect(res.status).toBe(403);
  });
});
