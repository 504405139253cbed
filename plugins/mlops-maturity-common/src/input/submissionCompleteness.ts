import type { EvidenceSet } from '../evidence/types';
import type { MaturityModel } from '../model/types';
import type { AnswerSet } from '../scoring/answerTypes';
import { scoreCriterion } from '../scoring/criterionResult';
import { indexModel } from '../scoring/modelIndex';
import { carryOverAnswers } from './carryOverAnswers';

/**
 * The share of applicable criteria a submission must cover unless the
 * backend is configured otherwise (`mlopsMaturity.submission.minimumCompleteness`):
 * all of them.
 * @public
 */
export const DEFAULT_MINIMUM_COMPLETENESS = 1;

/** Whether a set of answers may be submitted, and what it lacks. @public */
export interface SubmissionCompleteness {
  /** Whether `covered / applicable` reaches the required share. */
  complete: boolean;
  /** Applicable criteria that are answered or detected from sufficient evidence. */
  covered: number;
  /** Criteria not marked not applicable. */
  applicable: number;
  /** Applicable criteria not covered, by id, in model order (areas, then criteria). */
  missing: string[];
}

/**
 * Whether a submission covers enough of the model (the package README,
 * "Submission completeness"). A criterion marked not applicable (with its
 * reason) is out of the count, as it is out of scoring. An applicable
 * criterion is covered when it has an answer the model allows, or, without
 * one, when sufficient catalog evidence was found (it is then detected and
 * counts as met). Evidence that is only a suggestion does not cover it: the
 * team has to answer. The answers go through the same carry-over as scoring,
 * so an answer to a retired criterion or a value no longer offered does not
 * count. With no applicable criterion the submission is complete.
 *
 * The backend decides submissions with this function and the frontend shows
 * what is missing with it, so the two cannot disagree on the rule.
 * @public
 */
export function submissionCompleteness(input: {
  model: MaturityModel;
  answers: AnswerSet;
  evidence: EvidenceSet;
  /** Share of applicable criteria to cover, 0 to 1; default {@link DEFAULT_MINIMUM_COMPLETENESS}. */
  minimumShare?: number;
}): SubmissionCompleteness {
  const { model, evidence } = input;
  const share = input.minimumShare ?? DEFAULT_MINIMUM_COMPLETENESS;
  const answers = carryOverAnswers(model, input.answers).current;
  let applicable = 0;
  let covered = 0;
  const missing: string[] = [];
  for (const criterion of indexModel(model).criteria) {
    const { provenance } = scoreCriterion(criterion, answers, evidence);
    if (provenance === 'not-applicable') continue;
    applicable++;
    if (provenance === 'unanswered' || provenance === 'suggested') {
      missing.push(criterion.id);
    } else {
      covered++;
    }
  }
  // Compared in whole criteria, so a share such as 0.7 of 10 is not missed
  // by a rounding error in 0.7 * 10.
  const required = Math.ceil(share * applicable - 1e-9);
  return { complete: covered >= required, covered, applicable, missing };
}
