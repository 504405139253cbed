import {
  answerProblems as sharedAnswerProblems,
  type Answer,
  type AnswerProblemCode,
  type AnswerSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** What is wrong with one answer, for instant feedback next to the field. */
export interface AnswerProblems {
  naReasonMissing: boolean;
  /** Longer than the shared `NOT_APPLICABLE_REASON_MAX_LENGTH`. */
  naReasonTooLong: boolean;
  /** Longer than the shared `ANSWER_NOTE_MAX_LENGTH`. */
  noteTooLong: boolean;
  /** More filled-in links than the shared `ANSWER_MAX_EVIDENCE_LINKS`. */
  tooManyLinks: boolean;
  /** Indexes (in the form's fields) of evidence links that are not http(s) URLs. */
  badLinks: number[];
}

/**
 * The answer as it is sent: the not-applicable reason trimmed and the value
 * dropped under it, blank notes and empty link fields left out. Also returns,
 * for each link sent, the index of the form field it came from, so that a
 * problem found on what is sent can be shown on the right field.
 */
function asSent(answer: Answer): { sent: Answer; linkFields: number[] } {
  const sent: Answer = {};
  if (answer.notApplicable) {
    sent.notApplicable = { reason: answer.notApplicable.reason.trim() };
  } else if (answer.value !== undefined) {
    sent.value = answer.value;
  }
  if (answer.note?.trim()) sent.note = answer.note;
  const linkFields: number[] = [];
  const links: string[] = [];
  (answer.evidenceLinks ?? []).forEach((link, index) => {
    if (!link.trim()) return;
    links.push(link.trim());
    linkFields.push(index);
  });
  if (links.length) sent.evidenceLinks = links;
  return { sent, linkFields };
}

const NO_PROBLEMS: AnswerProblems = {
  naReasonMissing: false,
  naReasonTooLong: false,
  noteTooLong: false,
  tooManyLinks: false,
  badLinks: [],
};

/**
 * Checks one answer with the backend's own rules (the shared
 * `answerProblems`), on the answer as it would be sent, so the user learns
 * before saving and autosave never sends something the backend refuses.
 * Values are not checked here: the form only offers allowed ones, and stale
 * values are dropped when the form loads.
 */
export function answerProblems(answer: Answer | undefined): AnswerProblems {
  if (!answer) return NO_PROBLEMS;
  const { sent, linkFields } = asSent(answer);
  const codes = sharedAnswerProblems(sent);
  const has = (code: AnswerProblemCode) => codes.some(p => p.code === code);
  return {
    naReasonMissing: has('reason-missing'),
    naReasonTooLong: has('reason-too-long'),
    noteTooLong: has('note-too-long'),
    tooManyLinks: has('too-many-links'),
    badLinks: codes.flatMap(p => {
      const index = /^evidenceLinks\[(\d+)\]$/.exec(p.field);
      return p.code === 'link-not-http' && index
        ? [linkFields[Number(index[1])]]
        : [];
    }),
  };
}

function anyProblem(p: AnswerProblems): boolean {
  return (
    p.naReasonMissing ||
    p.naReasonTooLong ||
    p.noteTooLong ||
    p.tooManyLinks ||
    p.badLinks.length > 0
  );
}

/** True when any answer has a problem that would make the backend refuse it. */
export function hasProblems(answers: AnswerSet): boolean {
  return Object.values(answers).some(answer =>
    anyProblem(answerProblems(answer)),
  );
}

/**
 * The answers as they can be sent: empty link fields and blank notes dropped,
 * and answers still being typed (N/A without its reason, bad links, a text
 * over its limit) left out, so that autosave never sends something the
 * backend refuses. Such answers are saved once they are fixed.
 */
export function answersForSave(answers: AnswerSet): AnswerSet {
  const result: AnswerSet = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (anyProblem(answerProblems(answer))) continue;
    const { sent } = asSent(answer);
    if (Object.keys(sent).length) result[id] = sent;
  }
  return result;
}

/** Number of criteria with a value or marked not applicable. */
export function countAnswered(answers: AnswerSet): number {
  return Object.values(answers).filter(
    a => a.value !== undefined || !!a.notApplicable,
  ).length;
}
