import type { Entity } from '@backstage/catalog-model';
import { maturitySearchDocument } from './demoSearchMaturityLabels';

function component(labels?: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'fraud-scorer', description: 'Scores payments', labels },
    spec: { type: 'ml-service', owner: 'team-a', lifecycle: 'production' },
  };
}

describe('maturitySearchDocument', () => {
  it('adds the maturity level and status to the searchable text', () => {
    expect(
      maturitySearchDocument(
        component({
          'mlops-maturity.io/overall-level': 'managed',
          'mlops-maturity.io/status': 'assessed',
        }),
      ).text,
    ).toBe('Scores payments : MLOps maturity level managed assessed');
  });

  it('says "not assessed" in words', () => {
    expect(
      maturitySearchDocument(
        component({ 'mlops-maturity.io/status': 'not-assessed' }),
      ).text,
    ).toBe('Scores payments : MLOps maturity not assessed');
  });

  it('leaves other entities as the default transformer makes them', () => {
    expect(maturitySearchDocument(component())).toMatchObject({
      title: 'fraud-scorer',
      text: 'Scores payments',
      kind: 'Component',
    });
  });
});
