import {
  ANSWER_MAX_EVIDENCE_LINKS,
  ANSWER_NOTE_MAX_LENGTH,
  NOT_APPLICABLE_REASON_MAX_LENGTH,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import {
  answerProblems,
  answersForSave,
  hasProblems,
} from './answerValidation';

describe('answerValidation', () => {
  it('flags every limit the backend enforces, from the shared definitions', () => {
    expect(
      answerProblems({
        notApplicable: {
          reason: 'r'.repeat(NOT_APPLICABLE_REASON_MAX_LENGTH + 1),
        },
      }),
    ).toMatchObject({ naReasonTooLong: true, naReasonMissing: false });
    expect(answerProblems({ notApplicable: { reason: '  ' } })).toMatchObject({
      naReasonMissing: true,
      naReasonTooLong: false,
    });
    expect(
      answerProblems({ note: 'n'.repeat(ANSWER_NOTE_MAX_LENGTH + 1) }),
    ).toMatchObject({ noteTooLong: true });
    expect(
      answerProblems({
        evidenceLinks: Array.from(
          { length: ANSWER_MAX_EVIDENCE_LINKS + 1 },
          (_, i) => `https://x.example/${i}`,
        ),
      }),
    ).toMatchObject({ tooManyLinks: true, badLinks: [] });
  });

  it('judges the answer as it is sent: trimmed, empty link fields left out', () => {
    // A reason at the limit plus surrounding spaces is sent trimmed, so it passes.
    const atLimit = ` ${'r'.repeat(NOT_APPLICABLE_REASON_MAX_LENGTH)} `;
    expect(
      answerProblems({ notApplicable: { reason: atLimit } }).naReasonTooLong,
    ).toBe(false);
    // Empty fields do not count towards the limit, and a bad link is
    // reported at the index of its own field.
    const links = [
      '',
      ...Array.from(
        { length: ANSWER_MAX_EVIDENCE_LINKS - 1 },
        (_, i) => `https://x.example/${i}`,
      ),
      '',
      'ftp://files',
    ];
    expect(answerProblems({ evidenceLinks: links })).toMatchObject({
      tooManyLinks: false,
      badLinks: [links.length - 1],
    });
  });

  it('keeps answers the backend would refuse out of the saved draft', () => {
    const answers = {
      ok: { value: 'yes', evidenceLinks: [' https://ci.example ', ''] },
      long: {
        notApplicable: {
          reason: 'r'.repeat(NOT_APPLICABLE_REASON_MAX_LENGTH + 1),
        },
      },
    };
    expect(hasProblems(answers)).toBe(true);
    expect(answersForSave(answers)).toEqual({
      ok: { value: 'yes', evidenceLinks: ['https://ci.example'] },
    });
  });
});
