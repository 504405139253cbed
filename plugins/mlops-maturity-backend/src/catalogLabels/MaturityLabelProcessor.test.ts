import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { ServiceLevelEntry } from '@mlops-maturity/plugin-mlops-maturity-common';
import { fetchMaturityLevels } from './fetchMaturityLevels';
import { MaturityLabelProcessor } from './MaturityLabelProcessor';
import { LEVELS_START_UP_GRACE_MS, MaturityLevelMap } from './MaturityLevelMap';

const STATUS = 'mlops-maturity.io/status';
const LEVEL = 'mlops-maturity.io/overall-level';
const SELECTORS = [{ kind: 'Component', types: ['ml-service'] }];

function component(
  name: string,
  type = 'ml-service',
  labels?: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, ...(labels ? { labels } : {}) },
    spec: { type, owner: 'team-a', lifecycle: 'production' },
  };
}

function entry(
  name: string,
  status: ServiceLevelEntry['status'],
  overallLevelId: string | null,
): ServiceLevelEntry {
  return { entityRef: `component:default/${name}`, status, overallLevelId };
}

/** A fetch that answers `GET /overview/levels` from `entries`, a page at a time, counting requests. */
function levelsEndpoint(entries: () => ServiceLevelEntry[] | Error) {
  const calls: URL[] = [];
  const fetchFn = jest.fn(async (input: any, _init?: RequestInit) => {
    const url = new URL(String(input));
    calls.push(url);
    const all = entries();
    if (all instanceof Error) throw all;
    const after = url.searchParams.get('after');
    const limit = Number(url.searchParams.get('limit'));
    const rest = all.filter(e => after === null || e.entityRef > after);
    const items = rest.slice(0, limit);
    return new Response(
      JSON.stringify({
        items,
        nextAfter:
          rest.length > limit ? items[items.length - 1].entityRef : null,
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  });
  return { fetchFn, calls };
}

function setup(entries: () => ServiceLevelEntry[] | Error, pageSize = 1000) {
  const endpoint = levelsEndpoint(entries);
  const logger = mockServices.logger.mock();
  const map = new MaturityLevelMap(
    () =>
      fetchMaturityLevels({
        discovery: {
          getBaseUrl: async () => 'http://backstage/api/mlops-maturity',
        },
        auth: mockServices.auth(),
        pageSize,
        timeoutMs: 1000,
        fetch: endpoint.fetchFn as unknown as typeof fetch,
      }),
    logger,
  );
  const processor = new MaturityLabelProcessor({
    selectors: SELECTORS,
    lookup: ref => map.get(ref),
  });
  const labelsOf = async (entity: Entity) =>
    (await (processor.preProcessEntity as any)(entity)).metadata.labels as
      | Record<string, string>
      | undefined;
  return { ...endpoint, map, processor, labelsOf, logger };
}

describe('MaturityLabelProcessor', () => {
  it('sets the status and overall level labels from the loaded levels', async () => {
    const { map, labelsOf } = setup(() => [
      entry('assessed-svc', 'assessed', 'managed'),
      entry('provisional-svc', 'provisional', 'initial'),
      entry('new-svc', 'not-assessed', null),
    ]);
    await map.refresh();
    expect(await labelsOf(component('assessed-svc'))).toEqual({
      [STATUS]: 'assessed',
      [LEVEL]: 'managed',
    });
    expect(await labelsOf(component('provisional-svc'))).toEqual({
      [STATUS]: 'provisional',
      [LEVEL]: 'initial',
    });
    expect(await labelsOf(component('new-svc'))).toEqual({
      [STATUS]: 'not-assessed',
    });
  });

  it('keeps the entity’s other labels and replaces its own copies of these', async () => {
    const { map, labelsOf } = setup(() => [
      entry('svc', 'assessed', 'defined'),
    ]);
    await map.refresh();
    expect(
      await labelsOf(
        component('svc', 'ml-service', { tier: 'gold', [LEVEL]: 'optimised' }),
      ),
    ).toEqual({ tier: 'gold', [STATUS]: 'assessed', [LEVEL]: 'defined' });
  });

  it('finds a service whatever the case of its ref', async () => {
    const { map, labelsOf } = setup(() => [
      entry('mixed-case', 'assessed', 'managed'),
    ]);
    await map.refresh();
    expect((await labelsOf(component('Mixed-Case')))?.[LEVEL]).toBe('managed');
  });

  it('leaves entities that are not ML services alone', async () => {
    const { map, labelsOf } = setup(() => [
      entry('site', 'assessed', 'managed'),
    ]);
    await map.refresh();
    expect(
      await labelsOf(component('site', 'website', { [LEVEL]: 'mine' })),
    ).toEqual({ [LEVEL]: 'mine' });
  });

  it('sets no labels, and removes stated ones, while a level is not known', async () => {
    const { map, labelsOf } = setup(() => [
      entry('known', 'assessed', 'managed'),
    ]);
    // Before the first load.
    expect(await labelsOf(component('known'))).toBeUndefined();
    await map.refresh();
    // Not in the plugin's index (for example, added to the catalog since).
    expect(
      await labelsOf(
        component('unknown', 'ml-service', { [STATUS]: 'assessed' }),
      ),
    ).toBeUndefined();
  });

  it('loads the levels of N services with one request, and processing asks for none', async () => {
    const names = Array.from({ length: 250 }, (_, i) => `svc-${i}`);
    const { map, labelsOf, calls } = setup(() =>
      names.map(n => entry(n, 'assessed', 'managed')),
    );
    await map.refresh();
    for (const name of names) {
      expect((await labelsOf(component(name)))?.[STATUS]).toBe('assessed');
    }
    expect(calls).toHaveLength(1);
    expect(calls[0].pathname).toBe('/api/mlops-maturity/overview/levels');
  });

  it('reads larger catalogs page by page, one request per page', async () => {
    const names = Array.from(
      { length: 25 },
      (_, i) => `svc-${String(i).padStart(2, '0')}`,
    );
    const { map, calls } = setup(
      () => names.map(n => entry(n, 'assessed', 'managed')),
      10,
    );
    await map.refresh();
    expect(map.size).toBe(25);
    expect(calls.map(c => c.searchParams.get('after'))).toEqual([
      null,
      'component:default/svc-09',
      'component:default/svc-19',
    ]);
  });

  it('keeps the previous levels when a load fails', async () => {
    let answer: ServiceLevelEntry[] | Error = [
      entry('svc', 'assessed', 'managed'),
    ];
    const { map, labelsOf, logger } = setup(() => answer);
    await map.refresh();
    answer = new Error('connect ECONNREFUSED');
    await map.refresh();
    expect(await labelsOf(component('svc'))).toEqual({
      [STATUS]: 'assessed',
      [LEVEL]: 'managed',
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('keeping the levels loaded before'),
    );
    // The next successful load replaces them.
    answer = [entry('svc', 'assessed', 'defined')];
    await map.refresh();
    expect((await labelsOf(component('svc')))?.[LEVEL]).toBe('defined');
  });

  it('logs a failed first load during start-up as information, and as a warning after it', async () => {
    let clock = 0;
    const logger = mockServices.logger.mock();
    const map = new MaturityLevelMap(
      async () => {
        throw new Error('Service Unavailable');
      },
      logger,
      () => clock,
    );
    await map.refresh();
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('not available yet'),
    );
    expect(logger.warn).not.toHaveBeenCalled();
    clock = LEVELS_START_UP_GRACE_MS;
    await map.refresh();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('no labels until a load succeeds'),
    );
    expect(map.size).toBeUndefined();
  });

  it('keeps the previous levels when a later page fails, rather than a partial list', async () => {
    let fail = false;
    const names = ['a', 'b', 'c'];
    const endpoint = levelsEndpoint(() =>
      names.map(n => entry(n, 'assessed', 'managed')),
    );
    const fetchFn = jest.fn(async (input: any, init: any) => {
      if (fail && String(input).includes('after=')) {
        return new Response('{}', { status: 503 });
      }
      return endpoint.fetchFn(input, init);
    });
    const map = new MaturityLevelMap(
      () =>
        fetchMaturityLevels({
          discovery: { getBaseUrl: async () => 'http://backstage/api/x' },
          auth: mockServices.auth(),
          pageSize: 2,
          timeoutMs: 1000,
          fetch: fetchFn as unknown as typeof fetch,
        }),
      mockServices.logger.mock(),
    );
    await map.refresh();
    names.push('d');
    fail = true;
    await map.refresh();
    expect(map.size).toBe(3);
    expect(map.get('component:default/d')).toBeUndefined();
  });

  it('gives up on a request after its deadline', async () => {
    const hanging = jest.fn(
      (_input: any, init: any) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal.addEventListener('abort', () =>
            reject(init.signal.reason),
          );
        }),
    );
    await expect(
      fetchMaturityLevels({
        discovery: { getBaseUrl: async () => 'http://backstage/api/x' },
        auth: mockServices.auth(),
        pageSize: 10,
        timeoutMs: 20,
        fetch: hanging as unknown as typeof fetch,
      }),
    ).rejects.toThrow(/timeout|aborted/i);
  });

  it('sends the module’s service token for the plugin', async () => {
    const { map, fetchFn } = setup(() => []);
    await map.refresh();
    const init = fetchFn.mock.calls[0][1]!;
    expect((init.headers as Record<string, string>).Authorization).toMatch(
      /^Bearer .+/,
    );
  });
});
