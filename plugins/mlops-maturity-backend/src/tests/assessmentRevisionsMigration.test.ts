import fs from 'node:fs';
import path from 'node:path';
import { createTestDatabases } from '../__testUtils__/databases';

const migrationsDir = path.resolve(__dirname, '../../migrations');
const REVISIONS = '20261203000000_assessment_revisions.js';

jest.setTimeout(60_000);

describe(`migration ${REVISIONS}`, () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'starts each existing draft counter at its revision and goes down again, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const before = fs
        .readdirSync(migrationsDir)
        .sort()
        .filter(name => name < REVISIONS);
      for (const name of before) {
        await knex.migrate.up({ directory: migrationsDir, name });
      }
      const at = new Date('2026-11-03T04:05:06.000Z');
      for (const [name, revision] of [
        ['fraud-scorer', 3],
        ['churn-model', 1],
      ] as const) {
        await knex('drafts').insert({
          entity_ref: `component:default/${name}`,
          revision,
          answers: '{}',
          updated_by: 'user:default/ana',
          updated_at: at,
        });
      }

      await knex.migrate.up({ directory: migrationsDir, name: REVISIONS });
      const rows = await knex('assessment_revisions').orderBy('entity_ref');
      expect(
        rows.map(r => ({ ref: r.entity_ref, revision: Number(r.revision) })),
      ).toEqual([
        { ref: 'component:default/churn-model', revision: 1 },
        { ref: 'component:default/fraud-scorer', revision: 3 },
      ]);

      await knex.migrate.down({ directory: migrationsDir, name: REVISIONS });
      expect(await knex.schema.hasTable('assessment_revisions')).toBe(false);
      expect(await knex('drafts')).toHaveLength(2);
    },
  );
});
