import type { TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { NOW, organisationEntities, submitOrganisation } from './organisation';
import { createTestApp, type TestAppOptions } from './testApp';

/**
 * The test app over the organisation of `organisation.ts`: its submissions
 * written and the index refreshed from its catalog, at {@link NOW}.
 */
export async function createOrganisationApp(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
  options: Omit<TestAppOptions, 'knex'> = {},
) {
  const knex = await databases.init(databaseId);
  const catalog = catalogServiceMock({ entities: organisationEntities });
  const app = await createTestApp({
    knex,
    entities: organisationEntities,
    catalog,
    now: () => NOW,
    ...options,
  });
  await submitOrganisation(app.store);
  const refreshed = await app.refresher.refresh();
  return { ...app, knex, refreshed };
}
