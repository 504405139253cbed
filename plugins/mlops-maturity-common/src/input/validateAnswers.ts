import type { MaturityModel } from '../model/types';
import {
  ANSWER_MAX_EVIDENCE_LINKS,
  ANSWER_NOTE_MAX_LENGTH,
  type Answer,
  type AnswerSet,
} from '../scoring/answerTypes';
import { indexModel, type IndexedCriterion } from '../scoring/modelIndex';
import {
  isPlainObject,
  type AnswerIssue,
  type AnswersValidationResult,
} from './inputIssues';

const ANSWER_FIELDS = ['value', 'notApplicable', 'note', 'evidenceLinks'];

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function describeType(c: IndexedCriterion): string {
  return `${c.def.answerType}; expected one of ${[...c.credits.keys()].join(
    ', ',
  )}`;
}

/** Validates one answer, reporting through `report`, and returns its clean copy. */
function validateAnswer(
  c: IndexedCriterion,
  raw: Record<string, unknown>,
  report: (field: string, message: string) => void,
): Answer {
  const answer: Answer = {};
  for (const key of Object.keys(raw)) {
    if (!ANSWER_FIELDS.includes(key)) report(key, `unknown field '${key}'`);
  }
  const { value, notApplicable, note, evidenceLinks } = raw;

  if (value !== undefined && value !== null) {
    if (typeof value !== 'string' || !c.credits.has(value)) {
      report(
        'value',
        `${JSON.stringify(value)} is not a valid answer (${describeType(c)})`,
      );
    } else {
      answer.value = value;
    }
  }

  if (notApplicable !== undefined && notApplicable !== null) {
    const reason = isPlainObject(notApplicable)
      ? notApplicable.reason
      : undefined;
    if (isPlainObject(notApplicable)) {
      for (const key of Object.keys(notApplicable)) {
        if (key !== 'reason')
          report(`notApplicable.${key}`, `unknown field '${key}'`);
      }
    }
    if (typeof reason !== 'string' || !reason.trim()) {
      report('notApplicable.reason', 'not applicable needs a written reason');
    } else if (reason.length > ANSWER_NOTE_MAX_LENGTH) {
      report(
        'notApplicable.reason',
        `the reason is ${reason.length} characters long; the limit is ${ANSWER_NOTE_MAX_LENGTH}`,
      );
    } else {
      answer.notApplicable = { reason: reason.trim() };
    }
    if (value !== undefined && value !== null) {
      report(
        'notApplicable',
        'an answer is either a value or not applicable, not both',
      );
    }
  }

  if (note !== undefined && note !== null) {
    if (typeof note !== 'string') {
      report('note', 'the note must be text');
    } else if (note.length > ANSWER_NOTE_MAX_LENGTH) {
      report(
        'note',
        `the note is ${note.length} characters long; the limit is ${ANSWER_NOTE_MAX_LENGTH}`,
      );
    } else if (note.trim()) {
      answer.note = note;
    }
  }

  if (evidenceLinks !== undefined && evidenceLinks !== null) {
    if (!Array.isArray(evidenceLinks)) {
      report('evidenceLinks', 'evidence links must be a list of http(s) URLs');
    } else {
      if (evidenceLinks.length > ANSWER_MAX_EVIDENCE_LINKS) {
        report(
          'evidenceLinks',
          `${evidenceLinks.length} evidence links; at most ${ANSWER_MAX_EVIDENCE_LINKS} are allowed`,
        );
      }
      evidenceLinks.forEach((link, i) => {
        if (typeof link !== 'string' || !isHttpUrl(link)) {
          report(
            `evidenceLinks[${i}]`,
            `${JSON.stringify(link)} is not an http(s) link`,
          );
        }
      });
      if (evidenceLinks.length)
        answer.evidenceLinks = evidenceLinks as string[];
    }
  }
  return answer;
}

/**
 * Validates answers against the model: every key must be a criterion of the
 * model, every value valid for the criterion's answer type, not applicable
 * must carry a reason, notes stay within {@link ANSWER_NOTE_MAX_LENGTH}
 * characters, and evidence links are at most {@link ANSWER_MAX_EVIDENCE_LINKS}
 * http(s) URLs. An answer may hold only a note (an unfinished draft).
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
      answers[criterionId] = validateAnswer(c, raw, fail);
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, answers };
}
