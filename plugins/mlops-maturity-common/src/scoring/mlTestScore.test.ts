import { criterion, tinyModel } from '../__fixtures__/models';
import { answersReaching, score } from '../__testUtils__/scoring';
import { defaultModel } from '../model/default';
import { mlTestScoreBand } from './mlTestScore';
import type { MlTestScoreBand } from './scorecardTypes';

describe('ML Test Score lens', () => {
  it.each<[number, MlTestScoreBand]>([
    [0, 'research-project'],
    [0.5, 'serious-holes'],
    [1, 'serious-holes'],
    [1.5, 'first-pass'],
    [2, 'first-pass'],
    [3, 'reasonably-tested'],
    [3.5, 'strong'],
    [5, 'strong'],
    [5.5, 'exceptional'],
  ])('a score of %d is "%s"', (value, band) => {
    expect(mlTestScoreBand(value)).toBe(band);
  });

  it("rescales each tagged section to the paper's 0-7 and takes the minimum", () => {
    // model: dev-tracking; monitoring: ops-alerts, ops-canary.
    const scorecard = score(tinyModel(), {
      'dev-tracking': { value: 'manual' },
      'ops-alerts': { value: 'yes' },
      'ops-canary': { value: 'automated' },
    });
    // model 7 × 0.5 / 1; monitoring 7 × 2 / 2.
    expect(scorecard.mlTestScore).toEqual({
      sections: { model: 3.5, monitoring: 7 },
      score: 3.5,
      band: 'strong',
    });
  });

  it('rounds each section to one decimal and bands the rounded score', () => {
    // monitoring 7 × 0.5 / 2 = 1.75, shown as 1.8.
    const scorecard = score(tinyModel(), {
      'dev-tracking': { value: 'automated' },
      'ops-alerts': { value: 'no' },
      'ops-canary': { value: 'manual' },
    });
    expect(scorecard.mlTestScore).toEqual({
      sections: { model: 7, monitoring: 1.8 },
      score: 1.8,
      band: 'first-pass',
    });
  });

  it('leaves not-applicable criteria out of the count and counts detected ones', () => {
    const scorecard = score(tinyModel(), {
      'dev-tracking': { value: 'automated' },
      'ops-alerts': { notApplicable: { reason: 'batch job' } },
      'ops-canary': { value: 'manual' },
    });
    // monitoring: 7 × 0.5 / 1 (ops-alerts is out).
    expect(scorecard.mlTestScore!.sections).toEqual({
      model: 7,
      monitoring: 3.5,
    });
  });

  it('drops a section whose tagged criteria are all not applicable', () => {
    const scorecard = score(tinyModel(), {
      'dev-tracking': { notApplicable: { reason: 'no experiments' } },
      'ops-alerts': { value: 'yes' },
      'ops-canary': { value: 'manual' },
    });
    expect(scorecard.mlTestScore).toEqual({
      sections: { monitoring: 5.3 },
      score: 5.3,
      band: 'exceptional',
    });
    const none = score(tinyModel(), {
      'dev-tracking': { notApplicable: { reason: 'no experiments' } },
      'ops-alerts': { notApplicable: { reason: 'batch job' } },
      'ops-canary': { notApplicable: { reason: 'batch job' } },
    });
    expect(none.mlTestScore).toBeUndefined();
  });

  it('lets the default model reach the top band; Intermediate everywhere stays below it', () => {
    const top = score(
      defaultModel,
      answersReaching(defaultModel, {
        development: 'advanced',
        deployment: 'advanced',
        monitoring: 'advanced',
        governance: 'advanced',
      }),
    );
    expect(top.mlTestScore).toEqual({
      sections: { data: 7, model: 7, infrastructure: 7, monitoring: 7 },
      score: 7,
      band: 'exceptional',
    });
    // Intermediate everywhere: the Advanced criteria are answered unmet.
    const middle = score(
      defaultModel,
      answersReaching(defaultModel, {
        development: 'intermediate',
        deployment: 'intermediate',
        monitoring: 'intermediate',
        governance: 'intermediate',
      }),
    );
    expect(middle.mlTestScore!.score).toBeLessThan(5);
  });

  it('adds no lens to a model without sections', () => {
    const model = tinyModel();
    model.areas[0].criteria = [criterion('x', 'intermediate')];
    model.areas[1].criteria = [criterion('y', 'intermediate')];
    expect(score(model, {}).mlTestScore).toBeUndefined();
  });
});
