import type { Review } from '../reviews/reviewDefinitions';
import { reviewMethods } from '../reviews/reviewDefinitions';
import { countsAsAssessment, own } from './criterionResult';
import type {
  CriterionResult,
  Scorecard,
  ScorecardReview,
} from './scorecardTypes';

/**
 * A criterion's result after the review's verdict on it (the package README,
 * "Reviews"). A verdict only acts on a criterion the submission assessed
 * (answered, not applicable, or counted from evidence): there is nothing to
 * confirm on an unanswered one, and a dispute must not make a not-assessed
 * area assessed, which would raise it from "not assessed" to the floor.
 * - confirm: provenance `reviewed`, credit and applicability unchanged, so
 *   a confirmation never changes a level; a confirmed "not applicable"
 *   stays out of the computations;
 * - dispute: credit 0, not met, applicable again (a disputed "not
 *   applicable" counts as an unmet criterion), so a dispute never raises one.
 */
export function applyVerdict(
  result: CriterionResult,
  review: Review | undefined,
): CriterionResult {
  if (!review) return result;
  const verdict = own(review.criteria, result.criterionId);
  if (!verdict || !countsAsAssessment(result.provenance)) return result;
  if (verdict.verdict === 'dispute') {
    return {
      ...result,
      credit: 0,
      met: false,
      applicable: true,
      provenance: 'disputed',
      review: verdict,
    };
  }
  return {
    ...result,
    provenance:
      result.provenance === 'not-applicable' ? result.provenance : 'reviewed',
    review: verdict,
  };
}

/** The scorecard's summary of the review it applied. */
export function summarizeReview(
  review: Review,
  results: CriterionResult[],
): ScorecardReview {
  const summary: ScorecardReview = {
    id: review.id,
    submissionId: review.submissionId,
    reviewedBy: review.reviewedBy,
    reviewedAt: review.reviewedAt,
    methods: reviewMethods(review),
    confirmed: results.filter(r => r.review?.verdict === 'confirm').length,
    disputed: results
      .filter(r => r.provenance === 'disputed')
      .map(r => r.criterionId),
  };
  if (review.note) summary.note = review.note;
  return summary;
}

/**
 * The criteria a review may give a verdict on: those the scorecard of the
 * submission (scored without a review) counts as assessed, that is answered,
 * marked not applicable, or counted from sufficient evidence.
 * @public
 */
export function reviewableCriteria(scorecard: Scorecard): Set<string> {
  return new Set(
    scorecard.areas.flatMap(a =>
      a.criteria
        .filter(c => countsAsAssessment(c.provenance))
        .map(c => c.criterionId),
    ),
  );
}
