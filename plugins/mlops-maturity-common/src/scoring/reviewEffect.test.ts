import { tinyModel } from '../__fixtures__/models';
import { confirm, dispute, reviewOf } from '../__testUtils__/reviews';
import { evidenceOf, resultOf, score } from '../__testUtils__/scoring';

const model = tinyModel();
/** Development at Intermediate (dev-vcs verified), Operations at Intermediate. */
const answers = {
  'dev-vcs': { value: 'yes' },
  'dev-tracking': { value: 'automated' },
  'dev-pipeline': { notApplicable: { reason: 'no pipeline of its own' } },
  'ops-alerts': { value: 'yes' },
  'ops-canary': { value: 'manual' },
};
const evidence = {
  'dev-vcs': evidenceOf('found'),
  'ops-owner': evidenceOf('found', true),
};
const levels = (review?: ReturnType<typeof reviewOf>) =>
  score(model, answers, evidence, { review }).areas.map(a => a.levelId);

describe('the effect of a review on the scorecard', () => {
  it('is nothing without a review', () => {
    const plain = score(model, answers, evidence);
    expect(score(model, answers, evidence, { review: null })).toEqual(plain);
    expect(plain.review).toBeUndefined();
    expect(levels()).toEqual(['advanced', 'intermediate']);
  });

  it.each([
    ['a verified answer', 'dev-vcs', 'verified'],
    ['a self-assessed answer', 'dev-tracking', 'answered'],
    ['a detected fact', 'ops-owner', 'detected'],
    ['a partial practice', 'ops-canary', 'answered'],
  ])(
    'confirms %s: provenance reviewed, credit and levels as they were',
    (_, id, before) => {
      const plain = resultOf(score(model, answers, evidence), id);
      expect(plain.provenance).toBe(before);
      const scorecard = score(model, answers, evidence, {
        review: reviewOf({ [id]: confirm('documentation-review') }),
      });
      expect(resultOf(scorecard, id)).toEqual({
        ...plain,
        provenance: 'reviewed',
        review: confirm('documentation-review'),
      });
      expect(scorecard.areas.map(a => a.levelId)).toEqual(levels());
      expect(scorecard.counts.reviewed).toBe(1);
      expect(scorecard.counts[before as 'verified']).toBe(
        score(model, answers, evidence).counts[before as 'verified'] - 1,
      );
    },
  );

  it('keeps a confirmed "not applicable" out of the computations', () => {
    const scorecard = score(model, answers, evidence, {
      review: reviewOf({ 'dev-pipeline': confirm() }),
    });
    expect(resultOf(scorecard, 'dev-pipeline')).toMatchObject({
      provenance: 'not-applicable',
      applicable: false,
      review: confirm(),
    });
    expect(scorecard.review?.confirmed).toBe(1);
  });

  it('counts a disputed criterion as not met, lowers the area and puts it first on the roadmap with the note', () => {
    const scorecard = score(model, answers, evidence, {
      review: reviewOf({ 'ops-alerts': dispute('Alerts go to nobody') }),
    });
    expect(resultOf(scorecard, 'ops-alerts')).toMatchObject({
      provenance: 'disputed',
      credit: 0,
      met: false,
      applicable: true,
      answer: { value: 'yes' },
      review: dispute('Alerts go to nobody'),
    });
    expect(scorecard.areas.map(a => a.levelId)).toEqual(['advanced', 'basic']);
    expect(scorecard.roadmap[0]).toEqual({
      criterionId: 'ops-alerts',
      areaId: 'ops',
      levelId: 'intermediate',
      effort: 'medium',
      credit: 0,
      provenance: 'disputed',
      reviewNote: 'Alerts go to nobody',
    });
    expect(scorecard.gaps[0].criterionId).toBe('ops-alerts');
    expect(scorecard.counts.disputed).toBe(1);
  });

  it('orders several disputes by the roadmap order, ahead of every other item', () => {
    const scorecard = score(
      model,
      { ...answers, 'ops-canary': { value: 'automated' } },
      evidence,
      {
        targets: { dev: 'advanced', ops: 'advanced' },
        review: reviewOf({
          'ops-canary': dispute('Canary is a manual script'),
          'dev-vcs': dispute('Notebooks are not in the repository'),
        }),
      },
    );
    expect(scorecard.roadmap.map(i => i.criterionId)).toEqual([
      'dev-vcs',
      'ops-canary',
    ]);
    expect(scorecard.review?.disputed).toEqual(['dev-vcs', 'ops-canary']);
  });

  it('makes a disputed "not applicable" an unmet criterion', () => {
    const scorecard = score(model, answers, evidence, {
      review: reviewOf({
        'dev-pipeline': dispute('The team trains in its own pipeline'),
      }),
    });
    expect(resultOf(scorecard, 'dev-pipeline')).toMatchObject({
      provenance: 'disputed',
      applicable: true,
      met: false,
    });
    expect(scorecard.areas[0].levelId).toBe('intermediate');
    expect(scorecard.areas[0].score).toBeLessThan(
      score(model, answers, evidence).areas[0].score!,
    );
  });

  it('ignores a verdict on a criterion the submission did not assess, so a not-assessed area stays so', () => {
    const none = score(model, {}, {});
    const reviewed = score(
      model,
      {},
      {},
      {
        review: reviewOf({
          'dev-vcs': dispute(),
          'ops-alerts': confirm(),
        }),
      },
    );
    expect(reviewed.areas).toEqual(none.areas);
    expect(reviewed.areas.map(a => a.levelId)).toEqual([null, null]);
    expect(reviewed.review).toMatchObject({ confirmed: 0, disputed: [] });
  });

  it('sums the review up for the "reviewed on … by …" line', () => {
    const scorecard = score(model, answers, evidence, {
      review: reviewOf(
        {
          'dev-vcs': confirm('tool-audit'),
          'dev-tracking': confirm('interview'),
          'ops-alerts': dispute('Alerts go to nobody', 'interview'),
        },
        { note: 'Workshop with the team on 29 May' },
      ),
    });
    expect(scorecard.review).toEqual({
      id: 'r1',
      submissionId: 's1',
      reviewedBy: 'user:default/lead',
      reviewedAt: '2026-05-30T10:00:00.000Z',
      methods: ['interview', 'tool-audit'],
      note: 'Workshop with the team on 29 May',
      confirmed: 2,
      disputed: ['ops-alerts'],
    });
  });
});
