import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { InputError, NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { EvidenceCollector } from '@mlops-maturity/plugin-mlops-maturity-node';
import { catalogEntities, testModel } from './__fixtures__/evidenceFixtures';
import { DefaultEvidenceService } from './EvidenceService';
import { RELATED_ENTITY_FIELDS } from './fetchRelatedEntities';

const credentials = mockCredentials.user();
const SCORER = 'component:default/fraud-scorer';
const BARE = 'component:default/drift-monitor';

const deployments: EvidenceCollector = {
  id: 'deployments',
  async collect({ entity }) {
    const app = entity.metadata.annotations?.['argocd/app-name'];
    return app
      ? {
          status: 'found',
          items: [{ source: 'collector', label: `Argo CD ${app}` }],
        }
      : { status: 'not-found', items: [] };
  },
};
const registry: EvidenceCollector = {
  id: 'registry',
  async collect() {
    return { status: 'not-found', items: [] };
  },
};

function createService(
  options: {
    catalog?: ReturnType<typeof catalogServiceMock>;
    collectors?: EvidenceCollector[];
    catalogTimeoutMs?: number;
  } = {},
) {
  const logger = mockServices.logger.mock();
  const catalog =
    options.catalog ?? catalogServiceMock({ entities: catalogEntities });
  const service = DefaultEvidenceService.create({
    catalog,
    model: testModel,
    collectors: options.collectors ?? [deployments, registry],
    logger,
    defaultTimeoutMs: 50,
    catalogTimeoutMs: options.catalogTimeoutMs,
  });
  return { service, catalog, logger };
}

describe('DefaultEvidenceService', () => {
  it('returns the entity and the evidence its rules find', async () => {
    const { service } = createService();
    const result = await service.load(SCORER, credentials);

    expect(result.status).toBe('available');
    expect(result.entity?.metadata.name).toBe('fraud-scorer');
    expect(result.evidence['dev.source-control'].status).toBe('found');
    expect(result.evidence['dep.gitops']).toMatchObject({
      status: 'found',
      items: [expect.objectContaining({ label: 'Argo CD fraud-scorer-prod' })],
    });
    expect(result.evidence['dep.registry'].status).toBe('not-found');
    expect(result.evidence['dev.reviewed']).toBeUndefined();
  });

  it('accepts refs in any case and without a namespace', async () => {
    const { service } = createService();
    const result = await service.load('Component:fraud-scorer', credentials);
    expect(result.entity?.metadata.name).toBe('fraud-scorer');
  });

  it('finds a dependsOn dataset with one narrow catalog request', async () => {
    const { service, catalog } = createService();
    const spy = jest.spyOn(catalog, 'getEntitiesByRefs');

    const result = await service.load(SCORER, credentials);

    expect(result.evidence['dev.versioned-data'].status).toBe('found');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(
      {
        entityRefs: expect.arrayContaining([
          'resource:default/card-transactions',
        ]),
        fields: RELATED_ENTITY_FIELDS,
      },
      { credentials },
    );
  });

  it('does not count a related entity of another type', async () => {
    const { service } = createService();
    const result = await service.load(BARE, credentials);
    expect(result.evidence['dev.versioned-data'].status).toBe('not-found');
    expect(result.evidence['dev.source-control'].status).toBe('not-found');
    expect(result.evidence['dep.gitops'].status).toBe('not-found');
  });

  it('throws NotFoundError for an entity the catalog does not have', async () => {
    const { service } = createService();
    await expect(
      service.load('component:default/nope', credentials),
    ).rejects.toThrow(NotFoundError);
  });

  it('throws InputError for a malformed ref without asking the catalog', async () => {
    const catalog = catalogServiceMock.mock();
    const { service } = createService({ catalog });
    await expect(service.load('component:', credentials)).rejects.toThrow(
      InputError,
    );
    expect(catalog.getEntityByRef).not.toHaveBeenCalled();
  });

  it('marks the evidence partial when a collector throws', async () => {
    const { service } = createService({
      collectors: [
        deployments,
        {
          id: 'registry',
          async collect() {
            throw new Error('registry is down');
          },
        },
      ],
    });
    const result = await service.load(SCORER, credentials);

    expect(result.status).toBe('partial');
    expect(result.evidence['dep.registry'].status).toBe('unavailable');
    expect(result.evidence['dep.gitops'].status).toBe('found');
    expect(result.evidence['dev.source-control'].status).toBe('found');
  });

  it('marks the evidence partial when a collector times out', async () => {
    const { service } = createService({
      collectors: [
        deployments,
        { id: 'registry', collect: () => new Promise(() => {}) },
      ],
    });
    const result = await service.load(SCORER, credentials);

    expect(result.status).toBe('partial');
    expect(result.evidence['dep.registry'].status).toBe('unavailable');
  });

  it('leaves out the rule of a collector that is not installed: no evidence, not partial, one line at creation', async () => {
    const { service, logger } = createService({ collectors: [deployments] });
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining("'registry' (criteria dep.registry)"),
    );

    const first = await service.load(SCORER, credentials);
    await service.load(BARE, credentials);

    expect(first.status).toBe('available');
    // Its only rule was the collector's, so the criterion has no evidence at all.
    expect(first.evidence['dep.registry']).toBeUndefined();
    expect(first.evidence['dep.gitops'].status).toBe('found');
    // Reads say nothing more about it.
    expect(logger.warn).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledTimes(1);
  });

  it('returns unavailable evidence, without collectors, when the catalog fails', async () => {
    const collect = jest.fn(deployments.collect);
    const catalog = catalogServiceMock.mock({
      getEntityByRef: jest.fn().mockRejectedValue(new Error('ECONNREFUSED')),
    });
    const { service } = createService({
      catalog,
      collectors: [{ id: 'deployments', collect }, registry],
    });

    const result = await service.load(SCORER, credentials);

    expect(result.entity).toBeNull();
    expect(result.status).toBe('unavailable');
    expect(collect).not.toHaveBeenCalled();
    for (const id of [
      'dev.source-control',
      'dev.versioned-data',
      'dep.gitops',
      'dep.registry',
    ]) {
      expect(result.evidence[id].status).toBe('unavailable');
    }
  });

  it('returns unavailable evidence when the catalog does not answer in time', async () => {
    const catalog = catalogServiceMock.mock({
      getEntityByRef: jest.fn(() => new Promise(() => {})),
    });
    const { service } = createService({ catalog, catalogTimeoutMs: 20 });

    const result = await service.load(SCORER, credentials);

    expect(result.entity).toBeNull();
    expect(result.status).toBe('unavailable');
    expect(result.evidence['dev.source-control'].status).toBe('unavailable');
  });

  it('marks only relation evidence unavailable when related entities fail', async () => {
    const catalog = catalogServiceMock({ entities: catalogEntities });
    jest
      .spyOn(catalog, 'getEntitiesByRefs')
      .mockRejectedValue(new Error('timeout'));
    const { service } = createService({ catalog });

    const result = await service.load(SCORER, credentials);

    expect(result.status).toBe('partial');
    expect(result.entity?.metadata.name).toBe('fraud-scorer');
    expect(result.evidence['dev.versioned-data'].status).toBe('unavailable');
    expect(result.evidence['dev.source-control'].status).toBe('found');
    expect(result.evidence['dep.gitops'].status).toBe('found');
  });

  it('refuses two collectors with the same id', () => {
    expect(() =>
      createService({
        collectors: [deployments, { ...registry, id: 'deployments' }],
      }),
    ).toThrow(/Two evidence collectors have the id 'deployments'/);
  });
});
