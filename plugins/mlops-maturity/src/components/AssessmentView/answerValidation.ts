import {
  ANSWER_MAX_EVIDENCE_LINKS,
  ANSWER_NOTE_MAX_LENGTH,
  type Answer,
  type AnswerSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** What is wrong with one answer, for instant feedback next to the field. */
export interface AnswerProblems {
  naReasonMissing: boolean;
  noteTooLong: boolean;
  /** Indexes of evidence links that are not http(s) URLs. */
  badLinks: number[];
}

/** True for an absolute http(s) URL, the only links the backend accepts. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Checks one answer the way the backend will, so the user learns before saving. */
export function answerProblems(answer: Answer | undefined): AnswerProblems {
  return {
    naReasonMissing:
      !!answer?.notApplicable && !answer.notApplicable.reason.trim(),
    noteTooLong: (answer?.note?.length ?? 0) > ANSWER_NOTE_MAX_LENGTH,
    badLinks: (answer?.evidenceLinks ?? []).flatMap((link, index) =>
      link.trim() && !isHttpUrl(link.trim()) ? [index] : [],
    ),
  };
}

/** True when any answer has a problem that would make the backend refuse it. */
export function hasProblems(answers: AnswerSet): boolean {
  return Object.values(answers).some(answer => {
    const p = answerProblems(answer);
    return p.naReasonMissing || p.noteTooLong || p.badLinks.length > 0;
  });
}

/**
 * The answers as they can be sent: empty link fields and blank notes dropped,
 * and answers still being typed (N/A without its reason, bad links, an
 * over-long note) left out, so that autosave never sends something the
 * backend refuses. Such answers are saved once they are fixed.
 */
export function answersForSave(answers: AnswerSet): AnswerSet {
  const result: AnswerSet = {};
  for (const [id, answer] of Object.entries(answers)) {
    const p = answerProblems(answer);
    if (p.naReasonMissing || p.noteTooLong || p.badLinks.length > 0) continue;
    const links = (answer.evidenceLinks ?? [])
      .map(l => l.trim())
      .filter(Boolean)
      .slice(0, ANSWER_MAX_EVIDENCE_LINKS);
    const clean: Answer = {};
    if (answer.notApplicable) {
      clean.notApplicable = { reason: answer.notApplicable.reason.trim() };
    } else if (answer.value !== undefined) {
      clean.value = answer.value;
    }
    if (answer.note?.trim()) clean.note = answer.note;
    if (links.length) clean.evidenceLinks = links;
    if (Object.keys(clean).length) result[id] = clean;
  }
  return result;
}

/** Number of criteria with a value or marked not applicable. */
export function countAnswered(answers: AnswerSet): number {
  return Object.values(answers).filter(
    a => a.value !== undefined || !!a.notApplicable,
  ).length;
}
