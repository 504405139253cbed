import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '../__testUtils__/databases';
import { fraudScorer } from '../__testUtils__/fixtures';
import { DatabaseAssessmentStore } from '../database/DatabaseAssessmentStore';
import {
  EvidenceSnapshotStore,
  snapshotEntity,
  type EvidenceSnapshot,
} from './EvidenceSnapshotStore';

const REF = 'component:default/fraud-scorer';

function snapshotAt(iso: string, label = 'x'): EvidenceSnapshot {
  return {
    entityRef: REF,
    entity: snapshotEntity(fraudScorer),
    evidence: {
      'dev-code-versioned': {
        status: 'found',
        items: [{ source: 'catalog', label }],
      },
    } as any,
    status: 'available',
    takenAt: new Date(iso),
  };
}

describe('EvidenceSnapshotStore', () => {
  const databases = createTestDatabases();

  async function setup(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    // Runs the migrations.
    await DatabaseAssessmentStore.create({
      database: mockServices.database({ knex }),
    });
    return { knex, store: new EvidenceSnapshotStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'never replaces a snapshot with an older one, %p',
    async databaseId => {
      const { store } = await setup(databaseId);
      await store.put([snapshotAt('2026-06-01T10:00:00Z', 'newer')]);
      await store.put([snapshotAt('2026-06-01T09:00:00Z', 'older')]);
      const stored = await store.get(REF);
      expect(stored?.takenAt.toISOString()).toBe('2026-06-01T10:00:00.000Z');
      expect(
        (stored?.evidence as any)['dev-code-versioned'].items[0].label,
      ).toBe('newer');
      await store.put([snapshotAt('2026-06-01T11:00:00Z', 'newest')]);
      expect(
        ((await store.get(REF))?.evidence as any)['dev-code-versioned'].items[0]
          .label,
      ).toBe('newest');
    },
  );

  it.each(databases.eachSupportedId())(
    'counts every snapshot as read at the last confirmed refresh, without rewriting rows, %p',
    async databaseId => {
      const { knex, store } = await setup(databaseId);
      await store.put([snapshotAt('2026-06-01T10:00:00Z')]);
      await store.confirmAll(new Date('2026-06-01T12:00:00Z'));
      expect((await store.get(REF))?.takenAt.toISOString()).toBe(
        '2026-06-01T12:00:00.000Z',
      );
      const row = await knex('evidence_snapshots').first();
      expect(Number(row.taken_at)).toBe(Date.parse('2026-06-01T10:00:00Z'));

      // A snapshot written after the refresh keeps its own, later time.
      await store.put([snapshotAt('2026-06-01T13:00:00Z')]);
      expect((await store.get(REF))?.takenAt.toISOString()).toBe(
        '2026-06-01T13:00:00.000Z',
      );
      // A later confirmation moves it on again.
      await store.confirmAll(new Date('2026-06-01T14:00:00Z'));
      expect((await store.get(REF))?.takenAt.toISOString()).toBe(
        '2026-06-01T14:00:00.000Z',
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'removes the snapshots of entities that are no longer ML services, %p',
    async databaseId => {
      const { store } = await setup(databaseId);
      await store.put([
        snapshotAt('2026-06-01T10:00:00Z'),
        {
          ...snapshotAt('2026-06-01T10:00:00Z'),
          entityRef: 'component:default/b',
        },
      ]);
      await expect(store.removeExcept(new Set([REF]))).resolves.toBe(1);
      expect([...(await store.refs())]).toEqual([REF]);
    },
  );
});
