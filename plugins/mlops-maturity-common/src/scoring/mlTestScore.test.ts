import { criterion, tinyModel } from '../__fixtures__/models';
import { score } from '../__testUtils__/scoring';
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

  it('sums credits per tagged section and takes the minimum', () => {
    // model: dev-tracking; monitoring: ops-alerts, ops-canary.
    const scorecard = score(tinyModel(), {
      'dev-tracking': { value: 'manual' },
      'ops-alerts': { value: 'yes' },
      'ops-canary': { value: 'automated' },
    });
    expect(scorecard.mlTestScore).toEqual({
      sections: { model: 0.5, monitoring: 2 },
      score: 0.5,
      band: 'serious-holes',
    });
  });

  it('leaves not-applicable criteria out and counts detected ones', () => {
    const scorecard = score(tinyModel(), {
      'dev-tracking': { value: 'automated' },
      'ops-alerts': { notApplicable: { reason: 'batch job' } },
      'ops-canary': { value: 'manual' },
    });
    expect(scorecard.mlTestScore!.sections).toEqual({
      model: 1,
      monitoring: 0.5,
    });
  });

  it('adds no lens to a model without sections', () => {
    const model = tinyModel();
    model.areas[0].criteria = [criterion('x', 'intermediate')];
    model.areas[1].criteria = [criterion('y', 'intermediate')];
    expect(score(model, {}).mlTestScore).toBeUndefined();
  });
});
