import type { AnswerSet } from '../scoring/answerTypes';

/** A problem with submitted answers, naming the criterion and what is wrong. @public */
export interface AnswerIssue {
  /** The criterion the problem is about, when there is one. */
  criterionId?: string;
  /** Where in the answer set, for example `dev-versioning.evidenceLinks[1]`. */
  path: string;
  message: string;
}

/** A problem with submitted target levels. @public */
export interface TargetIssue {
  /** The area the problem is about, when there is one. */
  areaId?: string;
  /** Where in the targets, for example `monitoring`. */
  path: string;
  message: string;
}

/** The outcome of `validateAnswers`: the clean answers, or every problem found. @public */
export type AnswersValidationResult =
  | { ok: true; answers: AnswerSet }
  | { ok: false; issues: AnswerIssue[] };

/** The outcome of `validateTargets`: the clean targets, or every problem found. @public */
export type TargetsValidationResult =
  | { ok: true; targets: Record<string, string> }
  | { ok: false; issues: TargetIssue[] };

/** A plain object (not an array, not null). */
export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
