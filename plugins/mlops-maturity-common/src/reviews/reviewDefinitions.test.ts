import {
  REVIEW_MAX_EVIDENCE_LINKS,
  REVIEW_NOTE_MAX_LENGTH,
  reviewMethods,
  reviewRequestProblems,
} from './reviewDefinitions';

const reviewable = new Set(['dev-vcs', 'ops-owner']);
const fields = (body: unknown) =>
  reviewRequestProblems(body, reviewable).map(p => p.field);

describe('review requests', () => {
  it('accepts a review within every limit', () => {
    expect(
      reviewRequestProblems(
        {
          submissionId: 's1',
          note: 'n'.repeat(REVIEW_NOTE_MAX_LENGTH),
          criteria: {
            'dev-vcs': {
              verdict: 'confirm',
              method: 'documentation-review',
              evidenceLinks: Array.from(
                { length: REVIEW_MAX_EVIDENCE_LINKS },
                (_, i) => `https://docs.example/${i}`,
              ),
            },
            'ops-owner': {
              verdict: 'dispute',
              method: 'interview',
              note: 'The owning group was disbanded',
            },
          },
        },
        reviewable,
      ),
    ).toEqual([]);
  });

  it.each([
    ['not an object', 'x', ['body']],
    [
      'no submission',
      { criteria: { 'dev-vcs': { verdict: 'confirm', method: 'interview' } } },
      ['submissionId'],
    ],
    ['no verdict at all', { submissionId: 's1', criteria: {} }, ['criteria']],
    [
      'a criterion the submission did not assess',
      {
        submissionId: 's1',
        criteria: { 'dev-other': { verdict: 'confirm', method: 'interview' } },
      },
      ['criteria.dev-other'],
    ],
    [
      'an unknown verdict and method',
      {
        submissionId: 's1',
        criteria: { 'dev-vcs': { verdict: 'maybe', method: 'guess' } },
      },
      ['criteria.dev-vcs.verdict', 'criteria.dev-vcs.method'],
    ],
    [
      'a dispute without a note',
      {
        submissionId: 's1',
        criteria: {
          'dev-vcs': { verdict: 'dispute', method: 'interview', note: ' ' },
        },
      },
      ['criteria.dev-vcs.note'],
    ],
    [
      'a note too long',
      {
        submissionId: 's1',
        note: 'n'.repeat(REVIEW_NOTE_MAX_LENGTH + 1),
        criteria: {
          'dev-vcs': {
            verdict: 'confirm',
            method: 'interview',
            note: 'n'.repeat(REVIEW_NOTE_MAX_LENGTH + 1),
          },
        },
      },
      ['criteria.dev-vcs.note', 'note'],
    ],
    [
      'too many links, and one not http',
      {
        submissionId: 's1',
        criteria: {
          'dev-vcs': {
            verdict: 'confirm',
            method: 'tool-audit',
            evidenceLinks: [
              ...Array.from(
                { length: REVIEW_MAX_EVIDENCE_LINKS },
                (_, i) => `https://x.example/${i}`,
              ),
              'ftp://x.example',
            ],
          },
        },
      },
      [
        'criteria.dev-vcs.evidenceLinks',
        `criteria.dev-vcs.evidenceLinks[${REVIEW_MAX_EVIDENCE_LINKS}]`,
      ],
    ],
  ])('names the field of %s', (_, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });

  it('lists the methods used once each, in display order', () => {
    expect(
      reviewMethods({
        criteria: {
          a: { verdict: 'confirm', method: 'tool-audit' },
          b: { verdict: 'dispute', method: 'interview', note: 'n' },
          c: { verdict: 'confirm', method: 'tool-audit' },
        },
      }),
    ).toEqual(['interview', 'tool-audit']);
  });
});
