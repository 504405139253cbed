import type {
  CriterionReview,
  Review,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { toIsoTimestamp } from './rows';

/** A row of `reviews`. */
export interface ReviewRow {
  id: string;
  entity_ref: string;
  submission_id: string;
  reviewed_by: string;
  reviewed_at: Date | number | string;
  /** Verdicts by criterion id, as JSON. */
  criteria: string;
  note: string | null;
}

/** The row of a review about to be written. */
export function reviewRow(review: Review): ReviewRow {
  return {
    id: review.id,
    entity_ref: review.entityRef,
    submission_id: review.submissionId,
    reviewed_by: review.reviewedBy,
    reviewed_at: new Date(review.reviewedAt),
    criteria: JSON.stringify(review.criteria),
    note: review.note ?? null,
  };
}

/** Maps a review row to the API shape. */
export function toReview(row: ReviewRow): Review {
  const review: Review = {
    id: row.id,
    entityRef: row.entity_ref,
    submissionId: row.submission_id,
    reviewedBy: row.reviewed_by,
    reviewedAt: toIsoTimestamp(row.reviewed_at),
    criteria: JSON.parse(row.criteria) as Record<string, CriterionReview>,
  };
  if (row.note !== null) review.note = row.note;
  return review;
}
