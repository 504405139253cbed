import {
  mockServices,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import knexFactory from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';

import { DatabaseAssessmentStore } from './DatabaseAssessmentStore';
import {
  STORE_TEST_REF,
  createTestStore,
  newSubmission,
} from '../__testUtils__/storeFixtures';

jest.setTimeout(60_000);

const REF = STORE_TEST_REF;

describe('DatabaseAssessmentStore targets, seeding and outages', () => {
  const databases = createTestDatabases();

  const createStore = (databaseId: TestDatabaseId) =>
    createTestStore(databases, databaseId);

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('replaces targets and returns the previous ones', async () => {
      const { store } = await createStore(databaseId);
      const base = {
        entityRef: REF,
        updatedBy: 'user:default/ana',
        updatedAt: new Date(),
      };
      await expect(
        store.replaceTargets({ ...base, targets: { development: 'advanced' } }),
      ).resolves.toEqual({});
      await expect(
        store.replaceTargets({
          ...base,
          targets: { monitoring: 'intermediate' },
        }),
      ).resolves.toEqual({ development: 'advanced' });
      await expect(store.getTargets(REF)).resolves.toEqual({
        monitoring: 'intermediate',
      });
      await expect(
        store.getTargets('component:default/other'),
      ).resolves.toEqual({});
    });

    it('imports seed data only into an empty store', async () => {
      const { store } = await createStore(databaseId);
      const seed = {
        submissions: [newSubmission()],
        drafts: [
          {
            entityRef: 'component:default/other',
            answers: { a: { value: 'no' } },
            updatedBy: 'user:default/ana',
            updatedAt: new Date('2026-02-01T00:00:00.000Z'),
          },
        ],
        targets: [
          {
            entityRef: REF,
            targets: { development: 'advanced' },
            updatedBy: 'user:default/ana',
            updatedAt: new Date(),
          },
        ],
      };
      await expect(store.importSeed(seed)).resolves.toBe(true);
      await expect(
        store.getDraft('component:default/other'),
      ).resolves.toMatchObject({
        revision: 1,
      });
      await expect(store.getTargets(REF)).resolves.toEqual({
        development: 'advanced',
      });

      await store.saveDraft({
        entityRef: 'component:default/other',
        expectedRevision: 1,
        answers: { a: { value: 'yes' } },
        updatedBy: 'user:default/bo',
        updatedAt: new Date(),
      });
      await expect(store.importSeed(seed)).resolves.toBe(false);
      await expect(
        store.getDraft('component:default/other'),
      ).resolves.toMatchObject({
        revision: 2,
        answers: { a: { value: 'yes' } },
      });
      await expect(store.listSubmissions(REF)).resolves.toHaveLength(1);
    });
  });

  it('reports an unreachable database as ServiceUnavailableError', async () => {
    // Nothing listens on port 1, so every query fails to connect.
    const knex = knexFactory({
      client: 'pg',
      connection: 'postgresql://user:secret@127.0.0.1:1/nowhere',
      acquireConnectionTimeout: 2000,
      log: { error() {}, warn() {}, debug() {}, deprecate() {} },
    });
    try {
      const store = await DatabaseAssessmentStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      const error = await store.getDraft(REF).catch(e => e);
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect(error.message).toMatch(/MLOps maturity database is unavailable/);
    } finally {
      await knex.destroy();
    }
  });
});
