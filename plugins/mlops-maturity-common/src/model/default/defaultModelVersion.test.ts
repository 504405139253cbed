import { carryOverAnswers } from '../../input/carryOverAnswers';
import { answersReaching, resultOf, score } from '../../__testUtils__/scoring';
import { defaultModel } from './index';

/**
 * Version 1.1.0 of the default model added one criterion for each
 * characteristic the area descriptions named but no question asked about.
 */
const ADDED_IN_1_1_0 = [
  ['dev-semi-automated-experiments', 'development', 'intermediate'],
  ['dep-extensive-release-testing', 'deployment', 'advanced'],
  ['mon-predictive-analysis', 'monitoring', 'advanced'],
  ['gov-advanced-risk-management', 'governance', 'advanced'],
] as const;

const addedIds: string[] = ADDED_IN_1_1_0.map(([id]) => id);

describe('defaultModel 1.1.0', () => {
  it('has a version above 1.0.0 and 44 criteria', () => {
    expect(defaultModel.version).toBe('1.1.0');
    expect(defaultModel.areas.flatMap(a => a.criteria)).toHaveLength(44);
  });

  it.each(ADDED_IN_1_1_0)(
    'asks about %s in %s, gating %s',
    (id, areaId, levelId) => {
      const area = defaultModel.areas.find(a => a.id === areaId)!;
      const criterion = area.criteria.find(c => c.id === id);
      expect(criterion?.levelId).toBe(levelId);
      // Every level above the floor is described with the characteristic it now asks about.
      expect(area.levels[levelId].characteristics.length).toBeGreaterThan(0);
    },
  );

  it('carries over every answer given under 1.0.0 and asks the new questions unanswered', () => {
    // Answers of 1.0.0 meeting every criterion: all of today's ids but the added ones.
    const all = answersReaching(defaultModel, {
      development: 'advanced',
      deployment: 'advanced',
      monitoring: 'advanced',
      governance: 'advanced',
    });
    const answersV1 = Object.fromEntries(
      Object.entries(all).filter(([id]) => !addedIds.includes(id)),
    );
    expect(Object.keys(answersV1)).toHaveLength(40);

    const { current, retired } = carryOverAnswers(defaultModel, answersV1);
    expect(retired).toEqual({});
    expect(current).toEqual(answersV1);

    const scorecard = score(defaultModel, answersV1);
    expect(scorecard.modelVersion).toBe('1.1.0');
    for (const id of addedIds) {
      expect(resultOf(scorecard, id).provenance).toBe('unanswered');
    }
    // The new criteria count as not met until answered: Development misses an
    // Intermediate criterion, the other areas an Advanced one.
    expect(
      Object.fromEntries(scorecard.areas.map(a => [a.areaId, a.levelId])),
    ).toEqual({
      development: 'basic',
      deployment: 'intermediate',
      monitoring: 'intermediate',
      governance: 'intermediate',
    });
    expect(scorecard.roadmap.map(item => item.criterionId).sort()).toEqual(
      [...addedIds].sort(),
    );

    // Answering them restores the levels the team had.
    const full = score(defaultModel, all);
    expect(full.areas.map(a => a.levelId)).toEqual([
      'advanced',
      'advanced',
      'advanced',
      'advanced',
    ]);
  });
});
