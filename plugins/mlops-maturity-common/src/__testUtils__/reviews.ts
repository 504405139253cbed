import type {
  CriterionReview,
  Review,
  ReviewMethod,
} from '../reviews/reviewDefinitions';

/** A recorded review of submission `s1` with the given verdicts. */
export function reviewOf(
  criteria: Record<string, CriterionReview>,
  extra: Partial<Review> = {},
): Review {
  return {
    id: 'r1',
    entityRef: 'component:default/x',
    submissionId: 's1',
    reviewedBy: 'user:default/lead',
    reviewedAt: '2026-05-30T10:00:00.000Z',
    criteria,
    ...extra,
  };
}

/** A confirmation by the given method. */
export function confirm(method: ReviewMethod = 'interview'): CriterionReview {
  return { verdict: 'confirm', method };
}

/** A dispute with a note. */
export function dispute(
  note = 'No pipeline run in the last 90 days',
  method: ReviewMethod = 'tool-audit',
): CriterionReview {
  return { verdict: 'dispute', method, note };
}
