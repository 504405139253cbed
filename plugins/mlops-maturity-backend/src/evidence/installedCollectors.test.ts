import { mockServices } from '@backstage/backend-test-utils';
import {
  defaultModel,
  evaluateEvidence,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { catalogEntities, testModel } from './__fixtures__/evidenceFixtures';
import {
  logMissingCollectors,
  withInstalledCollectors,
} from './installedCollectors';

/** testModel with a criterion that needs a catalog rule and a collector. */
function modelWithAllMatch(): MaturityModel {
  const model = structuredClone(testModel);
  model.areas[0].criteria.push({
    ...model.areas[0].criteria[0],
    id: 'dep.both',
    evidence: {
      match: 'all',
      rules: [
        { type: 'annotation', key: 'argocd/app-name' },
        { type: 'collector', collectorId: 'registry' },
      ],
    },
  });
  return model;
}

describe('withInstalledCollectors', () => {
  it('returns the model itself when every collector is installed', () => {
    const installed = new Set(['deployments', 'registry']);
    const result = withInstalledCollectors(testModel, installed);
    expect(result.model).toBe(testModel);
    expect(result.missing.size).toBe(0);
  });

  it('leaves out the rules of missing collectors and names their criteria', () => {
    const model = modelWithAllMatch();
    const { model: inEffect, missing } = withInstalledCollectors(
      model,
      new Set(['deployments']),
    );
    expect([...missing]).toEqual([['registry', ['dep.registry', 'dep.both']]]);
    const criteria = inEffect.areas.flatMap(area => area.criteria);
    const byId = new Map(criteria.map(c => [c.id, c]));
    // A criterion whose only rule was the collector's has no evidence spec left.
    expect(byId.get('dep.registry')!.evidence).toBeUndefined();
    expect(byId.get('dep.both')!.evidence).toEqual({
      match: 'all',
      rules: [{ type: 'annotation', key: 'argocd/app-name' }],
    });
    expect(byId.get('dep.gitops')!.evidence!.rules).toEqual([
      { type: 'collector', collectorId: 'deployments' },
    ]);
    // The input is not changed.
    expect(
      model.areas[0].criteria.find(c => c.id === 'dep.both')!.evidence!.rules,
    ).toHaveLength(2);
  });

  it('lets an all-match criterion be found by its remaining rules', () => {
    const { model } = withInstalledCollectors(
      modelWithAllMatch(),
      new Set(['deployments']),
    );
    const scorer = catalogEntities.find(
      e => e.metadata.name === 'fraud-scorer',
    )!;
    const evidence = evaluateEvidence(model, {
      entity: scorer,
      related: [],
      collected: { deployments: { status: 'not-found', items: [] } },
    });
    expect(evidence['dep.both'].status).toBe('found');
    expect(evidence['dep.registry']).toBeUndefined();
  });

  it('needs nothing but the catalog for the default model: only the demo collector is optional', () => {
    const { model, missing } = withInstalledCollectors(defaultModel, new Set());
    expect([...missing]).toEqual([
      ['demo-deployments', ['dep-release-process']],
    ]);
    const rules = model.areas.flatMap(area =>
      area.criteria.flatMap(c => c.evidence?.rules ?? []),
    );
    expect(rules.filter(rule => rule.type === 'collector')).toEqual([]);
    // The criterion keeps its catalog rules.
    const release = model.areas
      .flatMap(area => area.criteria)
      .find(c => c.id === 'dep-release-process')!;
    expect(release.evidence!.rules.length).toBeGreaterThan(0);
  });
});

describe('logMissingCollectors', () => {
  it('logs one line at the given level, and nothing when none is missing', () => {
    const logger = mockServices.logger.mock();
    logMissingCollectors(logger, new Map());
    expect(logger.info).not.toHaveBeenCalled();

    logMissingCollectors(
      logger,
      new Map([
        ['a', ['c1', 'c2']],
        ['b', ['c3']],
      ]),
      'warn',
    );
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining("'a' (criteria c1, c2), 'b' (criteria c3)"),
    );
    expect(logger.info).not.toHaveBeenCalled();
  });
});
