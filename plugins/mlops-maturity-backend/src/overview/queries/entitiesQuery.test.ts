import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { createTestDatabases } from '../../__testUtils__/databases';
import { exportEntities, listEntities } from './entitiesQuery';
import { VISIBLE_TO_ALL } from './visibility';

const migrations = resolvePackagePath(
  '@mlops-maturity/plugin-mlops-maturity-backend',
  'migrations',
);

describe('exportEntities', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('gives every row in the order of the pages, in batches', async () => {
      const db = await databases.init(databaseId);
      await db.migrate.latest({ directory: migrations });
      const seenAt = new Date('2026-06-01T00:00:00.000Z');
      const rows = Array.from({ length: 23 }, (_, i) => ({
        entity_ref: `component:default/svc-${String(i).padStart(2, '0')}`,
        kind: 'component',
        namespace: 'default',
        name: `svc-${String(i).padStart(2, '0')}`,
        title: null,
        // Ties on the sort key, broken by the name.
        sort_name: `svc-${String(i % 5)}-${String(i).padStart(2, '0')}`,
        owner_ref: i % 4 === 0 ? null : `group:default/team-${i % 3}`,
        system_ref: null,
        domain_ref: null,
        lifecycle: 'production',
        type: 'ml-service',
        in_catalog: i !== 7,
        seen_at: seenAt,
        submission_id: null,
        assessed_at: null,
        assessed_by: null,
        overall_level: null,
        overall_rank: i % 3,
        model_version: null,
        fingerprint: '',
      }));
      await db('entity_index').insert(rows);
      const options = {
        filters: { visibleTo: VISIBLE_TO_ALL },
        staleBefore: seenAt,
        sort: { by: 'owner' as const },
        order: 'desc' as const,
      };
      const pages = await listEntities(db, {
        ...options,
        offset: 0,
        limit: 100,
      });
      const batches: string[][] = [];
      for await (const batch of exportEntities(db, options, 5)) {
        batches.push(batch.map(r => r.entityRef));
      }
      expect(batches.map(b => b.length)).toEqual([5, 5, 5, 5, 2]);
      expect(batches.flat()).toEqual(pages.map(r => r.entityRef));
      expect(batches.flat()).not.toContain('component:default/svc-07');
      await db.destroy();
    });
  });
});
