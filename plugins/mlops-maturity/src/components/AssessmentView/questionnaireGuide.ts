import type {
  Answer,
  AnswerSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { answerProblems } from './answerValidation';

/** True when a question has a value or is marked not applicable. */
export function isAnswered(answer: Answer | undefined): boolean {
  return !!answer && (answer.value !== undefined || !!answer.notApplicable);
}

/** What must be fixed in one answer, pointing at the field that holds it. */
export interface AnswerIssue {
  criterionId: string;
  /** Index of the criterion's area in the model. */
  areaIndex: number;
  /** The DOM id of the field to focus (the inputs of `CriterionQuestion`). */
  fieldId: string;
  /** Which problem, for the message. */
  problem:
    | { kind: 'naReasonMissing' }
    | { kind: 'naReasonTooLong' }
    | { kind: 'noteTooLong' }
    | { kind: 'tooManyLinks' }
    | { kind: 'badLink'; index: number };
}

/**
 * Every problem of the answers that would make the backend refuse them, in
 * the order of the questionnaire, each with the field that holds it (the
 * same checks as the messages under the fields).
 */
export function answerIssues(
  model: LocalizedMaturityModel,
  answers: AnswerSet,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  model.areas.forEach((area, areaIndex) => {
    for (const { id } of area.criteria) {
      const answer = answers[id];
      if (!answer) continue;
      const p = answerProblems(answer);
      const at = (fieldId: string, problem: AnswerIssue['problem']) =>
        issues.push({ criterionId: id, areaIndex, fieldId, problem });
      if (p.naReasonMissing) at(`na-reason-${id}`, { kind: 'naReasonMissing' });
      if (p.naReasonTooLong) at(`na-reason-${id}`, { kind: 'naReasonTooLong' });
      if (p.noteTooLong) at(`note-${id}`, { kind: 'noteTooLong' });
      for (const index of p.badLinks) {
        at(`link-${id}-${index}`, { kind: 'badLink', index });
      }
      if (p.tooManyLinks) {
        const last = Math.max((answer.evidenceLinks?.length ?? 1) - 1, 0);
        at(`link-${id}-${last}`, { kind: 'tooManyLinks' });
      }
    }
  });
  return issues;
}

/** One area's progress, for the area navigation. */
export interface AreaProgress {
  answered: number;
  total: number;
  /** Answers of this area with a problem to fix. */
  toFix: number;
}

/** The progress of every area, in the model's order. */
export function areaProgress(
  model: LocalizedMaturityModel,
  answers: AnswerSet,
  issues: AnswerIssue[],
): AreaProgress[] {
  return model.areas.map((area, areaIndex) => ({
    answered: area.criteria.filter(c => isAnswered(answers[c.id])).length,
    total: area.criteria.length,
    toFix: new Set(
      issues.filter(i => i.areaIndex === areaIndex).map(i => i.criterionId),
    ).size,
  }));
}

/**
 * The next question without an answer, in the questionnaire's order and
 * across areas, after `after` (a criterion id) or, without it, from the start
 * of the area `fromArea`; it wraps around to the start. Undefined when every
 * question has an answer.
 */
export function nextUnanswered(
  model: LocalizedMaturityModel,
  answers: AnswerSet,
  from: { after?: string; fromArea: number },
): { criterionId: string; areaIndex: number } | undefined {
  const all = model.areas.flatMap((area, areaIndex) =>
    area.criteria.map(c => ({ criterionId: c.id, areaIndex })),
  );
  if (!all.length) return undefined;
  const after = all.findIndex(q => q.criterionId === from.after);
  let start =
    after >= 0 ? after + 1 : all.findIndex(q => q.areaIndex === from.fromArea);
  if (start < 0) start = 0;
  for (let step = 0; step < all.length; step++) {
    const candidate = all[(start + step) % all.length];
    if (!isAnswered(answers[candidate.criterionId])) return candidate;
  }
  return undefined;
}

/**
 * Moves focus to one field of a question by its DOM id (see
 * {@link AnswerIssue.fieldId}), scrolled to the middle of the view, so that
 * the sticky bar above the questionnaire does not hide it.
 */
export function focusField(fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  field.scrollIntoView?.({ block: 'center' });
  field.focus();
}
