import { tinyModel } from '../__fixtures__/models';
import { evidenceOf, score } from '../__testUtils__/scoring';
import type { EvidenceSet } from '../evidence/types';
import type { AnswerSet } from './answerTypes';
import type { LevelProgress } from './scorecardTypes';

// The dev area of the tiny model: dev-vcs (Intermediate, yes-no),
// dev-tracking (Intermediate, practice scale), dev-pipeline (Advanced,
// multiple choice manual 0 / partial 0.5 / full 1).
const na = { notApplicable: { reason: 'does not apply' } };

describe('area level, score and progress (README: the scoring rules)', () => {
  it.each<[string, AnswerSet, string | null, number | null]>([
    ['no answer: not assessed, never Basic', {}, null, null],
    ['an unmet answer: Basic', { 'dev-vcs': { value: 'no' } }, 'basic', 0],
    [
      'Intermediate partly met: Basic',
      { 'dev-vcs': { value: 'yes' }, 'dev-tracking': { value: 'manual' } },
      'basic',
      50,
    ],
    [
      'every Intermediate criterion met: Intermediate',
      { 'dev-vcs': { value: 'yes' }, 'dev-tracking': { value: 'automated' } },
      'intermediate',
      66.7,
    ],
    [
      'Intermediate and Advanced met: Advanced',
      {
        'dev-vcs': { value: 'yes' },
        'dev-tracking': { value: 'automated' },
        'dev-pipeline': { value: 'full' },
      },
      'advanced',
      100,
    ],
    [
      'Advanced met without Intermediate: gated at Basic',
      {
        'dev-vcs': { value: 'no' },
        'dev-tracking': { value: 'automated' },
        'dev-pipeline': { value: 'full' },
      },
      'basic',
      66.7,
    ],
    [
      'not applicable leaves the criterion out of the gate and the score',
      { 'dev-vcs': na, 'dev-tracking': { value: 'automated' } },
      'intermediate',
      50,
    ],
    [
      'only not-applicable answers count as assessed',
      { 'dev-vcs': na },
      'basic',
      0,
    ],
    [
      'a level with no applicable criteria is reached when the level below is',
      {
        'dev-vcs': na,
        'dev-tracking': na,
        'dev-pipeline': { value: 'partial' },
      },
      'intermediate',
      50,
    ],
    [
      'a level with no applicable criteria is not reached above an unreached level',
      {
        'dev-vcs': { value: 'no' },
        'dev-tracking': { value: 'automated' },
        'dev-pipeline': na,
      },
      'basic',
      50,
    ],
    [
      'Intermediate met and Advanced not applicable: Advanced',
      {
        'dev-vcs': { value: 'yes' },
        'dev-tracking': { value: 'automated' },
        'dev-pipeline': na,
      },
      'advanced',
      100,
    ],
    [
      'everything not applicable: top level, score 100',
      { 'dev-vcs': na, 'dev-tracking': na, 'dev-pipeline': na },
      'advanced',
      100,
    ],
    [
      'one third rounds to one decimal',
      { 'dev-vcs': { value: 'yes' }, 'dev-tracking': { value: 'none' } },
      'basic',
      33.3,
    ],
  ])('%s', (_name, answers, level, areaScore) => {
    const dev = score(tinyModel(), answers).areas[0];
    expect(dev.levelId).toBe(level);
    expect(dev.score).toBe(areaScore);
  });

  it.each<[string, EvidenceSet, string | null, number | null]>([
    [
      'sufficient evidence alone assesses the area',
      { 'ops-owner': evidenceOf('found', true) },
      'basic',
      33.3,
    ],
    [
      'a suggestion alone does not',
      { 'ops-owner': evidenceOf('found'), 'ops-alerts': evidenceOf('found') },
      null,
      null,
    ],
    [
      'detection can meet a level',
      {
        'ops-owner': evidenceOf('found', true),
        'ops-alerts': evidenceOf('found', true),
      },
      'intermediate',
      66.7,
    ],
    [
      'unavailable evidence does not',
      { 'ops-owner': evidenceOf('unavailable') },
      null,
      null,
    ],
  ])('%s', (_name, evidence, level, areaScore) => {
    const ops = score(tinyModel(), {}, evidence).areas[1];
    expect(ops.levelId).toBe(level);
    expect(ops.score).toBe(areaScore);
  });

  it.each<[string, AnswerSet, LevelProgress]>([
    [
      'not assessed: towards the level above the floor',
      {},
      { levelId: 'intermediate', met: 0, total: 2, ratio: 0 },
    ],
    [
      'half of Intermediate met',
      { 'dev-vcs': { value: 'yes' } },
      { levelId: 'intermediate', met: 1, total: 2, ratio: 0.5 },
    ],
    [
      'partial credit is not met',
      { 'dev-vcs': { value: 'yes' }, 'dev-tracking': { value: 'manual' } },
      { levelId: 'intermediate', met: 1, total: 2, ratio: 0.5 },
    ],
    [
      'at Intermediate: towards Advanced',
      { 'dev-vcs': { value: 'yes' }, 'dev-tracking': { value: 'automated' } },
      { levelId: 'advanced', met: 0, total: 1, ratio: 0 },
    ],
    [
      'not applicable criteria are left out of the total',
      { 'dev-vcs': na, 'dev-tracking': { value: 'none' } },
      { levelId: 'intermediate', met: 0, total: 1, ratio: 0 },
    ],
    [
      'at the top: nothing left',
      {
        'dev-vcs': { value: 'yes' },
        'dev-tracking': { value: 'automated' },
        'dev-pipeline': { value: 'full' },
      },
      { levelId: null, met: 0, total: 0, ratio: 1 },
    ],
  ])('progress: %s', (_name, answers, progress) => {
    expect(score(tinyModel(), answers).areas[0].progress).toEqual(progress);
  });

  it('lists every criterion of the area in model order, applicable or not', () => {
    const dev = score(tinyModel(), { 'dev-vcs': na }).areas[0];
    expect(dev.criteria.map(c => [c.criterionId, c.applicable])).toEqual([
      ['dev-vcs', false],
      ['dev-tracking', true],
      ['dev-pipeline', true],
    ]);
  });
});
