import { criterion, text, tinyModel } from '../__fixtures__/models';
import { evidenceOf, resultOf, score } from '../__testUtils__/scoring';
import type { CriterionEvidence } from '../evidence/types';
import type { MaturityModel } from '../model/types';
import type { Answer } from './answerTypes';
import type { Provenance } from './scorecardTypes';

/** One criterion of each answer type with rules, and one without rules. */
function provenanceModel(): MaturityModel {
  const model = tinyModel();
  const rules = {
    rules: [{ type: 'annotation' as const, key: 'argocd/app-name' }],
  };
  model.areas[0].criteria = [
    criterion('yn', 'intermediate', { evidence: rules }),
    criterion('ps', 'intermediate', {
      answerType: 'practice-scale',
      evidence: rules,
    }),
    criterion('mc', 'advanced', {
      answerType: 'multiple-choice',
      evidence: rules,
      options: [
        { id: 'zero', label: text('Zero'), credit: 0 },
        { id: 'some', label: text('Some'), credit: 0.25 },
        { id: 'all', label: text('All'), credit: 1 },
      ],
    }),
    criterion('plain', 'advanced'),
  ];
  return model;
}

type Row = [
  string,
  string,
  Answer | undefined,
  CriterionEvidence | undefined,
  {
    provenance: Provenance;
    credit: number;
    met: boolean;
    applicable?: boolean;
  },
];

const found = evidenceOf('found');
const foundSufficient = evidenceOf('found', true);
const notFound = evidenceOf('not-found');
const unavailable = evidenceOf('unavailable');

describe('criterion credit and provenance (README: the scoring rules)', () => {
  it.each<Row>([
    [
      'yes + evidence found',
      'yn',
      { value: 'yes' },
      found,
      { provenance: 'verified', credit: 1, met: true },
    ],
    [
      'yes + sufficient evidence',
      'yn',
      { value: 'yes' },
      foundSufficient,
      { provenance: 'verified', credit: 1, met: true },
    ],
    [
      'yes + nothing found',
      'yn',
      { value: 'yes' },
      notFound,
      { provenance: 'self-attested', credit: 1, met: true },
    ],
    [
      'yes + evidence unavailable',
      'yn',
      { value: 'yes' },
      unavailable,
      { provenance: 'self-attested', credit: 1, met: true },
    ],
    [
      'yes + no evidence entry although rules exist',
      'yn',
      { value: 'yes' },
      undefined,
      { provenance: 'self-attested', credit: 1, met: true },
    ],
    [
      'no + evidence found',
      'yn',
      { value: 'no' },
      found,
      { provenance: 'conflict', credit: 0, met: false },
    ],
    [
      'no + sufficient evidence (the answer still counts)',
      'yn',
      { value: 'no' },
      foundSufficient,
      { provenance: 'conflict', credit: 0, met: false },
    ],
    [
      'no + nothing found',
      'yn',
      { value: 'no' },
      notFound,
      { provenance: 'answered', credit: 0, met: false },
    ],
    [
      'no + evidence unavailable',
      'yn',
      { value: 'no' },
      unavailable,
      { provenance: 'answered', credit: 0, met: false },
    ],
    [
      'unanswered + sufficient evidence',
      'yn',
      undefined,
      foundSufficient,
      { provenance: 'detected', credit: 1, met: true },
    ],
    [
      'unanswered + evidence that is not sufficient',
      'yn',
      undefined,
      found,
      { provenance: 'suggested', credit: 0, met: false },
    ],
    [
      'unanswered + nothing found',
      'yn',
      undefined,
      notFound,
      { provenance: 'unanswered', credit: 0, met: false },
    ],
    [
      'unanswered + evidence unavailable',
      'yn',
      undefined,
      unavailable,
      { provenance: 'unanswered', credit: 0, met: false },
    ],
    [
      'a note only is no answer',
      'yn',
      { note: 'thinking about it' },
      notFound,
      { provenance: 'unanswered', credit: 0, met: false },
    ],
    [
      'a value the criterion does not offer is no answer',
      'yn',
      { value: 'maybe' },
      foundSufficient,
      { provenance: 'detected', credit: 1, met: true },
    ],
    [
      'not applicable',
      'yn',
      { notApplicable: { reason: 'batch only' } },
      found,
      {
        provenance: 'not-applicable',
        credit: 0,
        met: false,
        applicable: false,
      },
    ],
    [
      'practice none + evidence',
      'ps',
      { value: 'none' },
      found,
      { provenance: 'conflict', credit: 0, met: false },
    ],
    [
      'practice manual + evidence: partial credit',
      'ps',
      { value: 'manual' },
      found,
      { provenance: 'verified', credit: 0.5, met: false },
    ],
    [
      'practice manual, nothing found',
      'ps',
      { value: 'manual' },
      notFound,
      { provenance: 'self-attested', credit: 0.5, met: false },
    ],
    [
      'practice automated + evidence',
      'ps',
      { value: 'automated' },
      found,
      { provenance: 'verified', credit: 1, met: true },
    ],
    [
      'choice with credit 0 + evidence',
      'mc',
      { value: 'zero' },
      found,
      { provenance: 'conflict', credit: 0, met: false },
    ],
    [
      'choice with partial credit',
      'mc',
      { value: 'some' },
      notFound,
      { provenance: 'self-attested', credit: 0.25, met: false },
    ],
    [
      'choice with credit 1',
      'mc',
      { value: 'all' },
      found,
      { provenance: 'verified', credit: 1, met: true },
    ],
    [
      'answered, criterion without rules',
      'plain',
      { value: 'yes' },
      undefined,
      { provenance: 'answered', credit: 1, met: true },
    ],
    [
      'answered no, criterion without rules',
      'plain',
      { value: 'no' },
      undefined,
      { provenance: 'answered', credit: 0, met: false },
    ],
    [
      'evidence for a criterion without rules is ignored',
      'plain',
      undefined,
      foundSufficient,
      { provenance: 'unanswered', credit: 0, met: false },
    ],
  ])('%s', (_name, id, answer, evidence, expected) => {
    const scorecard = score(
      provenanceModel(),
      answer ? { [id]: answer } : {},
      evidence ? { [id]: evidence } : {},
    );
    const result = resultOf(scorecard, id);
    expect(result).toMatchObject({ applicable: true, ...expected });
    // A value the criterion does not offer is dropped before scoring; the
    // result shows the answer as it counted. Other answers are kept as given.
    const counted = answer?.value === 'maybe' ? {} : answer;
    expect(result.answer).toEqual(counted);
    // The other six criteria of the model are unanswered.
    expect(scorecard.counts[expected.provenance]).toBe(
      expected.provenance === 'unanswered' ? 7 : 1,
    );
  });

  it.each<[string, Answer]>([
    ['no reason at all', { notApplicable: {} as { reason: string } }],
    ['a blank reason', { notApplicable: { reason: '   ' } }],
    [
      'a reason that is not text',
      { notApplicable: { reason: 42 as unknown as string } },
    ],
  ])(
    'refuses not applicable with %s: the criterion stays in and counts as unanswered',
    (_name, answer) => {
      const scorecard = score(provenanceModel(), { yn: answer });
      expect(resultOf(scorecard, 'yn')).toMatchObject({
        applicable: true,
        provenance: 'unanswered',
        credit: 0,
      });
      // Nothing else was answered: the area is still not assessed.
      expect(scorecard.areas[0].levelId).toBeNull();
      expect(scorecard.counts['not-applicable']).toBe(0);
    },
  );

  it('scores the value of an answer whose not-applicable mark has no reason', () => {
    const scorecard = score(provenanceModel(), {
      plain: { value: 'yes', notApplicable: { reason: '' } },
    });
    expect(resultOf(scorecard, 'plain')).toMatchObject({
      applicable: true,
      provenance: 'answered',
      credit: 1,
      met: true,
    });
  });

  it('keeps the evidence with the result', () => {
    const scorecard = score(provenanceModel(), {}, { yn: found });
    expect(resultOf(scorecard, 'yn').evidence).toBe(found);
  });

  it('is not fooled by criterion ids that are names of object members', () => {
    const model = tinyModel();
    model.areas[0].criteria[0].id = 'constructor';
    model.areas[0].criteria[1].id = 'toString';
    const scorecard = score(model, {});
    expect(resultOf(scorecard, 'constructor').provenance).toBe('unanswered');
    expect(resultOf(scorecard, 'toString').provenance).toBe('unanswered');
    expect(scorecard.areas[0].levelId).toBeNull();
  });
});
