import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  bareService,
  processedService,
  relatedEntities,
  unprocessedService,
} from '../../__fixtures__/entities';
import type { EvidenceRule } from '../../model/types';
import type { EvidenceContext } from '../types';
import { evaluateRule, type RuleOutcome } from '.';

function run(
  rule: EvidenceRule,
  entity: Entity,
  extra: Partial<EvidenceContext> = {},
) {
  const related = extra.related ?? relatedEntities;
  return evaluateRule(rule, {
    entity,
    related,
    ...extra,
    relatedByRef: new Map(related.map(e => [stringifyEntityRef(e), e])),
  });
}

const found = (...items: object[]): Partial<RuleOutcome> => ({
  status: 'found',
  items: items.map(item => expect.objectContaining(item)),
});
const notFound: Partial<RuleOutcome> = { status: 'not-found', items: [] };

describe('evidence rule evaluators', () => {
  it.each<[string, EvidenceRule, Entity, Partial<RuleOutcome>]>([
    // annotation
    [
      'annotation present, with the source location as a link',
      { type: 'annotation', key: 'backstage.io/source-location' },
      processedService,
      found({
        source: 'annotation',
        label:
          'backstage.io/source-location: url:https://github.com/acme/fraud-scorer/tree/main/',
        url: 'https://github.com/acme/fraud-scorer/tree/main/',
      }),
    ],
    [
      'annotation present, no url when the value is not one',
      { type: 'annotation', key: 'argocd/app-name' },
      processedService,
      {
        status: 'found',
        items: [
          { source: 'annotation', label: 'argocd/app-name: fraud-scorer' },
        ],
      },
    ],
    [
      'annotation matching a pattern',
      {
        type: 'annotation',
        key: 'backstage.io/source-location',
        pattern: 'github\\.com',
      },
      processedService,
      found({ source: 'annotation' }),
    ],
    [
      'annotation not matching a pattern',
      {
        type: 'annotation',
        key: 'backstage.io/source-location',
        pattern: '^url:https://gitlab',
      },
      processedService,
      notFound,
    ],
    [
      'annotation absent',
      { type: 'annotation', key: 'argocd/app-name' },
      bareService,
      notFound,
    ],
    [
      'annotation blank',
      { type: 'annotation', key: 'empty/annotation' },
      processedService,
      notFound,
    ],
    // tag
    [
      'tag present',
      { type: 'tag', tag: 'Model-Registry' },
      processedService,
      found({ label: 'tag: model-registry' }),
    ],
    ['tag absent', { type: 'tag', tag: 'gitops' }, processedService, notFound],
    [
      'tag on an entity without tags',
      { type: 'tag', tag: 'gitops' },
      bareService,
      notFound,
    ],
    // link
    [
      'link of a type',
      { type: 'link', linkType: 'experiment-tracking' },
      processedService,
      found({
        source: 'link',
        label: 'link (experiment-tracking): MLflow experiments',
        url: 'https://mlflow.acme.example/#/experiments/7',
      }),
    ],
    [
      'link by URL pattern',
      { type: 'link', urlPattern: 'grafana\\.' },
      processedService,
      found({ label: 'link (dashboard): Dashboard' }),
    ],
    [
      'link needing both type and pattern, one failing',
      { type: 'link', linkType: 'dashboard', urlPattern: 'mlflow' },
      processedService,
      notFound,
    ],
    [
      'link of a missing type',
      { type: 'link', linkType: 'runbook' },
      processedService,
      notFound,
    ],
    // field
    [
      'field present',
      { type: 'field', path: 'spec.lifecycle' },
      processedService,
      found({ label: 'spec.lifecycle: production' }),
    ],
    [
      'field one of the values',
      { type: 'field', path: 'spec.lifecycle', oneOf: ['production', 'beta'] },
      processedService,
      found({ source: 'field' }),
    ],
    [
      'field not one of the values',
      { type: 'field', path: 'spec.lifecycle', oneOf: ['production'] },
      unprocessedService,
      notFound,
    ],
    [
      'field empty',
      { type: 'field', path: 'spec.lifecycle' },
      bareService,
      notFound,
    ],
    [
      'field missing',
      { type: 'field', path: 'metadata.description' },
      bareService,
      notFound,
    ],
    [
      'field path through a missing object',
      { type: 'field', path: 'spec.deep.value' },
      bareService,
      notFound,
    ],
    [
      'field holding a list',
      {
        type: 'field',
        path: 'spec.dependsOn',
        oneOf: ['resource:default/fraud-model'],
      },
      processedService,
      found({ label: 'spec.dependsOn: resource:default/fraud-model' }),
    ],
    // ownerIsGroup
    [
      'owner is a group (relations)',
      { type: 'ownerIsGroup' },
      processedService,
      found({
        label: 'owner: group:default/risk-ml',
        entityRef: 'group:default/risk-ml',
      }),
    ],
    [
      'owner is a group (spec, bare name)',
      { type: 'ownerIsGroup' },
      unprocessedService,
      found({ label: 'owner: group:ml/churn-team' }),
    ],
    ['owner is a user', { type: 'ownerIsGroup' }, bareService, notFound],
    // relation
    [
      'relation to a kind and type (relations)',
      {
        type: 'relation',
        relation: 'dependsOn',
        targetKind: 'Resource',
        targetType: 'dataset',
      },
      processedService,
      found({
        source: 'relation',
        label: 'dependsOn: resource:default/card-transactions (dataset)',
        entityRef: 'resource:default/card-transactions',
      }),
    ],
    [
      'relation to a kind, any type',
      { type: 'relation', relation: 'dependsOn', targetKind: 'component' },
      processedService,
      found({ entityRef: 'component:default/feature-api' }),
    ],
    [
      'relation whose target was not fetched',
      {
        type: 'relation',
        relation: 'dependsOn',
        targetKind: 'Component',
        targetType: 'service',
      },
      processedService,
      notFound,
    ],
    [
      'relation of a type nothing has',
      {
        type: 'relation',
        relation: 'dependsOn',
        targetKind: 'Resource',
        targetType: 'feature-store',
      },
      processedService,
      notFound,
    ],
    [
      'relation from an unprocessed spec, default namespace of the entity',
      {
        type: 'relation',
        relation: 'dependsOn',
        targetKind: 'Resource',
        targetType: 'dataset',
      },
      unprocessedService,
      found({ entityRef: 'resource:ml/churn-events' }),
    ],
    [
      'relation on an entity without any',
      { type: 'relation', relation: 'dependsOn', targetKind: 'Resource' },
      bareService,
      notFound,
    ],
  ])('%s', (_name, rule, entity, expected) => {
    expect(run(rule, entity)).toMatchObject(expected);
  });

  it('lists every matching link and relation', () => {
    expect(
      run({ type: 'link', urlPattern: '^https://' }, processedService).items,
    ).toHaveLength(2);
    expect(
      run(
        { type: 'relation', relation: 'dependsOn', targetKind: 'Resource' },
        processedService,
      ).items.map(i => i.entityRef),
    ).toEqual([
      'resource:default/card-transactions',
      'resource:default/fraud-model',
    ]);
  });

  it('shortens long values in labels', () => {
    const entity: Entity = {
      ...bareService,
      metadata: { name: 'x', description: 'word '.repeat(100) },
    };
    const { label } = run(
      { type: 'field', path: 'metadata.description' },
      entity,
    ).items[0];
    expect(label.length).toBeLessThanOrEqual(
      'metadata.description: '.length + 120,
    );
    expect(label.endsWith('…')).toBe(true);
  });

  describe('collector', () => {
    const rule: EvidenceRule = { type: 'collector', collectorId: 'argo' };
    it('passes on what the collector found', () => {
      const items = [
        { source: 'argo', label: 'synced', url: 'https://argo.example/app' },
      ];
      expect(
        run(rule, bareService, {
          collected: { argo: { status: 'found', items } },
        }),
      ).toEqual({
        status: 'found',
        items,
      });
    });
    it('passes on a failure with its message', () => {
      expect(
        run(rule, bareService, {
          collected: {
            argo: { status: 'unavailable', items: [], message: 'timed out' },
          },
        }),
      ).toEqual({ status: 'unavailable', items: [], message: 'timed out' });
    });
    it('is unavailable when the collector did not report', () => {
      expect(run(rule, bareService, { collected: {} })).toMatchObject({
        status: 'unavailable',
        message: expect.stringContaining("'argo'"),
      });
    });
  });
});
