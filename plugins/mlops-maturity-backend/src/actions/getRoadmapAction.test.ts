import {
  defaultModel,
  toolNameIn,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { roadmapSteps } from './getRoadmapAction';

const [first, second] = defaultModel.areas[2].criteria;
const other = defaultModel.areas[0].criteria[0];

describe('roadmapSteps', () => {
  const response = {
    entityRef: 'component:default/svc',
    targets: { monitoring: 'intermediate', development: 'advanced' },
    items: [first, other, second].map(c => ({
      criterionId: c.id,
      areaId: defaultModel.areas.find(a => a.criteria.includes(c))!.id,
      levelId: c.levelId,
      effort: c.effort,
      credit: c === other ? 0.5 : 0,
      provenance: 'answered' as const,
    })),
  };

  it('keeps the roadmap order and adds each criterion recommendation, tools and effort', () => {
    const { entityRef, targets, steps } = roadmapSteps(
      defaultModel,
      response,
      'en',
    );
    expect(entityRef).toBe('component:default/svc');
    expect(targets).toEqual(response.targets);
    expect(steps.map(s => [s.step, s.criterionId])).toEqual([
      [1, first.id],
      [2, other.id],
      [3, second.id],
    ]);
    expect(steps[0]).toEqual({
      step: 1,
      criterionId: first.id,
      areaId: defaultModel.areas[2].id,
      areaTitle: defaultModel.areas[2].title.en,
      levelId: first.levelId,
      levelTitle: defaultModel.levels.find(l => l.id === first.levelId)!.title
        .en,
      question: first.question.en,
      recommendation: first.recommendation.en,
      exampleTools: first.exampleTools.map(t => toolNameIn(t, 'en')),
      effort: first.effort,
      credit: 0,
      provenance: 'answered',
    });
    expect(steps[1].credit).toBe(0.5);
  });

  it('writes the texts in the language asked for', () => {
    const { steps } = roadmapSteps(defaultModel, response, 'pt-BR');
    expect(steps[0].recommendation).toBe(first.recommendation['pt-BR']);
    expect(steps[0].exampleTools).toEqual(
      first.exampleTools.map(t => toolNameIn(t, 'pt-BR')),
    );
    expect(steps[0].areaTitle).toBe(defaultModel.areas[2].title['pt-BR']);
  });

  it('answers an empty roadmap with no steps', () => {
    expect(
      roadmapSteps(defaultModel, { ...response, items: [] }, 'en').steps,
    ).toEqual([]);
  });
});
