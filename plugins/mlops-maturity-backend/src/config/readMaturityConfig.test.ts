import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_ENTITY_SELECTORS } from '@mlops-maturity/plugin-mlops-maturity-common';
import { readMaturityConfig } from './readMaturityConfig';

const read = (mlopsMaturity?: object) =>
  readMaturityConfig(
    mockServices.rootConfig({ data: mlopsMaturity ? { mlopsMaturity } : {} }),
  );

describe('readMaturityConfig', () => {
  it('applies the documented defaults', () => {
    expect(read()).toEqual({
      entities: DEFAULT_ENTITY_SELECTORS,
      staleAfterDays: 180,
      evidenceMaxAgeMinutes: 60,
      catalogTimeoutSeconds: 5,
      collectorTimeoutMs: undefined,
      permissionCacheSeconds: 10,
      minimumCompleteness: 1,
      minimumAssessedForMedian: 1,
      modelFile: undefined,
      seedFile: undefined,
    });
  });

  it('reads every key', () => {
    expect(
      read({
        entities: [
          { kind: 'Component', types: ['ml-service'] },
          { kind: 'Resource' },
        ],
        staleAfterDays: 90,
        collectorTimeoutMs: 500,
        catalogTimeoutSeconds: 2.5,
        evidence: { maxAgeMinutes: 15 },
        submission: { minimumCompleteness: 0.8 },
        overview: { minimumAssessedForMedian: 3 },
        permissions: { cacheSeconds: 0 },
        model: { file: 'model.yaml' },
        seed: { file: 'seed.yaml' },
      }),
    ).toEqual({
      entities: [
        { kind: 'Component', types: ['ml-service'] },
        { kind: 'Resource' },
      ],
      staleAfterDays: 90,
      evidenceMaxAgeMinutes: 15,
      catalogTimeoutSeconds: 2.5,
      collectorTimeoutMs: 500,
      permissionCacheSeconds: 0,
      minimumCompleteness: 0.8,
      minimumAssessedForMedian: 3,
      modelFile: 'model.yaml',
      seedFile: 'seed.yaml',
    });
  });

  it.each([
    [{ staleAfterDays: 0 }, /mlopsMaturity\.staleAfterDays/],
    [{ collectorTimeoutMs: -5 }, /mlopsMaturity\.collectorTimeoutMs/],
    [{ catalogTimeoutSeconds: 0 }, /mlopsMaturity\.catalogTimeoutSeconds/],
    [
      { permissions: { cacheSeconds: -1 } },
      /mlopsMaturity\.permissions\.cacheSeconds: must be a number of seconds from 0/,
    ],
    [
      { permissions: { cacheSeconds: 301 } },
      /mlopsMaturity\.permissions\.cacheSeconds/,
    ],
    [
      { overview: { minimumAssessedForMedian: 0 } },
      /mlopsMaturity\.overview\.minimumAssessedForMedian: must be a whole number of services, at least 1, got 0/,
    ],
    [
      { overview: { minimumAssessedForMedian: 1.5 } },
      /mlopsMaturity\.overview\.minimumAssessedForMedian/,
    ],
    [
      { submission: { minimumCompleteness: 1.5 } },
      /mlopsMaturity\.submission\.minimumCompleteness: must be a share from 0 to 1, got 1\.5/,
    ],
    [
      { submission: { minimumCompleteness: -0.1 } },
      /mlopsMaturity\.submission\.minimumCompleteness/,
    ],
    [
      { submission: { minimumCompleteness: 'all' } },
      /mlopsMaturity\.submission\.minimumCompleteness/,
    ],
    [
      { catalogTimeoutSeconds: 86_400 },
      /mlopsMaturity\.catalogTimeoutSeconds: must be at most 3600/,
    ],
    [
      { evidence: { maxAgeMinutes: 0 } },
      /mlopsMaturity\.evidence\.maxAgeMinutes/,
    ],
    [{ entities: [] }, /mlopsMaturity\.entities/],
    [{ entities: [{ types: ['x'] }] }, /kind/],
  ])('refuses %j, naming the key', (config, message) => {
    expect(() => read(config)).toThrow(message);
  });
});
