import { tinyModel } from '../__fixtures__/models';
import { evidenceOf, score } from '../__testUtils__/scoring';
import { defaultModel } from '../model/default';

describe('computeScorecard', () => {
  it('records the model id and version', () => {
    expect(score(tinyModel(), {})).toMatchObject({
      modelId: 'tiny',
      modelVersion: '1.0.0',
    });
    expect(score(defaultModel, {})).toMatchObject({
      modelId: defaultModel.id,
      modelVersion: defaultModel.version,
    });
  });

  it('counts every criterion once by provenance', () => {
    const scorecard = score(
      tinyModel(),
      {
        'dev-vcs': { value: 'no' },
        'dev-pipeline': { notApplicable: { reason: 'r' } },
      },
      {
        'dev-vcs': evidenceOf('found'),
        'ops-owner': evidenceOf('found', true),
      },
    );
    expect(scorecard.counts).toEqual({
      reviewed: 0,
      disputed: 0,
      verified: 0,
      'self-attested': 0,
      conflict: 1,
      detected: 1,
      suggested: 0,
      answered: 0,
      unanswered: 3,
      'not-applicable': 1,
    });
  });

  it('ignores answers to ids the model does not have', () => {
    const withRetired = score(tinyModel(), {
      'dev-vcs': { value: 'yes' },
      retired: { value: 'yes' },
    });
    expect(withRetired).toEqual(
      score(tinyModel(), { 'dev-vcs': { value: 'yes' } }),
    );
  });

  it('drops a value the criterion no longer offers, keeping the rest of the answer', () => {
    const changedType = score(tinyModel(), {
      'dev-vcs': { value: 'not-a-choice-of-this-criterion', note: 'kept' },
    });
    expect(changedType).toEqual(
      score(tinyModel(), { 'dev-vcs': { note: 'kept' } }),
    );
    expect(changedType).not.toEqual(
      score(tinyModel(), { 'dev-vcs': { value: 'yes', note: 'kept' } }),
    );
  });

  it('gives the same result for the same input, whether or not the model was indexed', () => {
    const input = [
      { 'dev-vcs': { value: 'yes' } },
      { 'ops-alerts': evidenceOf('found') },
    ] as const;
    const first = score(tinyModel(), ...input);
    const model = tinyModel();
    score(model, {});
    expect(score(model, ...input)).toEqual(first);
    expect(JSON.stringify(score(model, ...input))).toBe(JSON.stringify(first));
  });
});
