import { criterion, text } from '../__fixtures__/models';
import {
  ANSWER_MAX_EVIDENCE_LINKS,
  ANSWER_NOTE_MAX_LENGTH,
  ANSWER_TYPE_DEFINITIONS,
  ANSWER_TYPES,
  NOT_APPLICABLE_REASON_MAX_LENGTH,
  PRACTICE_SCALE_CREDITS,
  YES_NO_CREDITS,
  answerChoices,
  answerProblems,
  creditTable,
} from './answerDefinitions';

const yesNo = criterion('c-yes-no', 'intermediate');
const scale = criterion('c-scale', 'intermediate', {
  answerType: 'practice-scale',
});
const choice = criterion('c-choice', 'intermediate', {
  answerType: 'multiple-choice',
  options: [
    { id: 'script', label: text('A script'), credit: 0.5 },
    { id: 'pipeline', label: text('A pipeline'), credit: 1 },
  ],
});

describe('answer definitions', () => {
  it('defines every answer type once, with the credits the model documents', () => {
    expect(Object.keys(ANSWER_TYPE_DEFINITIONS).sort()).toEqual(
      [...ANSWER_TYPES].sort(),
    );
    expect(YES_NO_CREDITS).toEqual({ yes: 1, no: 0 });
    expect(PRACTICE_SCALE_CREDITS).toEqual({
      none: 0,
      manual: 0.5,
      automated: 1,
    });
  });

  it('lists the choices of a criterion in display order', () => {
    expect(answerChoices(yesNo).map(c => c.value)).toEqual(['yes', 'no']);
    expect(answerChoices(scale).map(c => c.value)).toEqual([
      'none',
      'manual',
      'automated',
    ]);
    expect(answerChoices(choice)).toEqual([
      {
        kind: 'option',
        value: 'script',
        credit: 0.5,
        label: text('A script'),
      },
      {
        kind: 'option',
        value: 'pipeline',
        credit: 1,
        label: text('A pipeline'),
      },
    ]);
    expect([...creditTable(choice)]).toEqual([
      ['script', 0.5],
      ['pipeline', 1],
    ]);
  });

  it('accepts an answer within every limit', () => {
    expect(
      answerProblems(
        {
          value: 'manual',
          note: 'n'.repeat(ANSWER_NOTE_MAX_LENGTH),
          evidenceLinks: Array.from(
            { length: ANSWER_MAX_EVIDENCE_LINKS },
            (_, i) => `https://x.example/${i}`,
          ),
        },
        scale,
      ),
    ).toEqual([]);
    expect(
      answerProblems({
        notApplicable: {
          reason: 'r'.repeat(NOT_APPLICABLE_REASON_MAX_LENGTH),
        },
      }),
    ).toEqual([]);
  });

  it('names the field and the rule of every problem', () => {
    const problems = answerProblems(
      {
        value: 'automated',
        notApplicable: {
          reason: 'r'.repeat(NOT_APPLICABLE_REASON_MAX_LENGTH + 1),
        },
        note: 'n'.repeat(ANSWER_NOTE_MAX_LENGTH + 1),
        evidenceLinks: [
          ...Array.from(
            { length: ANSWER_MAX_EVIDENCE_LINKS },
            (_, i) => `https://x.example/${i}`,
          ),
          'ftp://files',
        ],
      },
      yesNo,
    );
    expect(problems.map(p => [p.field, p.code])).toEqual([
      ['value', 'value-not-allowed'],
      ['notApplicable.reason', 'reason-too-long'],
      ['notApplicable', 'value-and-not-applicable'],
      ['note', 'note-too-long'],
      ['evidenceLinks', 'too-many-links'],
      [`evidenceLinks[${ANSWER_MAX_EVIDENCE_LINKS}]`, 'link-not-http'],
    ]);
    expect(problems[0].message).toBe(
      '"automated" is not a valid answer (yes-no; expected one of yes, no)',
    );
  });

  it('checks the value only when it knows the criterion', () => {
    expect(answerProblems({ value: 'maybe' })).toEqual([]);
    expect(answerProblems({ value: 'maybe' }, choice)).toHaveLength(1);
  });
});
