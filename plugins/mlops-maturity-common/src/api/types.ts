/**
 * Request and response bodies of the backend API (`/api/mlops-maturity`),
 * shared by the backend router and the frontend client. The OpenAPI spec in
 * the backend package describes the same shapes.
 */
import type { AnswerSet } from '../scoring/answerTypes';
import type { Scorecard } from '../scoring/scorecardTypes';

/** Level per area id (null = not assessed). @public */
export type AreaLevels = Record<string, string | null>;

/** Score 0-100 per area id (null = not assessed). @public */
export type AreaScores = Record<string, number | null>;

/** Who did something and when. @public */
export interface Authorship {
  /** Entity ref of the user, for example `user:default/guest`. */
  by: string;
  /** ISO 8601 timestamp. */
  at: string;
}

/** The working copy of an assessment; saved over and over, with optimistic locking. @public */
export interface Draft {
  /**
   * The assessment's revision this draft is at. Every save and every
   * submission moves an entity's revision up by one and it is never reused;
   * a save must name the revision it was based on.
   */
  revision: number;
  answers: AnswerSet;
  updatedBy: string;
  updatedAt: string;
}

/** A submitted assessment; never changed after it is written. @public */
export interface Submission {
  id: string;
  entityRef: string;
  answers: AnswerSet;
  submittedBy: string;
  submittedAt: string;
  modelId: string;
  modelVersion: string;
  overallLevel: string | null;
  areaLevels: AreaLevels;
  areaScores: AreaScores;
}

/** A submission without its answers, for history lists. @public */
export type SubmissionSummary = Omit<Submission, 'answers'>;

/** `GET /assessments/{kind}/{namespace}/{name}`. @public */
export interface AssessmentResponse {
  entityRef: string;
  /**
   * The assessment's current revision: the draft's when there is one,
   * otherwise the one the last submission left (0 when nothing was ever
   * saved or submitted). Send it with the next save or submission.
   */
  revision: number;
  draft: Draft | null;
  latestSubmission: Submission | null;
  /** Whether the caller may save and submit. */
  canEdit: boolean;
  /**
   * The share (0 to 1) of applicable criteria a submission must cover
   * (`mlopsMaturity.submission.minimumCompleteness`, default 1): the backend
   * refuses a submission below it with 400, and the questionnaire checks it
   * first with `submissionCompleteness`.
   */
  minimumCompleteness: number;
}

/** `PUT /assessments/.../draft` body. @public */
export interface SaveDraftRequest {
  /** The revision the answers were based on, as `AssessmentResponse.revision` gave it. */
  revision: number;
  answers: AnswerSet;
}

/** `POST /assessments/.../submissions` body; without answers, the draft is submitted. @public */
export interface SubmitRequest {
  answers?: AnswerSet;
  /** When given, the submission fails with 409 unless the assessment is at this revision. */
  revision?: number;
}

/** `GET /assessments/.../submissions`. @public */
export interface SubmissionHistoryResponse {
  entityRef: string;
  items: SubmissionSummary[];
}

/** `GET` and `PUT /targets/{kind}/{namespace}/{name}`: target level per area id. @public */
export interface TargetsResponse {
  entityRef: string;
  /** Explicit targets; areas absent here use the default (the next level). */
  targets: Record<string, string>;
  /** Target in force per area, defaults included. */
  effective: Record<string, string>;
  canEdit: boolean;
}

/** `PUT /targets/...` body. @public */
export interface SaveTargetsRequest {
  targets: Record<string, string>;
}

/**
 * How complete and current the catalog evidence behind a scorecard is.
 * `available`: every source answered when it was read. `partial`: the entity
 * was read, but its related entities or an evidence collector failed.
 * `stale`: older than the backend's maximum evidence age, and the catalog
 * could not be read again just now. `unavailable`: the catalog could not be
 * read and nothing is known, so the scorecard uses the stored answers only.
 * @public
 */
export type EvidenceStatus = 'available' | 'partial' | 'stale' | 'unavailable';

/** `GET /scorecards/{kind}/{namespace}/{name}`. @public */
export interface ScorecardResponse {
  entityRef: string;
  scorecard: Scorecard;
  /** The latest submission that the scorecard is based on, if any. */
  assessed: (Authorship & { submissionId: string }) | null;
  hasDraft: boolean;
  /** Whether the catalog evidence is complete and current; see {@link EvidenceStatus}. */
  evidenceStatus: EvidenceStatus;
  /** When the catalog evidence was read (ISO 8601); null when it could not be read at all. */
  evidenceAsOf: string | null;
  canEdit: boolean;
}
