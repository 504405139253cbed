/**
 * Answers, as stored and as sent by the questionnaire. What each answer type
 * allows, and the limits on notes and links, live in
 * `answers/answerDefinitions.ts`.
 */

/**
 * The answer to one criterion. `value` is `yes`/`no` for yes-no criteria,
 * a `PracticeScaleValue` for practice scales, and an option id for
 * multiple choice. A criterion marked not applicable needs a reason and has
 * no value.
 * @public
 */
export interface Answer {
  value?: string;
  notApplicable?: { reason: string };
  /** Free text kept with the answer (at most `ANSWER_NOTE_MAX_LENGTH` characters). */
  note?: string;
  /** http(s) links to where the practice can be seen. */
  evidenceLinks?: string[];
}

/** Answers keyed by criterion id. @public */
export type AnswerSet = Record<string, Answer>;
