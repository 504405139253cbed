import { ConflictError, InputError } from '@backstage/errors';
import type { Review } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { lockEntitiesIn } from './entityLocks';
import type { SubmissionRow } from './rows';
import { reviewRow, toReview, type ReviewRow } from './reviewRows';

const NEWEST_FIRST = [
  { column: 'reviewed_at', order: 'desc' as const },
  { column: 'id', order: 'desc' as const },
];

/** The id of the entity's latest submission (newest, ties broken by id, like the store). */
async function latestSubmissionId(
  db: Knex,
  entityRef: string,
): Promise<string | undefined> {
  const row = await db<SubmissionRow>('submissions')
    .where({ entity_ref: entityRef })
    .orderBy([
      { column: 'submitted_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .first('id');
  return row?.id;
}

/**
 * Writes a review of the entity's latest submission, holding the entity's
 * lock so that a submission committing meanwhile either comes first (and the
 * review is refused with 409) or waits for the review's index write.
 * `inTransaction` runs after the insert, in the same transaction.
 */
export async function recordReviewIn(
  tx: Knex.Transaction,
  review: Review,
  inTransaction?: (tx: Knex.Transaction) => Promise<void>,
): Promise<Review> {
  await lockEntitiesIn(tx, [review.entityRef]);
  const latest = await latestSubmissionId(tx, review.entityRef);
  if (latest !== review.submissionId) {
    const exists = await tx<SubmissionRow>('submissions')
      .where({ entity_ref: review.entityRef, id: review.submissionId })
      .first('id');
    if (!exists) {
      throw new InputError(
        `submissionId: ${review.entityRef} has no submission ${review.submissionId}`,
      );
    }
    throw new ConflictError(
      `Submission ${review.submissionId} of ${review.entityRef} is no longer the latest (${latest} is newer); only the latest submission can be reviewed. Reload and review that one.`,
    );
  }
  await tx<ReviewRow>('reviews').insert(reviewRow(review));
  if (inTransaction) await inTransaction(tx);
  return review;
}

/** The entity's newest review, of whichever submission. */
export async function latestReview(
  db: Knex,
  entityRef: string,
): Promise<Review | undefined> {
  const row = await db<ReviewRow>('reviews')
    .where({ entity_ref: entityRef })
    .orderBy(NEWEST_FIRST)
    .first();
  return row ? toReview(row) : undefined;
}

/** Every review of the entity, newest first. */
export async function listReviews(
  db: Knex,
  entityRef: string,
): Promise<Review[]> {
  const rows: ReviewRow[] = await db<ReviewRow>('reviews')
    .where({ entity_ref: entityRef })
    .orderBy(NEWEST_FIRST);
  return rows.map(toReview);
}

/**
 * The latest review of each of the given submissions, by submission id, in
 * one query per thousand ids: what the index refresh scores with.
 */
export async function latestReviewsOf(
  db: Knex,
  submissionIds: string[],
): Promise<Map<string, Review>> {
  const reviews = new Map<string, Review>();
  for (let i = 0; i < submissionIds.length; i += 1000) {
    const rows: ReviewRow[] = await db<ReviewRow>('reviews')
      .whereIn('submission_id', submissionIds.slice(i, i + 1000))
      .orderBy([
        { column: 'reviewed_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    // Ascending, so the newest of each submission is set last.
    for (const row of rows) reviews.set(row.submission_id, toReview(row));
  }
  return reviews;
}
