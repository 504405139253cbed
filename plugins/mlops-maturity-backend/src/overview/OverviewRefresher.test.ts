import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DEFAULT_ENTITY_SELECTORS,
  defaultModel,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { EvidenceCollector } from '@mlops-maturity/plugin-mlops-maturity-node';
import type { Knex } from 'knex';
import { DatabaseAssessmentStore } from '../database/DatabaseAssessmentStore';
import { createTestDatabases } from '../__testUtils__/databases';
import {
  NOW,
  organisationEntities,
  submitOrganisation,
} from '../__testUtils__/organisation';
import { writeIndexEntriesIn } from './indexWrites';
import { EvidenceSnapshotStore } from '../evidence/EvidenceSnapshotStore';
import { OverviewRefresher } from './OverviewRefresher';

jest.setTimeout(120_000);

type Catalog = ReturnType<typeof catalogServiceMock>;

async function setup(
  databases: ReturnType<typeof createTestDatabases>,
  databaseId: Parameters<ReturnType<typeof createTestDatabases>['init']>[0],
) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseAssessmentStore.create({
    database: mockServices.database({ knex }),
  });
  await submitOrganisation(store);
  const refresherOver = (
    catalog: Catalog,
    options: { model?: MaturityModel; collectors?: EvidenceCollector[] } = {},
  ) =>
    new OverviewRefresher({
      db: knex,
      catalog,
      auth: mockServices.auth(),
      model: options.model ?? defaultModel,
      entities: DEFAULT_ENTITY_SELECTORS,
      collectors: new Map((options.collectors ?? []).map(c => [c.id, c])),
      collectorTimeoutMs: 1000,
      snapshots: new EvidenceSnapshotStore(knex),
      logger: mockServices.logger.mock(),
      now: () => NOW,
    });
  return { knex, store, refresherOver };
}

/** Every index table, for before/after comparisons. */
async function snapshot(knex: Knex) {
  const tables = [
    'entity_index',
    'entity_area_index',
    'entity_tags',
    'entity_gaps',
    'group_index',
    'group_closure',
    'system_index',
    'domain_index',
  ];
  const rows = await Promise.all(
    tables.map(t => knex(t).select().orderByRaw('1, 2')),
  );
  return Object.fromEntries(tables.map((t, i) => [t, rows[i]]));
}

async function shown(knex: Knex): Promise<string[]> {
  const rows = await knex('entity_index')
    .where('in_catalog', true)
    .orderBy('entity_ref')
    .select('entity_ref');
  return rows.map(r => r.entity_ref);
}

const without = (name: string) =>
  organisationEntities.filter(e => e.metadata.name !== name);

describe('OverviewRefresher', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('indexes the ML services, groups, systems and domains', async () => {
      const { knex, refresherOver } = await setup(databases, databaseId);
      const result = await refresherOver(
        catalogServiceMock({ entities: organisationEntities }),
      ).refresh();
      expect(result).toEqual({
        entities: 6,
        leftCatalog: 0,
        durationMs: expect.any(Number),
      });
      expect(await shown(knex)).toHaveLength(6);
      expect(await knex('group_index')).toHaveLength(5);
      expect(await knex('group_closure')).toHaveLength(5 + 4 + 2);
      expect(await knex('system_index')).toHaveLength(2);
      expect(await knex('domain_index')).toHaveLength(1);
      expect(
        await knex('entity_tags').where('tag', 'gpu').orderBy('entity_ref'),
      ).toEqual([
        { entity_ref: 'component:default/svc-a1', tag: 'gpu' },
        { entity_ref: 'component:default/svc-p1', tag: 'gpu' },
      ]);
      // Gaps are kept for assessed services only.
      const gapOwners = await knex('entity_gaps').distinct('entity_ref');
      expect(gapOwners.map(r => r.entity_ref).sort()).toEqual([
        'component:default/svc-a1',
        'component:default/svc-a2',
        'component:default/svc-b1',
        'component:default/svc-p1',
      ]);
    });

    it('hides services that left the catalog and shows them again when they return', async () => {
      const { knex, store, refresherOver } = await setup(databases, databaseId);
      await refresherOver(
        catalogServiceMock({ entities: organisationEntities }),
      ).refresh();

      const left = await refresherOver(
        catalogServiceMock({ entities: without('svc-a2') }),
      ).refresh();
      expect(left).toMatchObject({ entities: 5, leftCatalog: 1 });
      expect(await shown(knex)).not.toContain('component:default/svc-a2');
      // The row and the history stay.
      expect(
        await knex('entity_index')
          .where('entity_ref', 'component:default/svc-a2')
          .first(),
      ).toMatchObject({ overall_level: 'reproducible' });
      await expect(
        store.listSubmissions('component:default/svc-a2'),
      ).resolves.toHaveLength(1);

      await refresherOver(
        catalogServiceMock({ entities: organisationEntities }),
      ).refresh();
      expect(await shown(knex)).toContain('component:default/svc-a2');
    });

    it.each([
      ['the first page of services', 'queryEntities', 0],
      ['the groups', 'queryEntities', 1],
      ['the related entities', 'getEntitiesByRefs', 0],
    ] as const)(
      'leaves the index unchanged when reading %s fails',
      async (_, method, failingCall) => {
        const { knex, refresherOver } = await setup(databases, databaseId);
        await refresherOver(
          catalogServiceMock({ entities: organisationEntities }),
        ).refresh();
        const before = await snapshot(knex);

        const catalog = catalogServiceMock({
          entities: [
            ...without('svc-a1'),
            {
              ...organisationEntities.find(e => e.metadata.name === 'svc-x')!,
              metadata: { name: 'svc-new' },
              spec: {
                type: 'ml-service',
                owner: 'team-a',
                dependsOn: ['resource:default/data'],
              },
            } as Entity,
          ],
        });
        const original = catalog[method].bind(catalog) as (
          ...args: unknown[]
        ) => Promise<unknown>;
        let calls = 0;
        jest.spyOn(catalog, method).mockImplementation((async (
          ...args: unknown[]
        ) => {
          if (calls++ === failingCall) throw new Error('catalog is down');
          return original(...args);
        }) as never);

        await expect(refresherOver(catalog).refresh()).rejects.toThrow(
          ServiceUnavailableError,
        );
        expect(await snapshot(knex)).toEqual(before);
      },
    );

    it('reads the catalog in pages with a filter and limited fields, and writes in batches', async () => {
      const { knex, refresherOver } = await setup(databases, databaseId);
      const many: Entity[] = Array.from({ length: 1201 }, (_, i) => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: `bulk-${i}`, tags: ['bulk'] },
        spec: {
          type: 'model-server',
          owner: 'team-b',
          lifecycle: 'production',
        },
      }));
      const catalog = catalogServiceMock({
        entities: [...organisationEntities, ...many],
      });
      const query = jest.spyOn(catalog, 'queryEntities');

      const result = await refresherOver(catalog).refresh();

      expect(result.entities).toBe(1207);
      const serviceCalls = query.mock.calls.filter(([req]) =>
        (req as { fields?: string[] }).fields?.includes('metadata.annotations'),
      );
      expect(serviceCalls).toHaveLength(2);
      expect(serviceCalls[0][0]).toMatchObject({
        filter: [
          {
            kind: 'Component',
            'spec.type': ['ml-service', 'model-server', 'ml-pipeline'],
          },
        ],
        limit: 1000,
      });
      expect(serviceCalls[1][0]).toMatchObject({ cursor: expect.any(String) });
      expect(serviceCalls[0][0]?.fields).not.toContain('metadata.uid');
      expect(serviceCalls[0][0]?.fields).toContain('metadata.description');
      expect(await shown(knex)).toHaveLength(1207);
      expect(await knex('entity_tags').where('tag', 'bulk')).toHaveLength(1201);
    });

    it('rewrites only entries that changed', async () => {
      const { knex, refresherOver } = await setup(databases, databaseId);
      const refresh = (entities: Entity[]) =>
        refresherOver(catalogServiceMock({ entities })).refresh();
      await refresh(organisationEntities);
      // A row the refresh has no reason to touch keeps even a value it would not write.
      await knex('entity_area_index')
        .where({
          entity_ref: 'component:default/svc-p1',
          area_id: 'monitoring',
        })
        .update({ score: 99 });
      const moved = organisationEntities.map(e =>
        e.metadata.name === 'svc-a1'
          ? { ...e, spec: { ...e.spec, lifecycle: 'deprecated' } }
          : e,
      );
      await refresh(moved);
      const rows = await knex('entity_index')
        .whereIn('entity_ref', [
          'component:default/svc-a1',
          'component:default/svc-p1',
        ])
        .orderBy('entity_ref')
        .select('lifecycle');
      expect(rows.map(r => r.lifecycle)).toEqual(['deprecated', 'production']);
      const p1 = await knex('entity_area_index')
        .where({
          entity_ref: 'component:default/svc-p1',
          area_id: 'monitoring',
        })
        .first();
      expect(Number(p1.score)).toBe(99);
    });

    it('does not overwrite an entry that a newer submission wrote meanwhile', async () => {
      const { knex, refresherOver } = await setup(databases, databaseId);
      const refresher = refresherOver(
        catalogServiceMock({ entities: organisationEntities }),
      );
      await refresher.refresh();
      const later = new Date(NOW.getTime() + 60_000);
      await knex('entity_index')
        .where('entity_ref', 'component:default/svc-b1')
        .update({
          assessed_at: later,
          overall_level: 'optimized',
          fingerprint: 'x',
        });
      await refresher.refresh();
      expect(
        await knex('entity_index')
          .where('entity_ref', 'component:default/svc-b1')
          .first(),
      ).toMatchObject({ overall_level: 'optimized' });
    });

    it("runs every collector the model names and keeps each service's evidence snapshot", async () => {
      const { knex, refresherOver } = await setup(databases, databaseId);
      const collect = jest.fn(async () => ({
        status: 'found' as const,
        items: [{ source: 'collector', label: 'deployed' }],
      }));
      const collectors = [{ id: 'demo-deployments', collect }];
      const entities = organisationEntities;

      await refresherOver(catalogServiceMock({ entities }), {
        collectors,
      }).refresh();
      expect(collect).toHaveBeenCalledTimes(6);
      const snapshots = await knex('evidence_snapshots').orderBy('entity_ref');
      expect(snapshots.map(row => row.entity_ref)).toEqual(
        (await knex('entity_index').orderBy('entity_ref')).map(
          row => row.entity_ref,
        ),
      );
      expect(
        snapshots.every(row => Number(row.taken_at) === NOW.getTime()),
      ).toBe(true);
      const criterionId = defaultModel.areas
        .flatMap(a => a.criteria)
        .find(c =>
          c.evidence?.rules.some(
            r => r.type === 'collector' && r.collectorId === 'demo-deployments',
          ),
        )!.id;
      expect(JSON.parse(snapshots[0].evidence)[criterionId].status).toBe(
        'found',
      );
      collect.mockClear();

      // The same model, with the collector's rule made sufficient.
      const model = JSON.parse(JSON.stringify(defaultModel)) as MaturityModel;
      const criterion = model.areas
        .flatMap(a => a.criteria)
        .find(c => c.id === criterionId)!;
      criterion.evidence = {
        rules: [
          {
            type: 'collector',
            collectorId: 'demo-deployments',
            sufficient: true,
          },
        ],
      };
      await refresherOver(catalogServiceMock({ entities }), {
        model,
        collectors,
      }).refresh();
      expect(collect).toHaveBeenCalledTimes(6);
      // svc-b2 has no answers: the detected criterion is not a gap, and the
      // area counts as assessed.
      const level = await knex('entity_area_index')
        .where({
          entity_ref: 'component:default/svc-b2',
          area_id: 'deployment',
        })
        .first();
      expect(level.level_id).toBe('basic');
    });

    it('copes with an entry that a write outside the refresh added meanwhile', async () => {
      const { knex, refresherOver } = await setup(databases, databaseId);
      const model = JSON.parse(JSON.stringify(defaultModel)) as MaturityModel;
      model.areas[1].criteria[1].evidence = {
        rules: [{ type: 'collector', collectorId: 'probe', sufficient: true }],
      };
      let wrote = false;
      // Collectors run after the refresh has read the index: the first call
      // writes the entry of a service, as a target change would.
      const probe: EvidenceCollector = {
        id: 'probe',
        async collect({ entity }) {
          if (!wrote) {
            wrote = true;
            await writeIndexEntriesIn(knex, [
              {
                entity: {
                  entity_ref: `component:default/${entity.metadata.name}`,
                  kind: 'component',
                  namespace: 'default',
                  name: entity.metadata.name,
                  title: null,
                  sort_name: entity.metadata.name,
                  owner_ref: null,
                  system_ref: null,
                  lifecycle: null,
                  type: null,
                  in_catalog: true,
                  seen_at: NOW,
                  submission_id: null,
                  assessed_at: null,
                  assessed_by: null,
                  overall_level: null,
                  overall_rank: null,
                  model_version: null,
                  review_id: null,
                  fingerprint: '',
                },
                areas: [
                  {
                    entity_ref: `component:default/${entity.metadata.name}`,
                    area_id: 'development',
                    level_id: null,
                    level_rank: null,
                    score: null,
                  },
                ],
                tags: [],
                gaps: [],
              },
            ]);
          }
          return { status: 'not-found', items: [] };
        },
      };
      const result = await refresherOver(
        catalogServiceMock({ entities: organisationEntities }),
        { model, collectors: [probe] },
      ).refresh();
      expect(wrote).toBe(true);
      expect(result.entities).toBe(6);
      expect(await shown(knex)).toHaveLength(6);
      expect(await knex('entity_area_index')).toHaveLength(6 * 4);
    });
  });
});
