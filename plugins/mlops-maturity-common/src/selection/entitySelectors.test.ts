import type { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_ENTITY_SELECTORS,
  matchesEntitySelectors,
} from './entitySelectors';

function entity(kind: string, type?: unknown): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x' },
    ...(type === undefined ? {} : { spec: { type } }),
  };
}

describe('matchesEntitySelectors', () => {
  it.each<[string, Entity, boolean]>([
    ['an ml-service Component', entity('Component', 'ml-service'), true],
    ['a model-server Component', entity('Component', 'model-server'), true],
    ['an ml-pipeline Component', entity('Component', 'ml-pipeline'), true],
    ['a kind written in another case', entity('component', 'ML-Service'), true],
    ['a website Component', entity('Component', 'website'), false],
    ['a Component without a type', entity('Component'), false],
    ['a Component with a non-text type', entity('Component', 3), false],
    ['a Resource of an ML type', entity('Resource', 'ml-service'), false],
  ])('default selectors: %s -> %s', (_name, candidate, expected) => {
    expect(matchesEntitySelectors(candidate, DEFAULT_ENTITY_SELECTORS)).toBe(
      expected,
    );
  });

  it('selects every entity of a kind when a selector names no types', () => {
    const selectors = [
      { kind: 'System' },
      { kind: 'Component', types: ['service'] },
    ];
    expect(matchesEntitySelectors(entity('System'), selectors)).toBe(true);
    expect(
      matchesEntitySelectors(entity('Component', 'service'), selectors),
    ).toBe(true);
    expect(
      matchesEntitySelectors(entity('Component', 'ml-service'), selectors),
    ).toBe(false);
  });

  it('selects nothing with no selectors', () => {
    expect(matchesEntitySelectors(entity('Component', 'ml-service'), [])).toBe(
      false,
    );
  });
});
