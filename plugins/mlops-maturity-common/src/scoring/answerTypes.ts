/** Answers, as stored and as sent by the questionnaire. */

/** Value of a `practice-scale` answer. @public */
export type PracticeScaleValue = 'none' | 'manual' | 'automated';

/**
 * The answer to one criterion. `value` is `yes`/`no` for yes-no criteria,
 * a {@link PracticeScaleValue} for practice scales, and an option id for
 * multiple choice. A criterion marked not applicable needs a reason and has
 * no value.
 * @public
 */
export interface Answer {
  value?: string;
  notApplicable?: { reason: string };
  /** Free text kept with the answer (at most {@link ANSWER_NOTE_MAX_LENGTH} characters). */
  note?: string;
  /** http(s) links to where the practice can be seen. */
  evidenceLinks?: string[];
}

/** Answers keyed by criterion id. @public */
export type AnswerSet = Record<string, Answer>;

/** Longest note accepted on one answer. @public */
export const ANSWER_NOTE_MAX_LENGTH = 2000;

/** Most evidence links accepted on one answer. @public */
export const ANSWER_MAX_EVIDENCE_LINKS = 10;
