import { tinyModel } from '../__fixtures__/models';
import { answersReaching, score } from '../__testUtils__/scoring';
import { defaultModel } from '../model/default';
import type { AnswerSet } from './answerTypes';

describe('overall level (README: the scoring rules)', () => {
  describe('default model rules', () => {
    const I = 'intermediate';
    const A = 'advanced';
    const B = 'basic';
    it.each<[string, Record<string, string>, string | null]>([
      ['nothing assessed', {}, null],
      [
        'everything at Basic: Initial',
        { development: B, deployment: B, monitoring: B, governance: B },
        'initial',
      ],
      [
        'Development Intermediate: Reproducible',
        { development: I },
        'reproducible',
      ],
      [
        'Development Advanced alone: Reproducible',
        { development: A },
        'reproducible',
      ],
      [
        'Deployment and Governance Intermediate without Development: Initial',
        { deployment: I, governance: I },
        'initial',
      ],
      [
        'Development, Deployment, Governance Intermediate: Defined',
        { development: I, deployment: I, governance: I },
        'defined',
      ],
      [
        'Development, Deployment, Governance Intermediate, Monitoring Basic: Defined',
        { development: I, deployment: I, governance: I, monitoring: B },
        'defined',
      ],
      [
        'all four Intermediate: Managed',
        { development: I, deployment: I, monitoring: I, governance: I },
        'managed',
      ],
      [
        'three Advanced and one Intermediate: Managed',
        { development: A, deployment: A, monitoring: I, governance: A },
        'managed',
      ],
      [
        'all four Advanced: Optimized',
        { development: A, deployment: A, monitoring: A, governance: A },
        'optimized',
      ],
    ])('%s', (_name, levels, expected) => {
      const scorecard = score(
        defaultModel,
        answersReaching(defaultModel, levels),
      );
      for (const [areaId, levelId] of Object.entries(levels)) {
        expect(scorecard.areas.find(a => a.areaId === areaId)!.levelId).toBe(
          levelId,
        );
      }
      expect(scorecard.overall.levelId).toBe(expected);
    });

    it('carries the crosswalk of the level', () => {
      const scorecard = score(
        defaultModel,
        answersReaching(defaultModel, { development: I }),
      );
      const reproducible = defaultModel.overallLevels.find(
        o => o.id === 'reproducible',
      )!;
      expect(scorecard.overall.crosswalk).toEqual(reproducible.crosswalk);
    });
  });

  describe('rules as data', () => {
    const dev: AnswerSet = answersReaching(tinyModel(), { dev: 'advanced' });

    it('needs the requirements of every lower level, not only its own', () => {
      // ops Advanced alone meets no rule of "repeatable" (dev >= intermediate).
      const scorecard = score(
        tinyModel(),
        answersReaching(tinyModel(), { dev: 'basic', ops: 'advanced' }),
      );
      expect(scorecard.overall.levelId).toBe('start');
    });

    it('stops at the first level whose rule fails, even if a higher rule holds', () => {
      const model = tinyModel();
      // start -> needs-ops (ops >= intermediate) -> needs-dev (dev >= intermediate)
      model.overallLevels = [
        model.overallLevels[0],
        {
          ...model.overallLevels[1],
          id: 'needs-ops',
          requirements: [{ areas: ['ops'], atLeast: 'intermediate' }],
        },
        {
          ...model.overallLevels[2],
          id: 'needs-dev',
          requirements: [{ areas: ['dev'], atLeast: 'intermediate' }],
        },
      ];
      expect(score(model, dev).overall.levelId).toBe('start');
    });

    it('counts a not-assessed area as satisfying nothing, not even the floor', () => {
      const model = tinyModel();
      model.overallLevels[1].requirements = [
        { areas: 'all', atLeast: 'basic' },
      ];
      expect(score(model, dev).overall.levelId).toBe('start');
      expect(
        score(model, { ...dev, 'ops-owner': { value: 'no' } }).overall.levelId,
      ).toBe('repeatable');
    });

    it('gives the first level with one assessed area and nothing else', () => {
      expect(
        score(tinyModel(), { 'ops-owner': { value: 'no' } }).overall,
      ).toEqual({ levelId: 'start' });
    });

    it('is null when no area is assessed', () => {
      expect(score(tinyModel(), {}).overall).toEqual({ levelId: null });
    });

    it('reaches the top when every rule holds, with its crosswalk', () => {
      const scorecard = score(
        tinyModel(),
        answersReaching(tinyModel(), { dev: 'advanced', ops: 'advanced' }),
      );
      expect(scorecard.overall).toEqual({
        levelId: 'optimized',
        crosswalk: { google: '2', microsoft: '4' },
      });
    });
  });
});
