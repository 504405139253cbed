import type {
  AnswerSet,
  Review,
  AreaLevels,
  AreaScores,
  Draft,
  Submission,
  SubmissionSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import type { DraftState } from './transactions';
import type { lockEntitiesIn } from './entityLocks';

export type { DraftState } from './transactions';

/** A submission about to be written; the store assigns nothing but what is given. */
export interface NewSubmission {
  id: string;
  entityRef: string;
  answers: AnswerSet;
  submittedBy: string;
  submittedAt: Date;
  modelId: string;
  modelVersion: string;
  overallLevel: string | null;
  areaLevels: AreaLevels;
  areaScores: AreaScores;
}

/** The outcome of a draft save: the new draft and what it replaced, for the audit log. */
export interface SavedDraft {
  draft: Draft;
  previousAnswers: AnswerSet;
}

/** Explicit targets of one entity, written together. */
export interface TargetsUpdate {
  entityRef: string;
  targets: Record<string, string>;
  updatedBy: string;
  updatedAt: Date;
}

/** Options of {@link AssessmentStore.submit}. */
export interface SubmitOptions {
  /**
   * Refuse (ConflictError, nothing written) unless the entity's assessment
   * is at this revision (its draft's, or the revision left by the last
   * submission when there is no draft; 0 when there never was either).
   */
  expectedDraftRevision?: number;
  /**
   * Further writes that must commit or fail with the submission, such as
   * the organisation index entry; the store does not know what they are.
   * They run only when the submission is the entity's latest (one stamped
   * earlier than a submission that committed first must not replace what
   * that one wrote), holding the entity's lock ({@link lockEntitiesIn}), so
   * a concurrent catalog refresh of the entity's index entry waits for them
   * or is waited for.
   */
  inTransaction?: (tx: Knex.Transaction) => Promise<void>;
}

/** Data to import into an empty store (demo seeding). */
export interface SeedData {
  submissions: NewSubmission[];
  drafts: Array<{
    entityRef: string;
    answers: AnswerSet;
    updatedBy: string;
    updatedAt: Date;
  }>;
  targets: TargetsUpdate[];
}

/**
 * Persistence of assessments. Entity refs are passed in their normalised,
 * lower-case form. Errors: `ConflictError` for stale revisions,
 * `ServiceUnavailableError` when the database cannot be reached.
 */
export interface AssessmentStore {
  getDraft(entityRef: string): Promise<Draft | undefined>;

  /**
   * The entity's current revision and its draft, read together. Revisions
   * are never reused for an entity: every draft save and every submission
   * moves it up by one, so without a draft it is the revision the last
   * submission left (0 when nothing was ever saved or submitted).
   */
  getDraftState(entityRef: string): Promise<DraftState>;

  /**
   * Saves a draft only if the entity is still at `expectedRevision`
   * (see {@link AssessmentStore.getDraftState}). Of two saves from the same revision exactly one
   * succeeds; the other throws `ConflictError` and changes nothing.
   */
  saveDraft(options: {
    entityRef: string;
    expectedRevision: number;
    answers: AnswerSet;
    updatedBy: string;
    updatedAt: Date;
  }): Promise<SavedDraft>;

  /**
   * Removes the entity's draft only if the entity is still at
   * `expectedRevision`; the revision moves up by one, so it is never reused.
   * Throws `ConflictError` (changing nothing) on any other revision and
   * `NotFoundError` when the entity is at that revision without a draft.
   * Returns the new revision and the answers the draft held.
   */
  discardDraft(options: {
    entityRef: string;
    expectedRevision: number;
  }): Promise<{ revision: number; answers: AnswerSet }>;

  /**
   * Writes a submission and removes the entity's draft in one transaction.
   * The entity's revision moves on, so the submitted draft's revision is
   * stale from then on. With `expectedDraftRevision`, throws
   * `ConflictError` (writing nothing) unless the entity is at that revision.
   * `inTransaction` runs inside the same transaction, after the submission
   * is written, when it is the entity's latest.
   */
  submit(
    submission: NewSubmission,
    options?: SubmitOptions,
  ): Promise<Submission>;

  getLatestSubmission(entityRef: string): Promise<Submission | undefined>;

  /** Submissions of an entity, newest first, without their answers. */
  listSubmissions(entityRef: string): Promise<SubmissionSummary[]>;

  getSubmission(entityRef: string, id: string): Promise<Submission | undefined>;

  /**
   * Writes a review of the entity's latest submission. Throws
   * `ConflictError` (writing nothing) when `review.submissionId` is no
   * longer the latest, and `InputError` when the entity has no such
   * submission. `inTransaction` runs in the same transaction, holding the
   * entity's lock (the organisation index entry).
   */
  recordReview(
    review: Review,
    options?: { inTransaction?: (tx: Knex.Transaction) => Promise<void> },
  ): Promise<Review>;

  /** The entity's newest review, whichever submission it reviewed. */
  getLatestReview(entityRef: string): Promise<Review | undefined>;

  /** Every review of the entity, newest first. */
  listReviews(entityRef: string): Promise<Review[]>;

  /** Explicit target level per area id. */
  getTargets(entityRef: string): Promise<Record<string, string>>;

  /** Replaces every explicit target of the entity; returns the previous ones. */
  replaceTargets(update: TargetsUpdate): Promise<Record<string, string>>;

  /**
   * Imports the data only when the store holds no draft and no submission at
   * all. Returns whether it imported; never changes existing data.
   */
  importSeed(data: SeedData): Promise<boolean>;
}
