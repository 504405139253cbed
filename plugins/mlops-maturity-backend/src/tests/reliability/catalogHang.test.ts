import { mockServices } from '@backstage/backend-test-utils';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DEFAULT_ENTITY_SELECTORS,
  defaultModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import request from 'supertest';
import { DefaultEvidenceService } from '../../evidence';
import { EvidenceSnapshotStore } from '../../evidence/EvidenceSnapshotStore';
import { OverviewRefresher } from '../../overview/OverviewRefresher';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  SOME_CRITERION,
  fraudScorer,
  metAnswer,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

/** The configured deadline of these tests (`mlopsMaturity.catalogTimeoutSeconds` = 0.3). */
const DEADLINE_MS = 300;
/** What the suite allows a request beyond its deadline. */
const SLACK_MS = 1000;

/**
 * The catalog of the demo entities, whose every call never settles while
 * `hung` is set, like a catalog behind a connection that stopped answering.
 */
function hangingCatalog() {
  const real = catalogServiceMock({ entities: [fraudScorer] });
  const state = { hung: true };
  const catalog = new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        return state.hung ? new Promise(() => {}) : value.apply(target, args);
      };
    },
  }) as CatalogService;
  return { catalog, state };
}

/** Runs a request and tells how long it took to answer. */
async function timed<T>(pending: PromiseLike<T>) {
  const began = performance.now();
  const response = await pending;
  return { response, ms: performance.now() - began };
}

async function indexState(knex: Knex) {
  return {
    entries: await knex('entity_index').select('entity_ref'),
    state: await knex('index_state').select('key'),
  };
}

describe('reliability: a catalog that never answers', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    async function setup() {
      const knex = await databases.init(databaseId);
      const { catalog, state } = hangingCatalog();
      const logger = mockServices.logger.mock();
      const evidence = DefaultEvidenceService.create({
        catalog,
        model: defaultModel,
        collectors: [],
        logger,
        catalogTimeoutMs: DEADLINE_MS,
      });
      const refresher = new OverviewRefresher({
        db: knex,
        catalog,
        auth: mockServices.auth(),
        model: defaultModel,
        entities: DEFAULT_ENTITY_SELECTORS,
        collectors: new Map(),
        collectorTimeoutMs: 100,
        catalogTimeoutMs: DEADLINE_MS,
        snapshots: new EvidenceSnapshotStore(knex),
        logger,
      });
      const app = await createTestApp({ knex, evidence, refresher, catalog });
      return { knex, state, ...app };
    }

    it('a manual refresh answers 503 before the deadline, changes nothing, and the next one starts afresh', async () => {
      const { app, knex, state } = await setup();
      const before = await indexState(knex);

      // Two refreshes at once share the run; both are answered in time.
      const [first, second] = await Promise.all([
        timed(request(app).post('/overview/refresh')),
        timed(request(app).post('/overview/refresh')),
      ]);
      for (const { response, ms } of [first, second]) {
        expect(response.status).toBe(503);
        expect(response.body.error.name).toBe('ServiceUnavailableError');
        expect(response.body.error.message).toMatch(
          /did not answer within 0.3 s \(mlopsMaturity.catalogTimeoutSeconds\).*not changed/,
        );
        expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      }
      expect(await indexState(knex)).toEqual(before);

      // The hung requests never settle; a new refresh must not wait on them.
      state.hung = false;
      const next = await request(app).post('/overview/refresh');
      expect(next.status).toBe(200);
      expect(next.body).toMatchObject({ entities: 1, leftCatalog: 0 });
      expect((await indexState(knex)).entries).toEqual([
        { entity_ref: 'component:default/fraud-scorer' },
      ]);
    });

    it('a write answers 503 before the deadline and stores nothing', async () => {
      const { app, knex } = await setup();
      const { response, ms } = await timed(
        request(app)
          .put(`/assessments/${FRAUD_PATH}/draft`)
          .send({
            revision: 0,
            answers: { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) },
          }),
      );
      expect(response.status).toBe(503);
      expect(response.body.error.message).toMatch(/nothing was saved/);
      expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);

      const submit = await timed(
        request(app)
          .post(`/assessments/${FRAUD_PATH}/submissions`)
          .send({
            answers: { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) },
          }),
      );
      expect(submit.response.status).toBe(503);
      expect(submit.ms).toBeLessThan(DEADLINE_MS + SLACK_MS);

      expect(await knex('drafts')).toEqual([]);
      expect(await knex('submissions')).toEqual([]);
      expect(await knex('assessment_revisions')).toEqual([]);
      expect(await knex('entity_index')).toEqual([]);
    });

    it('a scorecard read answers before the deadline, with the evidence unavailable', async () => {
      const { app } = await setup();
      const { response, ms } = await timed(
        request(app).get(`/scorecards/${FRAUD_PATH}`),
      );
      expect(response.status).toBe(200);
      expect(response.body.evidenceStatus).toBe('unavailable');
      expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
    });
  });
});
