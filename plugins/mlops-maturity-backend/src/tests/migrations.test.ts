import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import {
  createTestDatabases,
  uniqueViolation,
} from '../__testUtils__/databases';

const migrationsDir = path.resolve(__dirname, '../../migrations');
const migrationFiles = fs.readdirSync(migrationsDir).sort();

jest.setTimeout(60_000);

async function tableNames(knex: Knex): Promise<string[]> {
  const tables = ['drafts', 'submissions', 'targets'];
  const present = await Promise.all(tables.map(t => knex.schema.hasTable(t)));
  return tables.filter((_, i) => present[i]);
}

describe('migrations', () => {
  const databases = createTestDatabases();

  it('has only JavaScript migrations, in order', () => {
    expect(migrationFiles.length).toBeGreaterThan(0);
    for (const file of migrationFiles) {
      expect(file).toMatch(/^\d{14}_[a-z0-9_]+\.js$/);
    }
  });

  it.each(databases.eachSupportedId())(
    '20260101000000_init.js goes up and down with data, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await knex.migrate.up({ directory: migrationsDir });
      expect(await tableNames(knex)).toEqual([
        'drafts',
        'submissions',
        'targets',
      ]);

      const at = new Date('2026-02-03T04:05:06.000Z');
      await knex('drafts').insert({
        entity_ref: 'component:default/fraud-scorer',
        revision: 3,
        answers: '{"a":{"value":"yes"}}',
        updated_by: 'user:default/ana',
        updated_at: at,
      });
      await knex('submissions').insert({
        id: '00000000-0000-4000-8000-000000000001',
        entity_ref: 'component:default/fraud-scorer',
        answers: '{}',
        submitted_by: 'user:default/ana',
        submitted_at: at,
        model_id: 'mlops-maturity-default',
        model_version: '1.0.0',
        overall_level: null,
        area_levels: '{}',
        area_scores: '{}',
      });
      await knex('targets').insert({
        entity_ref: 'component:default/fraud-scorer',
        area_id: 'development',
        level_id: 'advanced',
        updated_by: 'user:default/ana',
        updated_at: at,
      });

      // The draft key and the target key are enforced.
      await expect(
        knex('drafts').insert({
          entity_ref: 'component:default/fraud-scorer',
          revision: 1,
          answers: '{}',
          updated_by: 'user:default/bo',
          updated_at: at,
        }),
      ).rejects.toMatchObject(uniqueViolation);
      await expect(
        knex('targets').insert({
          entity_ref: 'component:default/fraud-scorer',
          area_id: 'development',
          level_id: 'basic',
          updated_by: 'user:default/bo',
          updated_at: at,
        }),
      ).rejects.toMatchObject(uniqueViolation);

      expect(await knex('drafts')).toEqual([
        expect.objectContaining({
          revision: 3,
          updated_by: 'user:default/ana',
        }),
      ]);
      expect(await knex('submissions')).toEqual([
        expect.objectContaining({
          model_version: '1.0.0',
          overall_level: null,
        }),
      ]);
      expect(await knex('targets')).toHaveLength(1);

      await knex.migrate.down({ directory: migrationsDir });
      expect(await tableNames(knex)).toEqual([]);

      // Up again on the emptied database works too.
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await tableNames(knex)).toEqual([
        'drafts',
        'submissions',
        'targets',
      ]);
    },
  );
});
