import type { Entity } from '@backstage/catalog-model';
import type {
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import { evaluateCatalogCriteria } from './catalogConditions';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'fraud-scorer',
    annotations: { 'Backstage.io/Source-Location': 'url:https://git' },
    labels: { tier: 'Gold' },
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/risk' },
    { type: 'dependsOn', targetRef: 'resource:default/features' },
  ],
};

function rule(
  name: string,
  params: Record<string, unknown>,
): PermissionCondition {
  return { rule: name, resourceType: 'catalog-entity', params } as any;
}

const owner = rule('IS_ENTITY_OWNER', { claims: ['group:default/risk'] });
const notOwner = rule('IS_ENTITY_OWNER', { claims: ['group:default/other'] });
const unknown = rule('HAS_SPEC', { key: 'lifecycle' });

describe('evaluateCatalogCriteria', () => {
  it.each<
    [string, PermissionCriteria<PermissionCondition>, boolean | undefined]
  >([
    ['owner by an ownedBy relation', owner, true],
    [
      'not owner when only another relation names the claim',
      rule('IS_ENTITY_OWNER', { claims: ['resource:default/features'] }),
      false,
    ],
    ['not owner without a matching claim', notOwner, false],
    [
      'kind, ignoring case',
      rule('IS_ENTITY_KIND', { kinds: ['component'] }),
      true,
    ],
    ['another kind', rule('IS_ENTITY_KIND', { kinds: ['API'] }), false],
    [
      'annotation key, ignoring case',
      rule('HAS_ANNOTATION', { annotation: 'backstage.io/source-location' }),
      true,
    ],
    [
      'annotation with a value that differs',
      rule('HAS_ANNOTATION', {
        annotation: 'backstage.io/source-location',
        value: 'url:https://other',
      }),
      false,
    ],
    [
      'label with its value, ignoring case',
      rule('HAS_LABEL', { label: 'tier', value: 'gold' }),
      true,
    ],
    ['missing label', rule('HAS_LABEL', { label: 'team' }), false],
    ['a rule this plugin does not apply', unknown, undefined],
    [
      'malformed parameters',
      rule('IS_ENTITY_KIND', { kinds: 'Component' }),
      undefined,
    ],
    [
      'allOf, all true',
      { allOf: [owner, rule('IS_ENTITY_KIND', { kinds: ['Component'] })] },
      true,
    ],
    [
      'allOf with one false settles it even beside an unknown rule',
      { allOf: [unknown, notOwner] },
      false,
    ],
    [
      'allOf with an unknown rule and no false one',
      { allOf: [owner, unknown] },
      undefined,
    ],
    [
      'anyOf with one true settles it even beside an unknown rule',
      { anyOf: [unknown, owner] },
      true,
    ],
    [
      'anyOf, all false',
      { anyOf: [notOwner, rule('HAS_LABEL', { label: 'team' })] },
      false,
    ],
    [
      'anyOf with an unknown rule and no true one',
      { anyOf: [notOwner, unknown] },
      undefined,
    ],
    ['not', { not: notOwner }, true],
    ['not of an unknown rule', { not: unknown }, undefined],
  ])('%s', (_name, criteria, expected) => {
    expect(evaluateCatalogCriteria(criteria, entity)).toBe(expected);
  });

  it('is not fooled by a condition naming an object member as its rule', () => {
    expect(
      evaluateCatalogCriteria(rule('constructor', {}), entity),
    ).toBeUndefined();
  });
});
