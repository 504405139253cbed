import {
  creditTable,
  isNotApplicable,
  type AnswerableCriterion,
} from '../answers/answerDefinitions';
import type { EvidenceSet } from '../evidence/types';
import type { AnswerSet } from '../scoring/answerTypes';
import { own } from '../scoring/criterionResult';

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
 * The part of a model the completeness rule reads: criteria by area, with
 * their answer types and evidence rules. Both the model and the localized
 * model the frontend gets (`GET /model?lang=`) fit.
 * @public
 */
export interface CompletenessModel {
  areas: ReadonlyArray<{
    criteria: ReadonlyArray<
      AnswerableCriterion & {
        id: string;
        evidence?: { rules: ReadonlyArray<unknown> };
      }
    >;
  }>;
}

/**
 * Whether a submission covers enough of the model (the package README,
 * "Submission completeness"). A criterion marked not applicable (with its
 * reason) is out of the count, as it is out of scoring. An applicable
 * criterion is covered when it has a value the model offers (a value a
 * criterion no longer offers, or an answer to a criterion the model no
 * longer has, does not count, as in scoring), or, without one, when
 * sufficient catalog evidence was found for it: scoring then counts it as
 * detected and met. Evidence that is only a suggestion does not cover it:
 * the team has to answer. With no applicable criterion the submission is
 * complete.
 *
 * The backend decides submissions with this function and the questionnaire
 * shows what is missing with it, so the two cannot disagree on the rule.
 * @public
 */
export function submissionCompleteness(input: {
  model: CompletenessModel;
  answers: AnswerSet;
  /** Evidence by criterion id, as scoring gets it (or as a scorecard's criteria carry it). */
  evidence: EvidenceSet;
  /** Share of applicable criteria to cover, 0 to 1; default {@link DEFAULT_MINIMUM_COMPLETENESS}. */
  minimumShare?: number;
}): SubmissionCompleteness {
  const { model, answers, evidence } = input;
  const share = input.minimumShare ?? DEFAULT_MINIMUM_COMPLETENESS;
  let applicable = 0;
  let covered = 0;
  const missing: string[] = [];
  for (const area of model.areas) {
    for (const criterion of area.criteria) {
      // `own`: a criterion id such as `constructor` must not find a member.
      const answer = own(answers, criterion.id);
      if (isNotApplicable(answer)) continue;
      applicable++;
      const answered =
        answer?.value !== undefined && creditTable(criterion).has(answer.value);
      // Scoring reads evidence only for criteria with rules.
      const found = criterion.evidence?.rules.length
        ? own(evidence, criterion.id)
        : undefined;
      const detected = found?.status === 'found' && found.sufficient;
      if (answered || detected) covered++;
      else missing.push(criterion.id);
    }
  }
  // Compared in whole criteria, so a share such as 0.7 of 10 is not missed
  // by a rounding error in 0.7 * 10.
  const required = Math.ceil(share * applicable - 1e-9);
  return { complete: covered >= required, covered, applicable, missing };
}
