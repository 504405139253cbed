import {
  bareService,
  processedService,
  unprocessedService,
} from '../__fixtures__/entities';
import { criterion, tinyModel } from '../__fixtures__/models';
import type { EvidenceRule, MaturityModel } from '../model/types';
import { collectorIdsFor, relatedEntityRefsFor } from './relatedEntityRefs';

function modelWithRules(...rules: EvidenceRule[][]): MaturityModel {
  const model = tinyModel();
  model.areas[1].criteria = rules.map((r, i) =>
    criterion(`c${i}`, 'intermediate', { evidence: { rules: r } }),
  );
  return model;
}

const datasetRule: EvidenceRule = {
  type: 'relation',
  relation: 'dependsOn',
  targetKind: 'Resource',
  targetType: 'dataset',
};

describe('relatedEntityRefsFor', () => {
  it('lists the targets whose type a relation rule needs, from relations', () => {
    const model = modelWithRules(
      [datasetRule],
      [{ ...datasetRule, targetType: 'ai-model' }],
    );
    expect(relatedEntityRefsFor(model, processedService)).toEqual([
      'resource:default/card-transactions',
      'resource:default/fraud-model',
    ]);
  });

  it('falls back to spec.dependsOn on an unprocessed entity', () => {
    expect(
      relatedEntityRefsFor(modelWithRules([datasetRule]), unprocessedService),
    ).toEqual(['resource:ml/churn-events', 'resource:default/churn-model']);
  });

  it('skips rules that need no related entity and kinds no rule asks for', () => {
    const model = modelWithRules([
      { type: 'relation', relation: 'dependsOn', targetKind: 'Component' },
      {
        type: 'relation',
        relation: 'dependsOn',
        targetKind: 'API',
        targetType: 'openapi',
      },
    ]);
    expect(relatedEntityRefsFor(model, processedService)).toEqual([]);
  });

  it('returns nothing for an entity without relations or spec', () => {
    expect(
      relatedEntityRefsFor(modelWithRules([datasetRule]), bareService),
    ).toEqual([]);
  });
});

describe('collectorIdsFor', () => {
  it('lists collector ids once, in model order', () => {
    const model = modelWithRules(
      [{ type: 'collector', collectorId: 'argo' }],
      [
        { type: 'tag', tag: 'x' },
        { type: 'collector', collectorId: 'mlflow' },
        { type: 'collector', collectorId: 'argo' },
      ],
    );
    expect(collectorIdsFor(model)).toEqual(['argo', 'mlflow']);
  });

  it('is empty for a model without collector rules', () => {
    expect(collectorIdsFor(modelWithRules([datasetRule]))).toEqual([]);
  });
});
