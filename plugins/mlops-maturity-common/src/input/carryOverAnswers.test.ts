import { text, tinyModel } from '../__fixtures__/models';
import { resultOf, score } from '../__testUtils__/scoring';
import type { AnswerSet } from '../scoring/answerTypes';
import { carryOverAnswers } from './carryOverAnswers';

/** Version 2 of the tiny model: dev-vcs removed, dev-docs added, dev-pipeline's options changed. */
function nextVersion() {
  const model = tinyModel();
  model.version = '2.0.0';
  const dev = model.areas[0];
  dev.criteria[0] = { ...dev.criteria[0], id: 'dev-docs' };
  dev.criteria[2].options = [
    { id: 'manual', label: text('Manual'), credit: 0 },
    { id: 'orchestrated', label: text('Orchestrated'), credit: 1 },
  ];
  return model;
}

const answersV1: AnswerSet = {
  'dev-vcs': { value: 'yes', note: 'in git' },
  'dev-tracking': { value: 'automated' },
  'dev-pipeline': {
    value: 'partial',
    note: 'some steps scripted',
    evidenceLinks: ['https://ci.example'],
  },
  'ops-owner': { notApplicable: { reason: 'platform owned' } },
};

describe('carryOverAnswers (model versions, README: the scoring rules)', () => {
  const { current, retired } = carryOverAnswers(nextVersion(), answersV1);

  it('carries over answers to unchanged ids', () => {
    expect(current['dev-tracking']).toBe(answersV1['dev-tracking']);
    expect(current['ops-owner']).toBe(answersV1['ops-owner']);
  });

  it('retires answers to removed ids', () => {
    expect(retired).toEqual({ 'dev-vcs': answersV1['dev-vcs'] });
    expect(current).not.toHaveProperty('dev-vcs');
  });

  it('drops a value the criterion no longer offers, keeping note and links', () => {
    expect(current['dev-pipeline']).toEqual({
      note: 'some steps scripted',
      evidenceLinks: ['https://ci.example'],
    });
  });

  it('leaves new criteria unanswered, and retired answers stop counting', () => {
    const scorecard = score(nextVersion(), current);
    expect(resultOf(scorecard, 'dev-docs').provenance).toBe('unanswered');
    expect(resultOf(scorecard, 'dev-pipeline').provenance).toBe('unanswered');
    expect(scorecard.modelVersion).toBe('2.0.0');
    // Scoring the old answers directly counts the same: the engine ignores what does not fit.
    const direct = score(nextVersion(), answersV1);
    expect([direct.overall, direct.counts, direct.roadmap]).toEqual([
      scorecard.overall,
      scorecard.counts,
      scorecard.roadmap,
    ]);
  });

  it('keeps everything with the same model', () => {
    expect(carryOverAnswers(tinyModel(), answersV1)).toEqual({
      current: answersV1,
      retired: {},
    });
  });
});
