import { tinyModel } from '../__fixtures__/models';
import { answersReaching, score } from '../__testUtils__/scoring';
import { effectiveTargets } from './targets';

describe('effectiveTargets (README: the scoring rules)', () => {
  it.each<
    [
      string,
      Record<string, string | null>,
      Record<string, string> | undefined,
      Record<string, string>,
    ]
  >([
    [
      'default: the next level',
      { dev: 'basic', ops: 'intermediate' },
      undefined,
      { dev: 'intermediate', ops: 'advanced' },
    ],
    [
      'the top level stays the target at the top',
      { dev: 'advanced', ops: 'advanced' },
      undefined,
      { dev: 'advanced', ops: 'advanced' },
    ],
    [
      'not assessed: the level above the floor',
      { dev: null },
      undefined,
      { dev: 'intermediate', ops: 'intermediate' },
    ],
    [
      'an explicit target wins',
      { dev: 'basic', ops: 'basic' },
      { dev: 'advanced' },
      { dev: 'advanced', ops: 'intermediate' },
    ],
    [
      'an explicit target below the current level is kept',
      { dev: 'advanced', ops: 'basic' },
      { dev: 'intermediate' },
      { dev: 'intermediate', ops: 'intermediate' },
    ],
    [
      'an unknown level falls back to the default',
      { dev: 'basic', ops: 'basic' },
      { dev: 'expert' },
      { dev: 'intermediate', ops: 'intermediate' },
    ],
    [
      'unknown areas are ignored',
      { dev: 'basic', ops: 'basic' },
      { data: 'advanced' },
      { dev: 'intermediate', ops: 'intermediate' },
    ],
    [
      'an unknown current level counts as not assessed',
      { dev: 'expert', ops: 'basic' },
      undefined,
      { dev: 'intermediate', ops: 'intermediate' },
    ],
  ])('%s', (_name, levels, targets, expected) => {
    expect(effectiveTargets(tinyModel(), levels, targets)).toEqual(expected);
  });

  it('is what the scorecard uses', () => {
    const model = tinyModel();
    const scorecard = score(
      model,
      answersReaching(model, { dev: 'intermediate' }),
      {},
      { targets: { ops: 'advanced' } },
    );
    const levels = Object.fromEntries(
      scorecard.areas.map(a => [a.areaId, a.levelId]),
    );
    expect(
      Object.fromEntries(scorecard.areas.map(a => [a.areaId, a.targetLevelId])),
    ).toEqual(effectiveTargets(model, levels, { ops: 'advanced' }));
    expect(scorecard.areas.map(a => a.targetReached)).toEqual([false, false]);
  });

  it('never marks the target of a not-assessed area reached, even a target at the floor', () => {
    const model = tinyModel();
    const scorecard = score(
      model,
      answersReaching(model, { dev: 'intermediate' }),
      {},
      { targets: { dev: 'basic', ops: 'basic' } },
    );
    expect(
      scorecard.areas.map(a => [a.areaId, a.levelId, a.targetReached]),
    ).toEqual([
      ['dev', 'intermediate', true],
      ['ops', null, false],
    ]);
  });

  it('marks a target reached at or below the current level', () => {
    const model = tinyModel();
    const scorecard = score(
      model,
      answersReaching(model, { dev: 'intermediate', ops: 'advanced' }),
      {},
      {
        targets: { dev: 'intermediate' },
      },
    );
    expect(
      scorecard.areas.map(a => [a.targetLevelId, a.targetReached]),
    ).toEqual([
      ['intermediate', true],
      ['advanced', true],
    ]);
  });
});
