import {
  AuthorizeResult,
  type PermissionCondition,
  type PermissionCriteria,
  type PermissionRuleParams,
} from '@backstage/plugin-permission-common';
import type {
  IndexPredicate,
  VisibilityCandidate,
} from '../overview/queries/visibility';
import {
  AUTHORIZE_BATCH_SIZE,
  catalogReadVisibility,
  indexBounds,
  serviceVerdict,
} from './catalogReadVisibility';

function rule(name: string, params: PermissionRuleParams): PermissionCondition {
  return { rule: name, resourceType: 'catalog-entity', params };
}

const owner = rule('IS_ENTITY_OWNER', { claims: ['Group:Default/Team-A'] });
const kind = rule('IS_ENTITY_KIND', { kinds: ['Component'] });
const label = rule('HAS_LABEL', { label: 'tier', value: 'gold' });
const custom = rule('IS_IN_COST_CENTRE', { centre: 'ml' });

const ownerPredicate: IndexPredicate = {
  type: 'owner',
  owners: ['group:default/team-a'],
};
const kindPredicate: IndexPredicate = { type: 'kind', kinds: ['component'] };

function service(
  name: string,
  extra: Partial<VisibilityCandidate> = {},
): VisibilityCandidate {
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    ownerRef: 'group:default/team-b',
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name },
    },
    ...extra,
  };
}

describe('indexBounds', () => {
  it('translates kind and owner conditions exactly, lower-cased', () => {
    expect(indexBounds({ allOf: [kind, { not: owner }] })).toEqual({
      exact: true,
      lower: {
        type: 'allOf',
        parts: [kindPredicate, { type: 'not', part: ownerPredicate }],
      },
      upper: {
        type: 'allOf',
        parts: [kindPredicate, { type: 'not', part: ownerPredicate }],
      },
    });
  });

  it('bounds a tree with a rule the index lacks from both sides', () => {
    // anyOf(owner, label): owner's services pass for sure; anyone may.
    expect(indexBounds({ anyOf: [owner, label] })).toEqual({
      exact: false,
      lower: ownerPredicate,
      upper: { type: 'constant', value: true },
    });
    // not(anyOf(owner, label)): owner's services fail for sure; nobody surely passes.
    expect(indexBounds({ not: { anyOf: [owner, label] } })).toEqual({
      exact: false,
      lower: { type: 'constant', value: false },
      upper: { type: 'not', part: ownerPredicate },
    });
  });

  it('leaves a condition with parameters it cannot read to the other paths', () => {
    expect(
      indexBounds(rule('IS_ENTITY_OWNER', { claims: 'group:default/a' })),
    ).toMatchObject({ exact: false });
  });
});

describe('serviceVerdict', () => {
  it('decides owner and kind on the index columns, labels on the snapshot', () => {
    const tree: PermissionCriteria<PermissionCondition> = {
      allOf: [kind, { anyOf: [owner, label] }],
    };
    expect(serviceVerdict(tree, service('a'))).toBe(false);
    expect(
      serviceVerdict(tree, service('b', { ownerRef: 'group:default/team-a' })),
    ).toBe(true);
    expect(
      serviceVerdict(
        tree,
        service('c', {
          entity: {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'c', labels: { Tier: 'GOLD' } },
          },
        }),
      ),
    ).toBe(true);
  });

  it('is undecided for an unknown rule, or a snapshot rule without a snapshot', () => {
    expect(serviceVerdict(custom, service('a'))).toBeUndefined();
    expect(serviceVerdict(label, service('a', { entity: null }))).toBe(
      undefined,
    );
    // Settled by the part the index decides.
    expect(serviceVerdict({ allOf: [owner, custom] }, service('a'))).toBe(
      false,
    );
  });
});

describe('catalogReadVisibility', () => {
  const noCandidates = () => {
    throw new Error('no candidates expected');
  };
  const noAuthorize = async () => {
    throw new Error('no authorize expected');
  };

  it('needs nothing more for ALLOW, DENY and conditions the index holds', async () => {
    await expect(
      catalogReadVisibility({
        decision: { result: AuthorizeResult.ALLOW },
        candidates: noCandidates,
        authorize: noAuthorize,
      }),
    ).resolves.toMatchObject({
      visibility: { where: { type: 'constant', value: true }, refs: [] },
    });
    await expect(
      catalogReadVisibility({
        decision: { result: AuthorizeResult.DENY },
        candidates: noCandidates,
        authorize: noAuthorize,
      }),
    ).resolves.toMatchObject({
      visibility: { where: { type: 'constant', value: false }, refs: [] },
    });
    await expect(
      catalogReadVisibility({
        decision: {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'catalog',
          resourceType: 'catalog-entity',
          conditions: owner,
        },
        candidates: noCandidates,
        authorize: noAuthorize,
      }),
    ).resolves.toMatchObject({
      visibility: { where: ownerPredicate, refs: [] },
    });
  });

  it('loads nothing when the index settles every service', async () => {
    const decide = (conditions: PermissionCriteria<PermissionCondition>) =>
      catalogReadVisibility({
        decision: {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'catalog',
          resourceType: 'catalog-entity',
          conditions,
        },
        candidates: noCandidates,
        authorize: noAuthorize,
      });
    // An empty allOf holds for everyone, an empty anyOf for no one. The
    // framework's types forbid empty lists, but a decision arrives as JSON.
    const everyone = { allOf: [] } as unknown as typeof custom;
    const noOne = { anyOf: [] } as unknown as typeof custom;
    await expect(decide({ anyOf: [everyone, custom] })).resolves.toEqual({
      visibility: { where: { type: 'constant', value: true }, refs: [] },
      cost: { evaluated: 0, authorized: 0, authorizeCalls: 0 },
    });
    await expect(decide({ allOf: [noOne, custom] })).resolves.toEqual({
      visibility: { where: { type: 'constant', value: false }, refs: [] },
      cost: { evaluated: 0, authorized: 0, authorizeCalls: 0 },
    });
  });

  it('asks only for the open services, and the permission backend in batches', async () => {
    const open = Array.from({ length: 2 * AUTHORIZE_BATCH_SIZE + 10 }, (_, i) =>
      service(`s${i}`),
    );
    const asked: IndexPredicate[] = [];
    const authorize = jest.fn(async (refs: string[]) =>
      refs.map(ref => ref.endsWith('0')),
    );
    const { visibility, cost } = await catalogReadVisibility({
      decision: {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: { anyOf: [owner, custom] },
      },
      candidates: async function* candidates(where) {
        asked.push(where);
        yield open.slice(0, 300);
        yield open.slice(300);
      },
      authorize,
    });
    // Team A's services pass in SQL; only the others are loaded.
    expect(asked).toEqual([{ type: 'not', part: ownerPredicate }]);
    expect(authorize.mock.calls.map(([refs]) => refs.length)).toEqual([
      AUTHORIZE_BATCH_SIZE,
      AUTHORIZE_BATCH_SIZE,
      10,
    ]);
    expect(cost).toEqual({
      evaluated: open.length,
      authorized: open.length,
      authorizeCalls: 3,
    });
    expect(visibility.where).toEqual(ownerPredicate);
    expect(visibility.refs).toEqual(
      open.map(s => s.entityRef).filter(ref => ref.endsWith('0')),
    );
  });
});
