import type { Entity } from '@backstage/catalog-model';
import { buildOrganisation, groupClosure } from './organisation';

function group(name: string, parent?: string, extra: object = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'team',
      children: [],
      ...(parent ? { parent } : {}),
      ...extra,
    },
  };
}

describe('buildOrganisation', () => {
  it('reads group titles, types and parents, and each system domain', () => {
    const organisation = buildOrganisation({
      groups: [
        group('acme', undefined, {
          type: 'organization',
          profile: { displayName: 'Acme' },
        }),
        group('data', 'acme'),
        {
          ...group('ops'),
          relations: [{ type: 'childOf', targetRef: 'group:default/Data' }],
        },
      ],
      systems: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'System',
          metadata: { name: 'recs', namespace: 'shop', title: 'Recs' },
          spec: { domain: 'commerce' },
        },
      ],
      domains: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Domain',
          metadata: { name: 'commerce', namespace: 'shop' },
        },
      ],
    });
    expect(organisation.groups).toEqual([
      {
        group_ref: 'group:default/acme',
        title: 'Acme',
        type: 'organization',
        parent_ref: null,
      },
      {
        group_ref: 'group:default/data',
        title: 'data',
        type: 'team',
        parent_ref: 'group:default/acme',
      },
      {
        group_ref: 'group:default/ops',
        title: 'ops',
        type: 'team',
        parent_ref: 'group:default/data',
      },
    ]);
    expect(organisation.systems).toEqual([
      {
        system_ref: 'system:shop/recs',
        title: 'Recs',
        domain_ref: 'domain:shop/commerce',
      },
    ]);
    expect(organisation.domains).toEqual([
      { domain_ref: 'domain:shop/commerce', title: 'commerce' },
    ]);
    expect(organisation.closure).toHaveLength(6);
  });
});

describe('groupClosure', () => {
  const row = (g: string, parent: string | null) => ({
    group_ref: g,
    title: g,
    type: null,
    parent_ref: parent,
  });

  it('pairs every group with itself and each of its ancestors', () => {
    expect(
      groupClosure([row('a', null), row('b', 'a'), row('c', 'b')]),
    ).toEqual([
      { ancestor_ref: 'a', descendant_ref: 'a', depth: 0 },
      { ancestor_ref: 'b', descendant_ref: 'b', depth: 0 },
      { ancestor_ref: 'a', descendant_ref: 'b', depth: 1 },
      { ancestor_ref: 'c', descendant_ref: 'c', depth: 0 },
      { ancestor_ref: 'b', descendant_ref: 'c', depth: 1 },
      { ancestor_ref: 'a', descendant_ref: 'c', depth: 2 },
    ]);
  });

  it('stops at an unknown parent and cuts a cycle where it closes', () => {
    const closure = groupClosure([
      row('x', 'missing'),
      row('p', 'q'),
      row('q', 'p'),
    ]);
    expect(closure).toEqual([
      { ancestor_ref: 'x', descendant_ref: 'x', depth: 0 },
      { ancestor_ref: 'p', descendant_ref: 'p', depth: 0 },
      { ancestor_ref: 'q', descendant_ref: 'p', depth: 1 },
      { ancestor_ref: 'q', descendant_ref: 'q', depth: 0 },
      { ancestor_ref: 'p', descendant_ref: 'q', depth: 1 },
    ]);
  });
});
