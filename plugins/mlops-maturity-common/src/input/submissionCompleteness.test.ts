import { tinyModel } from '../__fixtures__/models';
import { evidenceOf } from '../__testUtils__/scoring';
import type { EvidenceSet } from '../evidence/types';
import type { AnswerSet } from '../scoring/answerTypes';
import { computeScorecard } from '../scoring/computeScorecard';
import { localizeModel } from '../model/localizeModel';
import { submissionCompleteness } from './submissionCompleteness';

const ALL = [
  'dev-vcs',
  'dev-tracking',
  'dev-pipeline',
  'ops-owner',
  'ops-alerts',
  'ops-canary',
];

/** Every criterion of the tiny model answered (with no credit at all). */
const everyAnswer: AnswerSet = {
  'dev-vcs': { value: 'no' },
  'dev-tracking': { value: 'none' },
  'dev-pipeline': { value: 'manual' },
  'ops-owner': { value: 'no' },
  'ops-alerts': { value: 'no' },
  'ops-canary': { value: 'none' },
};

function without(...ids: string[]): AnswerSet {
  return Object.fromEntries(
    Object.entries(everyAnswer).filter(([id]) => !ids.includes(id)),
  );
}

const na = { notApplicable: { reason: 'No model in production' } };

describe('submissionCompleteness', () => {
  it.each<
    [
      string,
      AnswerSet,
      EvidenceSet,
      number | undefined,
      {
        complete: boolean;
        covered: number;
        applicable: number;
        missing: string[];
      },
    ]
  >([
    [
      'nothing answered, default share',
      {},
      {},
      undefined,
      { complete: false, covered: 0, applicable: 6, missing: ALL },
    ],
    [
      'every criterion answered, even with no credit',
      everyAnswer,
      {},
      undefined,
      { complete: true, covered: 6, applicable: 6, missing: [] },
    ],
    [
      'one left out: missing, in model order',
      without('ops-alerts', 'dev-tracking'),
      {},
      undefined,
      {
        complete: false,
        covered: 4,
        applicable: 6,
        missing: ['dev-tracking', 'ops-alerts'],
      },
    ],
    [
      'not applicable with a reason: out of the count',
      { ...without('dev-pipeline'), 'dev-pipeline': na },
      {},
      undefined,
      { complete: true, covered: 5, applicable: 5, missing: [] },
    ],
    [
      'unanswered but detected from sufficient evidence: covered',
      without('ops-owner'),
      { 'ops-owner': evidenceOf('found', true) },
      undefined,
      { complete: true, covered: 6, applicable: 6, missing: [] },
    ],
    [
      'unanswered with evidence that is only a suggestion: missing',
      without('dev-vcs'),
      { 'dev-vcs': evidenceOf('found', false) },
      undefined,
      { complete: false, covered: 5, applicable: 6, missing: ['dev-vcs'] },
    ],
    [
      'unanswered, sufficient rule but nothing found: missing',
      without('ops-owner'),
      { 'ops-owner': evidenceOf('not-found') },
      undefined,
      { complete: false, covered: 5, applicable: 6, missing: ['ops-owner'] },
    ],
    [
      'a value the criterion does not offer does not count',
      { ...without('dev-pipeline'), 'dev-pipeline': { value: 'retired' } },
      {},
      undefined,
      { complete: false, covered: 5, applicable: 6, missing: ['dev-pipeline'] },
    ],
    [
      'an answer to a criterion the model no longer has does not count',
      { ...without('ops-canary'), 'old-criterion': { value: 'yes' } },
      {},
      undefined,
      { complete: false, covered: 5, applicable: 6, missing: ['ops-canary'] },
    ],
    [
      'a note alone is not an answer',
      { ...without('ops-canary'), 'ops-canary': { note: 'later' } },
      {},
      undefined,
      { complete: false, covered: 5, applicable: 6, missing: ['ops-canary'] },
    ],
    [
      'a lowered share: 4 of 6 reach 0.6',
      without('dev-tracking', 'ops-alerts'),
      {},
      0.6,
      {
        complete: true,
        covered: 4,
        applicable: 6,
        missing: ['dev-tracking', 'ops-alerts'],
      },
    ],
    [
      'a lowered share: 3 of 6 miss 0.6',
      without('dev-tracking', 'ops-alerts', 'ops-canary'),
      {},
      0.6,
      {
        complete: false,
        covered: 3,
        applicable: 6,
        missing: ['dev-tracking', 'ops-alerts', 'ops-canary'],
      },
    ],
    [
      'a share reached exactly despite floating point (0.5 of 6 = 3)',
      without('dev-tracking', 'ops-alerts', 'ops-canary'),
      {},
      0.5,
      {
        complete: true,
        covered: 3,
        applicable: 6,
        missing: ['dev-tracking', 'ops-alerts', 'ops-canary'],
      },
    ],
    [
      'share 0: anything goes',
      {},
      {},
      0,
      { complete: true, covered: 0, applicable: 6, missing: ALL },
    ],
    [
      'everything not applicable: nothing left to cover',
      Object.fromEntries(ALL.map(id => [id, na])),
      {},
      undefined,
      { complete: true, covered: 0, applicable: 0, missing: [] },
    ],
  ])('%s', (_name, answers, evidence, minimumShare, expected) => {
    expect(
      submissionCompleteness({
        model: tinyModel(),
        answers,
        evidence,
        minimumShare,
      }),
    ).toEqual(expected);
  });

  it('does not take out a criterion marked not applicable without a reason', () => {
    const result = submissionCompleteness({
      model: tinyModel(),
      answers: {
        ...without('dev-vcs', 'ops-owner'),
        'dev-vcs': { notApplicable: { reason: ' ' } },
        'ops-owner': na,
      },
      evidence: {},
    });
    expect(result).toMatchObject({
      complete: false,
      applicable: 5,
      covered: 4,
      missing: ['dev-vcs'],
    });
  });

  it('0.7 of 10 needs 7, not 8 (no rounding error upwards)', () => {
    // 0.7 * 10 is 7.000000000000001 in floating point.
    const model = tinyModel();
    model.areas[0].criteria.push(
      ...['a', 'b', 'c', 'd'].map(id => ({
        ...model.areas[0].criteria[0],
        id,
        evidence: undefined,
      })),
    );
    const answers: AnswerSet = {
      ...without('dev-tracking', 'ops-alerts', 'ops-canary'),
      a: { value: 'yes' },
      b: { value: 'yes' },
      c: { value: 'yes' },
      d: { value: 'yes' },
    };
    const result = submissionCompleteness({
      model,
      answers,
      evidence: {},
      minimumShare: 0.7,
    });
    expect(result).toMatchObject({
      complete: true,
      covered: 7,
      applicable: 10,
    });
  });

  it('an accepted partial submission scores its missing criteria as not met', () => {
    const answers = without('dev-tracking');
    const partial = submissionCompleteness({
      model: tinyModel(),
      answers,
      evidence: {},
      minimumShare: 0.5,
    });
    expect(partial.complete).toBe(true);
    const scorecard = computeScorecard({
      model: tinyModel(),
      answers,
      evidence: {},
      now: new Date('2026-06-01T00:00:00Z'),
    });
    const missing = scorecard.areas[0].criteria.find(
      c => c.criterionId === 'dev-tracking',
    )!;
    expect(missing).toMatchObject({ met: false, credit: 0, applicable: true });
  });

  it('gives the same result on the localized model the frontend gets', () => {
    const answers = without('dev-tracking', 'ops-owner');
    const evidence = { 'ops-owner': evidenceOf('found', true) };
    expect(
      submissionCompleteness({
        model: localizeModel(tinyModel(), 'pt-BR'),
        answers,
        evidence,
      }),
    ).toEqual(
      submissionCompleteness({ model: tinyModel(), answers, evidence }),
    );
  });

  it('agrees with scoring: covered criteria are exactly those scored as answered or detected', () => {
    const answers = { ...without('dev-vcs', 'ops-owner'), 'dev-pipeline': na };
    const evidence = {
      'dev-vcs': evidenceOf('found', false),
      'ops-owner': evidenceOf('found', true),
    };
    const scorecard = computeScorecard({
      model: tinyModel(),
      answers,
      evidence,
      now: new Date('2026-06-01T00:00:00Z'),
    });
    const uncovered = scorecard.areas
      .flatMap(a => a.criteria)
      .filter(
        c => c.provenance === 'unanswered' || c.provenance === 'suggested',
      )
      .map(c => c.criterionId);
    expect(
      submissionCompleteness({ model: tinyModel(), answers, evidence }).missing,
    ).toEqual(uncovered);
  });
});
