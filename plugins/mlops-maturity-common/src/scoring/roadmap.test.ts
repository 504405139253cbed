import { criterion, tinyModel } from '../__fixtures__/models';
import { answersReaching, score } from '../__testUtils__/scoring';
import type { MaturityModel } from '../model/types';
import type { AnswerSet } from './answerTypes';

/** Two areas whose criteria are deliberately out of roadmap order in the model. */
function orderModel(): MaturityModel {
  const model = tinyModel();
  model.areas[0].criteria = [
    criterion('a1', 'advanced', { effort: 'low' }),
    criterion('a2', 'intermediate', { effort: 'high' }),
    criterion('a3', 'intermediate', { effort: 'low' }),
    criterion('a4', 'advanced', { effort: 'low' }),
  ];
  model.areas[1].criteria = [
    criterion('b1', 'intermediate', { effort: 'medium' }),
    criterion('b2', 'intermediate', { effort: 'low' }),
    criterion('b3', 'advanced', { effort: 'high' }),
  ];
  return model;
}

const allNo: AnswerSet = Object.fromEntries(
  ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3'].map(id => [id, { value: 'no' }]),
);
const ids = (items: { criterionId: string }[]) => items.map(i => i.criterionId);

describe('roadmap and gaps (README: the scoring rules)', () => {
  it('orders by level, then area order, then effort, then model order', () => {
    const scorecard = score(
      orderModel(),
      allNo,
      {},
      { targets: { dev: 'advanced', ops: 'advanced' } },
    );
    expect(ids(scorecard.roadmap)).toEqual([
      'a3',
      'a2',
      'b2',
      'b1',
      'a1',
      'a4',
      'b3',
    ]);
  });

  it('stops at the target level; gaps go on above it', () => {
    const scorecard = score(orderModel(), allNo);
    expect(ids(scorecard.roadmap)).toEqual(['a3', 'a2', 'b2', 'b1']);
    expect(ids(scorecard.gaps)).toEqual([
      'a3',
      'a2',
      'b2',
      'b1',
      'a1',
      'a4',
      'b3',
    ]);
  });

  it('starts above the current level and leaves out met and not-applicable criteria', () => {
    const answers: AnswerSet = {
      ...allNo,
      a2: { value: 'yes' },
      a3: { value: 'yes' },
      a1: { notApplicable: { reason: 'no training here' } },
      b2: { value: 'yes' },
    };
    const scorecard = score(
      orderModel(),
      answers,
      {},
      { targets: { dev: 'advanced', ops: 'advanced' } },
    );
    expect(scorecard.areas.map(a => a.levelId)).toEqual([
      'intermediate',
      'basic',
    ]);
    expect(ids(scorecard.roadmap)).toEqual(['b1', 'a4', 'b3']);
  });

  it('is empty for an area at or above its target', () => {
    const model = tinyModel();
    const scorecard = score(
      model,
      answersReaching(model, { dev: 'intermediate', ops: 'basic' }),
      {},
      {
        targets: { dev: 'intermediate', ops: 'basic' },
      },
    );
    expect(scorecard.roadmap).toEqual([]);
    expect(ids(scorecard.gaps)).toEqual([
      'ops-owner',
      'ops-alerts',
      'dev-pipeline',
      'ops-canary',
    ]);
  });

  it('aims a not-assessed area at the level above the floor', () => {
    const scorecard = score(orderModel(), {});
    expect(ids(scorecard.roadmap)).toEqual(['a3', 'a2', 'b2', 'b1']);
  });

  it('carries effort, current credit and provenance', () => {
    const model = tinyModel();
    const scorecard = score(model, {
      'dev-vcs': { value: 'yes' },
      'dev-tracking': { value: 'manual' },
    });
    expect(scorecard.roadmap).toEqual([
      {
        criterionId: 'dev-tracking',
        areaId: 'dev',
        levelId: 'intermediate',
        effort: 'high',
        credit: 0.5,
        provenance: 'answered',
      },
      expect.objectContaining({
        criterionId: 'ops-owner',
        credit: 0,
        provenance: 'unanswered',
      }),
      expect.objectContaining({ criterionId: 'ops-alerts' }),
    ]);
  });
});
