import {
  mockServices,
  type TestDatabaseId,
  type TestDatabases,
} from '@backstage/backend-test-utils';
import type { NewSubmission } from '../database/AssessmentStore';
import { DatabaseAssessmentStore } from '../database/DatabaseAssessmentStore';

/** The entity the store tests write for. */
export const STORE_TEST_REF = 'component:default/fraud-scorer';

/** A submission as the router would hand it to the store; fields can be overridden. */
export function newSubmission(
  overrides: Partial<NewSubmission> = {},
): NewSubmission {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    entityRef: STORE_TEST_REF,
    answers: { 'dev-code-versioned': { value: 'yes' } },
    submittedBy: 'user:default/ana',
    submittedAt: new Date('2026-03-01T10:00:00.000Z'),
    modelId: 'mlops-maturity-default',
    modelVersion: '1.0.0',
    overallLevel: 'initial',
    areaLevels: { development: 'basic', deployment: null },
    areaScores: { development: 40, deployment: null },
    ...overrides,
  };
}

/** A migrated store on a fresh database of the given kind. */
export async function createTestStore(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseAssessmentStore.create({
    database: mockServices.database({ knex }),
  });
  return { knex, store };
}
