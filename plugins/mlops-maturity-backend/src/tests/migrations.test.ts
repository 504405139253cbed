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

      await knex.migrate.up({
        directory: migrationsDir,
        name: '20260101000000_init.js',
      });
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

  const INDEX_TABLES = [
    'entity_index',
    'entity_area_index',
    'entity_tags',
    'entity_gaps',
    'group_index',
    'group_closure',
    'system_index',
    'domain_index',
    'index_state',
  ];

  const INIT = '20260101000000_init.js';
  const OVERVIEW_INDEX = '20260301000000_overview_index.js';

  async function indexTables(knex: Knex): Promise<string[]> {
    const present = await Promise.all(
      INDEX_TABLES.map(t => knex.schema.hasTable(t)),
    );
    return INDEX_TABLES.filter((_, i) => present[i]);
  }

  it.each(databases.eachSupportedId())(
    '20260301000000_overview_index.js goes up and down with data, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      // Up to this migration, so that `down` below undoes it.
      for (const name of [INIT, OVERVIEW_INDEX]) {
        await knex.migrate.up({ directory: migrationsDir, name });
      }
      expect(await indexTables(knex)).toEqual(INDEX_TABLES);

      const at = new Date('2026-02-03T04:05:06.000Z');
      const ref = 'component:default/fraud-scorer';
      await knex('submissions').insert({
        id: '00000000-0000-4000-8000-000000000001',
        entity_ref: ref,
        answers: '{}',
        submitted_by: 'user:default/ana',
        submitted_at: at,
        model_id: 'mlops-maturity-default',
        model_version: '1.0.0',
        overall_level: null,
        area_levels: '{}',
        area_scores: '{}',
      });
      await knex('entity_index').insert({
        entity_ref: ref,
        kind: 'component',
        namespace: 'default',
        name: 'fraud-scorer',
        title: null,
        sort_name: 'fraud-scorer',
        owner_ref: 'group:default/team-a',
        system_ref: null,
        domain_ref: null,
        lifecycle: 'production',
        type: 'ml-service',
        seen_at: at,
        submission_id: '00000000-0000-4000-8000-000000000001',
        assessed_at: at,
        assessed_by: 'user:default/ana',
        overall_level: 'initial',
        overall_rank: 0,
        model_version: '1.0.0',
        fingerprint: 'f',
      });
      await knex('entity_area_index').insert({
        entity_ref: ref,
        area_id: 'development',
        level_id: 'basic',
        level_rank: 0,
        score: 12.5,
      });
      await knex('entity_tags').insert({ entity_ref: ref, tag: 'gpu' });
      await knex('entity_gaps').insert({
        entity_ref: ref,
        criterion_id: 'dev-code-versioned',
        area_id: 'development',
        level_id: 'intermediate',
      });
      await knex('group_index').insert({
        group_ref: 'group:default/team-a',
        title: 'Team A',
        type: 'team',
        parent_ref: null,
      });
      await knex('group_closure').insert({
        ancestor_ref: 'group:default/team-a',
        descendant_ref: 'group:default/team-a',
        depth: 0,
      });
      await knex('index_state').insert({ key: 'refreshedAt', value: 'x' });

      expect(await knex('entity_index').first()).toMatchObject({
        in_catalog: expect.anything(),
        overall_rank: 0,
      });
      expect(Boolean((await knex('entity_index').first()).in_catalog)).toBe(
        true,
      );
      expect(Number((await knex('entity_area_index').first()).score)).toBe(
        12.5,
      );
      // Keys hold: one row per service and area, per pair of groups.
      await expect(
        knex('entity_area_index').insert({
          entity_ref: ref,
          area_id: 'development',
          level_id: null,
          level_rank: null,
          score: null,
        }),
      ).rejects.toMatchObject(uniqueViolation);
      await expect(
        knex('group_closure').insert({
          ancestor_ref: 'group:default/team-a',
          descendant_ref: 'group:default/team-a',
          depth: 0,
        }),
      ).rejects.toMatchObject(uniqueViolation);

      // Down removes the index and keeps the assessments.
      await knex.migrate.down({ directory: migrationsDir });
      expect(await indexTables(knex)).toEqual([]);
      expect(await knex('submissions')).toHaveLength(1);

      await knex.migrate.up({ directory: migrationsDir, name: OVERVIEW_INDEX });
      expect(await indexTables(knex)).toEqual(INDEX_TABLES);
      expect(await knex('entity_index')).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    '20261201000000_evidence_snapshots.js goes up and down, keeping everything else, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      const row = {
        entity_ref: 'component:default/fraud-scorer',
        entity: '{}',
        evidence: '{}',
        status: 'available',
        // Beyond 32 bits: milliseconds since the epoch.
        taken_at: Date.parse('2026-12-01T10:00:00Z'),
      };
      await knex('evidence_snapshots').insert(row);
      const stored = await knex('evidence_snapshots').first();
      expect(Number(stored.taken_at)).toBe(row.taken_at);
      await expect(knex('evidence_snapshots').insert(row)).rejects.toMatchObject(
        uniqueViolation,
      );

      await knex.migrate.down({
        directory: migrationsDir,
        name: '20261201000000_evidence_snapshots.js',
      });
      expect(await knex.schema.hasTable('evidence_snapshots')).toBe(false);
      expect(await indexTables(knex)).toEqual(INDEX_TABLES);
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex('evidence_snapshots')).toEqual([]);
    },
  );
});
