import type { Entity } from '@backstage/catalog-model';
import {
  bareService,
  processedService,
  relatedEntities,
} from '../__fixtures__/entities';
import { criterion, tinyModel } from '../__fixtures__/models';
import type {
  CriterionEvidenceSpec,
  EvidenceRule,
  MaturityModel,
} from '../model/types';
import { evaluateEvidence } from './evaluateEvidence';
import type {
  CollectedEvidence,
  CriterionEvidence,
  EvidenceContext,
} from './types';

const FOUND: EvidenceRule = { type: 'annotation', key: 'argocd/app-name' };
const FOUND_SUFFICIENT: EvidenceRule = {
  type: 'ownerIsGroup',
  sufficient: true,
};
const MISSING: EvidenceRule = { type: 'tag', tag: 'gitops', sufficient: true };
const COLLECTOR: EvidenceRule = { type: 'collector', collectorId: 'argo' };

/** A model with one criterion carrying the given evidence spec. */
function modelWith(evidence: CriterionEvidenceSpec): MaturityModel {
  const model = tinyModel();
  model.areas[0].criteria = [criterion('only', 'intermediate', { evidence })];
  return model;
}

function evaluate(
  evidence: CriterionEvidenceSpec,
  ctx: Partial<EvidenceContext> = {},
): CriterionEvidence {
  return evaluateEvidence(modelWith(evidence), {
    entity: processedService,
    related: relatedEntities,
    ...ctx,
  }).only;
}

const unavailableCollector: Record<string, CollectedEvidence> = {
  argo: { status: 'unavailable', items: [], message: 'Argo CD timed out' },
};

describe('evaluateEvidence', () => {
  it.each<
    [
      string,
      CriterionEvidenceSpec,
      Partial<EvidenceContext>,
      Partial<CriterionEvidence>,
    ]
  >([
    [
      'any: one rule found',
      { rules: [MISSING, FOUND] },
      {},
      { status: 'found', sufficient: false },
    ],
    [
      'any: a sufficient rule found',
      { rules: [FOUND, FOUND_SUFFICIENT] },
      {},
      { status: 'found', sufficient: true },
    ],
    [
      'any: the sufficient rule is the one that did not match',
      { rules: [FOUND, MISSING] },
      {},
      { status: 'found', sufficient: false },
    ],
    [
      'any: nothing found',
      { rules: [MISSING] },
      {},
      { status: 'not-found', sufficient: false, items: [] },
    ],
    [
      'any: nothing found and a source unavailable',
      { rules: [MISSING, COLLECTOR] },
      { collected: unavailableCollector },
      {
        status: 'unavailable',
        sufficient: false,
        message: 'Argo CD timed out',
      },
    ],
    [
      'any: found beats an unavailable source',
      { rules: [FOUND, COLLECTOR] },
      { collected: unavailableCollector },
      { status: 'found' },
    ],
    [
      'all: every rule found, not all sufficient',
      { match: 'all', rules: [FOUND, FOUND_SUFFICIENT] },
      {},
      { status: 'found', sufficient: false },
    ],
    [
      'all: every rule found and sufficient',
      {
        match: 'all',
        rules: [
          FOUND_SUFFICIENT,
          { type: 'field', path: 'spec.lifecycle', sufficient: true },
        ],
      },
      {},
      { status: 'found', sufficient: true },
    ],
    [
      'all: one rule not found',
      { match: 'all', rules: [FOUND, MISSING] },
      {},
      { status: 'not-found', items: [] },
    ],
    [
      'all: one rule not found beats an unavailable one',
      { match: 'all', rules: [MISSING, COLLECTOR] },
      { collected: unavailableCollector },
      { status: 'not-found' },
    ],
    [
      'all: found and unavailable',
      { match: 'all', rules: [FOUND, COLLECTOR] },
      { collected: unavailableCollector },
      { status: 'unavailable', items: [] },
    ],
    [
      'catalog unavailable: every catalog rule is unavailable',
      { rules: [FOUND, FOUND_SUFFICIENT] },
      { catalogUnavailable: true },
      {
        status: 'unavailable',
        sufficient: false,
        message: 'The catalog could not be read',
      },
    ],
    [
      'catalog unavailable: collectors still count',
      { rules: [FOUND, COLLECTOR] },
      {
        catalogUnavailable: true,
        collected: {
          argo: {
            status: 'found',
            items: [{ source: 'argo', label: 'app synced' }],
          },
        },
      },
      { status: 'found', items: [{ source: 'argo', label: 'app synced' }] },
    ],
    [
      'related entities unavailable: typed relation rules are unavailable',
      {
        rules: [
          {
            type: 'relation',
            relation: 'dependsOn',
            targetKind: 'Resource',
            targetType: 'dataset',
          },
        ],
      },
      { relatedUnavailable: true },
      {
        status: 'unavailable',
        message: 'Related entities could not be read from the catalog',
      },
    ],
    [
      'related entities unavailable: untyped relation rules still work',
      {
        rules: [
          { type: 'relation', relation: 'dependsOn', targetKind: 'Resource' },
        ],
      },
      { relatedUnavailable: true },
      { status: 'found' },
    ],
  ])('%s', (_name, spec, ctx, expected) => {
    expect(evaluate(spec, ctx)).toMatchObject(expected);
  });

  it('collects the items of every matching rule', () => {
    const result = evaluate({ rules: [FOUND, FOUND_SUFFICIENT, MISSING] });
    expect(result.items.map(i => i.label)).toEqual([
      'argocd/app-name: fraud-scorer',
      'owner: group:default/risk-ml',
    ]);
  });

  it('covers every criterion with rules and no other', () => {
    const evidence = evaluateEvidence(tinyModel(), {
      entity: bareService,
      related: [],
      collected: {},
    });
    expect(Object.keys(evidence).sort()).toEqual([
      'dev-vcs',
      'ops-alerts',
      'ops-owner',
    ]);
    expect(evidence['ops-owner']).toEqual({
      status: 'not-found',
      sufficient: false,
      items: [],
    });
  });

  it('does not read the entity when the catalog is unavailable', () => {
    const stub = {
      apiVersion: 'v1',
      kind: 'Component',
      metadata: { name: 'x' },
    } as Entity;
    const evidence = evaluateEvidence(tinyModel(), {
      entity: stub,
      related: [],
      catalogUnavailable: true,
    });
    expect(Object.values(evidence).map(e => e.status)).toEqual([
      'unavailable',
      'unavailable',
      'unavailable',
    ]);
  });

  it('ignores related entities that cannot be named', () => {
    const broken = {
      apiVersion: 'v1',
      kind: 'Resource',
      metadata: {},
    } as Entity;
    const result = evaluate(
      {
        rules: [
          {
            type: 'relation',
            relation: 'dependsOn',
            targetKind: 'Resource',
            targetType: 'dataset',
          },
        ],
      },
      { related: [broken, ...relatedEntities] },
    );
    expect(result.status).toBe('found');
  });
});
