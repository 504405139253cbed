import { tinyModel } from '../__fixtures__/models';
import {
  ANSWER_MAX_EVIDENCE_LINKS,
  ANSWER_NOTE_MAX_LENGTH,
} from '../answers/answerDefinitions';
import { validateAnswers } from './validateAnswers';
import type { AnswerIssue } from './inputIssues';

const model = tinyModel();

describe('validateAnswers', () => {
  it('accepts valid answers of every type and returns them without empty fields', () => {
    const result = validateAnswers(model, {
      'dev-vcs': {
        value: 'yes',
        note: 'all in GitHub',
        evidenceLinks: ['https://github.com/acme/x'],
      },
      'dev-tracking': { value: 'manual', note: '', evidenceLinks: [] },
      'dev-pipeline': { value: 'partial' },
      'ops-owner': { notApplicable: { reason: '  shared service  ' } },
      'ops-alerts': { note: 'still deciding' },
      'ops-canary': {
        value: null,
        notApplicable: null,
        note: null,
        evidenceLinks: null,
      },
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        'dev-vcs': {
          value: 'yes',
          note: 'all in GitHub',
          evidenceLinks: ['https://github.com/acme/x'],
        },
        'dev-tracking': { value: 'manual' },
        'dev-pipeline': { value: 'partial' },
        'ops-owner': { notApplicable: { reason: 'shared service' } },
        'ops-alerts': { note: 'still deciding' },
        'ops-canary': {},
      },
    });
  });

  it('accepts an empty answer set', () => {
    expect(validateAnswers(model, {})).toEqual({ ok: true, answers: {} });
  });

  it.each<[string, unknown, Partial<AnswerIssue>]>([
    [
      'an answer set that is not an object',
      ['dev-vcs'],
      { path: '', message: 'answers must be an object keyed by criterion id' },
    ],
    [
      'an unknown criterion',
      { 'dev-vsc': { value: 'yes' } },
      {
        criterionId: 'dev-vsc',
        path: 'dev-vsc',
        message: expect.stringMatching(
          /^Criterion 'dev-vsc': unknown criterion/,
        ),
      },
    ],
    [
      'an answer that is not an object',
      { 'dev-vcs': 'yes' },
      {
        path: 'dev-vcs',
        message: "Criterion 'dev-vcs': the answer must be an object",
      },
    ],
    [
      'a yes-no value that is not yes or no',
      { 'dev-vcs': { value: 'true' } },
      {
        path: 'dev-vcs.value',
        message: `Criterion 'dev-vcs': "true" is not a valid answer (yes-no; expected one of yes, no)`,
      },
    ],
    [
      'a practice value off the scale',
      { 'dev-tracking': { value: 'sometimes' } },
      {
        path: 'dev-tracking.value',
        message: expect.stringContaining(
          'expected one of none, manual, automated',
        ),
      },
    ],
    [
      'an option the criterion does not have',
      { 'dev-pipeline': { value: 'yes' } },
      {
        path: 'dev-pipeline.value',
        message: expect.stringContaining(
          'expected one of manual, partial, full',
        ),
      },
    ],
    [
      'a value that is not text',
      { 'dev-vcs': { value: 1 } },
      {
        path: 'dev-vcs.value',
        message: expect.stringContaining('1 is not a valid answer'),
      },
    ],
    [
      'not applicable without a reason',
      { 'dev-vcs': { notApplicable: {} } },
      {
        path: 'dev-vcs.notApplicable.reason',
        message: "Criterion 'dev-vcs': not applicable needs a written reason",
      },
    ],
    [
      'not applicable with a blank reason',
      { 'dev-vcs': { notApplicable: { reason: '   ' } } },
      { path: 'dev-vcs.notApplicable.reason' },
    ],
    [
      'not applicable as a flag',
      { 'dev-vcs': { notApplicable: true } },
      { path: 'dev-vcs.notApplicable.reason' },
    ],
    [
      'a reason over the limit',
      {
        'dev-vcs': {
          notApplicable: { reason: 'x'.repeat(ANSWER_NOTE_MAX_LENGTH + 1) },
        },
      },
      {
        path: 'dev-vcs.notApplicable.reason',
        message: expect.stringContaining(
          `the limit is ${ANSWER_NOTE_MAX_LENGTH}`,
        ),
      },
    ],
    [
      'an unknown field in not applicable',
      { 'dev-vcs': { notApplicable: { reason: 'r', why: 'x' } } },
      {
        path: 'dev-vcs.notApplicable.why',
        message: "Criterion 'dev-vcs': unknown field 'why'",
      },
    ],
    [
      'both a value and not applicable',
      { 'dev-vcs': { value: 'yes', notApplicable: { reason: 'r' } } },
      {
        path: 'dev-vcs.notApplicable',
        message: expect.stringContaining('either a value or not applicable'),
      },
    ],
    [
      'a note over the limit',
      { 'dev-vcs': { note: 'n'.repeat(ANSWER_NOTE_MAX_LENGTH + 1) } },
      {
        path: 'dev-vcs.note',
        message: `Criterion 'dev-vcs': the note is ${
          ANSWER_NOTE_MAX_LENGTH + 1
        } characters long; the limit is ${ANSWER_NOTE_MAX_LENGTH}`,
      },
    ],
    [
      'a note that is not text',
      { 'dev-vcs': { note: 5 } },
      { path: 'dev-vcs.note' },
    ],
    [
      'too many links',
      {
        'dev-vcs': {
          evidenceLinks: Array.from(
            { length: ANSWER_MAX_EVIDENCE_LINKS + 1 },
            (_, i) => `https://x.example/${i}`,
          ),
        },
      },
      {
        path: 'dev-vcs.evidenceLinks',
        message: expect.stringContaining(
          `at most ${ANSWER_MAX_EVIDENCE_LINKS}`,
        ),
      },
    ],
    [
      'links that are not a list',
      { 'dev-vcs': { evidenceLinks: 'https://x.example' } },
      { path: 'dev-vcs.evidenceLinks' },
    ],
    [
      'a link that is not http(s)',
      {
        'dev-vcs': {
          evidenceLinks: ['https://ok.example', 'ftp://files.example/run.log'],
        },
      },
      {
        path: 'dev-vcs.evidenceLinks[1]',
        message: `Criterion 'dev-vcs': "ftp://files.example/run.log" is not an http(s) link`,
      },
    ],
    [
      'a data link',
      { 'dev-vcs': { evidenceLinks: ['data:text/html,hello'] } },
      { path: 'dev-vcs.evidenceLinks[0]' },
    ],
    [
      'a link that is not a URL',
      { 'dev-vcs': { evidenceLinks: ['our wiki'] } },
      { path: 'dev-vcs.evidenceLinks[0]' },
    ],
    [
      'an unknown field',
      { 'dev-vcs': { value: 'yes', comment: 'x' } },
      {
        criterionId: 'dev-vcs',
        path: 'dev-vcs.comment',
        message: "Criterion 'dev-vcs': unknown field 'comment'",
      },
    ],
  ])('rejects %s', (_name, input, issue) => {
    const result = validateAnswers(model, input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toContainEqual(
      expect.objectContaining(issue),
    );
  });

  it('reports every issue at once', () => {
    const result = validateAnswers(model, {
      nope: { value: 'yes' },
      'dev-vcs': { value: 'maybe', note: 7 },
    });
    expect(result.ok ? [] : result.issues.map(i => i.path)).toEqual([
      'nope',
      'dev-vcs.value',
      'dev-vcs.note',
    ]);
  });
});
