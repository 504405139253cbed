import { randomUUID } from 'node:crypto';
import { InputError, NotAllowedError, ConflictError } from '@backstage/errors';
import {
  reviewMethods,
  reviewRequestProblems,
  reviewableCriteria,
  type MaturityModel,
  type Review,
  type ReviewListResponse,
  type ReviewRequest,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { AssessmentStore } from '../database/AssessmentStore';
import { buildIndexEntry } from '../overview/indexEntry';
import type { OverviewStore } from '../overview/OverviewStore';
import { scoreAnswers } from '../scoring/scoreAnswers';
import type { AuditedResult } from '../assessments/AssessmentService';
import type { ReadAccess, WriteAccess } from '../service/EntityAccess';

/** What {@link ReviewService} needs. */
export interface ReviewServiceOptions {
  model: MaturityModel;
  store: AssessmentStore;
  overview: Pick<OverviewStore, 'writeEntry'>;
  /** `mlopsMaturity.staleAfterDays`. */
  staleAfterDays: number;
  /** The clock; tests pin it. */
  now?: () => Date;
}

/**
 * Assessor reviews (the common package README, "Reviews"): recording a
 * review of an entity's latest submission and listing an entity's reviews.
 * Routes authorise the caller through `EntityAccess` first; this class checks
 * what only the stored data can tell: that the submission is the latest, that
 * the reviewer did not make it, and that the verdicts name criteria the
 * submission assessed.
 */
export class ReviewService {
  constructor(private readonly options: ReviewServiceOptions) {}

  /** The entity's reviews, newest first, and whether the caller may review its latest submission. */
  async list(access: ReadAccess): Promise<ReviewListResponse> {
    const { store } = this.options;
    const [items, latest] = await Promise.all([
      store.listReviews(access.entityRef),
      store.getLatestSubmission(access.entityRef),
    ]);
    const principal = access.credentials.principal;
    const caller = 'userEntityRef' in principal ? principal.userEntityRef : '';
    return {
      entityRef: access.entityRef,
      items,
      canReview:
        access.canEdit && latest !== undefined && latest.submittedBy !== caller,
    };
  }

  /**
   * Records a review of the latest submission: 400 naming the field for a
   * malformed body, 409 when `submissionId` is not the latest (also when a
   * submission commits meanwhile), 403 when the reviewer made that
   * submission. The organisation index entry is rewritten with the review
   * applied in the same transaction (levels, gaps and the reviewed flag).
   */
  async record(
    access: WriteAccess,
    body: unknown,
  ): Promise<AuditedResult<Review>> {
    const { model, store } = this.options;
    const { entityRef, credentials, evidence } = access;
    const reviewer = credentials.principal.userEntityRef;
    const [latest, targets] = await Promise.all([
      store.getLatestSubmission(entityRef),
      store.getTargets(entityRef),
    ]);
    if (!latest) {
      throw new ConflictError(
        `${entityRef} has no submission to review yet; the team submits an assessment first`,
      );
    }
    const now = this.options.now?.() ?? new Date();
    const scoreWith = (review?: Review) =>
      scoreAnswers({
        model,
        answers: latest.answers,
        evidence: evidence.evidence,
        now,
        submittedAt: new Date(latest.submittedAt),
        targets,
        staleAfterDays: this.options.staleAfterDays,
        review,
      });
    const problems = reviewRequestProblems(
      body,
      reviewableCriteria(scoreWith()),
    );
    if (problems.length) {
      throw new InputError(
        `Invalid review: ${problems
          .map(p => `${p.field}: ${p.message}`)
          .join('; ')}`,
      );
    }
    const request = body as ReviewRequest;
    if (request.submissionId === latest.id && latest.submittedBy === reviewer) {
      throw new NotAllowedError(
        `You submitted ${entityRef}'s assessment ${latest.id} yourself, so you cannot review it; someone else with the review permission can`,
      );
    }
    const review: Review = {
      id: randomUUID(),
      entityRef,
      submissionId: request.submissionId,
      reviewedBy: reviewer,
      reviewedAt: now.toISOString(),
      criteria: request.criteria,
      ...(request.note ? { note: request.note } : {}),
    };
    const index = buildIndexEntry({
      model,
      entity: evidence.fullEntity,
      scorecard: scoreWith(review),
      latest: {
        id: latest.id,
        submittedAt: new Date(latest.submittedAt),
        submittedBy: latest.submittedBy,
      },
      seenAt: now,
    });
    const written = await store.recordReview(review, {
      inTransaction: tx => this.options.overview.writeEntry(index, tx),
    });
    const ids = (verdict: string) =>
      Object.entries(written.criteria)
        .filter(([, c]) => c.verdict === verdict)
        .map(([id]) => id)
        .sort();
    return {
      result: written,
      changes: {
        entityRef,
        reviewId: written.id,
        submissionId: written.submissionId,
        methods: reviewMethods(written),
        confirmed: ids('confirm'),
        disputed: ids('dispute'),
      },
    };
  }
}
