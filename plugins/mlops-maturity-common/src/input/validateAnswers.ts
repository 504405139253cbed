import type { MaturityModel } from '../model/types';
import {
  answerProblems,
  type AnswerableCriterion,
} from '../answers/answerDefinitions';
import type { Answer, AnswerSet } from '../scoring/answerTypes';
import { indexModel } from '../scoring/modelIndex';
import {
  isPlainObject,
  type AnswerIssue,
  type AnswersValidationResult,
} from './inputIssues';

const ANSWER_FIELDS = ['value', 'notApplicable', 'note', 'evidenceLinks'];

/**
 * Validates one answer, reporting through `report`, and returns its clean
 * copy. This function only checks the JSON shape (unknown fields, fields of
 * the wrong type); every rule on values and limits is `answerProblems`, the
 * same check the questionnaire runs before autosave.
 */
function validateAnswer(
  criterion: AnswerableCriterion,
  raw: Record<string, unknown>,
  report: (field: string, message: string) => void,
): Answer {
  for (const key of Object.keys(raw)) {
    if (!ANSWER_FIELDS.includes(key)) report(key, `unknown field '${key}'`);
  }
  const { value, notApplicable, note, evidenceLinks } = raw;
  if (isPlainObject(notApplicable)) {
    for (const key of Object.keys(notApplicable)) {
      if (key !== 'reason')
        report(`notApplicable.${key}`, `unknown field '${key}'`);
    }
  }

  // The shared checks treat fields of the wrong JSON type as invalid; only
  // the shapes they cannot name (a note that is not text, links that are not
  // a list) are reported here.
  const candidate = {
    value: value ?? undefined,
    notApplicable:
      notApplicable === undefined || notApplicable === null
        ? undefined
        : {
            reason: isPlainObject(notApplicable)
              ? notApplicable.reason
              : undefined,
          },
    note: note ?? undefined,
    evidenceLinks: Array.isArray(evidenceLinks) ? evidenceLinks : undefined,
  } as Answer;
  const problems = answerProblems(candidate, criterion);
  const about = (field: string) =>
    problems.filter(p => p.field.split(/[.[]/)[0] === field);
  const reportAll = (list: { field: string; message: string }[]) =>
    list.forEach(p => report(p.field, p.message));

  reportAll(about('value'));
  reportAll(about('notApplicable'));
  const noteIsText =
    note === undefined || note === null || typeof note === 'string';
  if (!noteIsText) report('note', 'the note must be text');
  reportAll(about('note'));
  const linksAreList =
    evidenceLinks === undefined ||
    evidenceLinks === null ||
    Array.isArray(evidenceLinks);
  if (!linksAreList) {
    report('evidenceLinks', 'evidence links must be a list of http(s) URLs');
  }
  reportAll(about('evidenceLinks'));

  const answer: Answer = {};
  if (typeof value === 'string' && !about('value').length) answer.value = value;
  const reason = candidate.notApplicable?.reason;
  if (
    typeof reason === 'string' &&
    !problems.some(p => p.field === 'notApplicable.reason')
  ) {
    answer.notApplicable = { reason: reason.trim() };
  }
  if (typeof note === 'string' && !about('note').length && note.trim()) {
    answer.note = note;
  }
  if (Array.isArray(evidenceLinks) && evidenceLinks.length) {
    answer.evidenceLinks = evidenceLinks as string[];
  }
  return answer;
}

/**
 * Validates answers against the model: every key must be a criterion of the
 * model, every value valid for the criterion's answer type, not applicable
 * must carry a reason, and every limit of `answerProblems` holds (reason and
 * note length, number and form of evidence links). An answer may hold only a
 * note (an unfinished draft).
 *
 * @returns the answers without empty fields, or every issue, each naming the criterion
 * @public
 */
export function validateAnswers(
  model: MaturityModel,
  input: unknown,
): AnswersValidationResult {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: 'answers must be an object keyed by criterion id',
        },
      ],
    };
  }
  const index = indexModel(model);
  const issues: AnswerIssue[] = [];
  const answers: AnswerSet = {};
  for (const [criterionId, raw] of Object.entries(input)) {
    const c = index.criterionById.get(criterionId);
    const fail = (field: string, message: string) =>
      issues.push({
        criterionId,
        path: field ? `${criterionId}.${field}` : criterionId,
        message: `Criterion '${criterionId}': ${message}`,
      });
    if (!c) {
      fail(
        '',
        `unknown criterion; the model '${model.id}' ${model.version} has no such id`,
      );
    } else if (!isPlainObject(raw)) {
      fail('', 'the answer must be an object');
    } else {
      answers[criterionId] = validateAnswer(c.def, raw, fail);
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, answers };
}
