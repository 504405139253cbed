import {
  computeScorecard,
  type AnswerSet,
  type EvidenceSet,
  type MaturityModel,
  type Review,
  type Scorecard,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** What every scorecard of the backend is computed from. */
export interface ScoreAnswersInput {
  model: MaturityModel;
  /** The answers as stored (or previewed); none for a service never submitted. */
  answers: AnswerSet | undefined;
  evidence: EvidenceSet;
  /** When the answers were submitted; null for none. A preview or a submission uses now. */
  submittedAt: Date | null;
  /** The moment staleness is judged at. */
  now: Date;
  /** Explicit targets; they shape the roadmap, never the levels. */
  targets?: Record<string, string>;
  /** `mlopsMaturity.staleAfterDays`; the index judges staleness when it is read, so it may leave this out. */
  staleAfterDays?: number;
  /**
   * The latest review of the submission whose answers these are; a review of
   * another submission must not be passed (it no longer applies).
   */
  review?: Review | null;
}

/**
 * The one way the backend scores an entity: a scorecard read, a preview, a
 * submission, the seed import and the index refresh all come here, so they
 * cannot disagree. Answers to criteria the model no longer has are kept
 * where they are stored but never counted (the common package's
 * `computeScorecard` drops them).
 */
export function scoreAnswers(input: ScoreAnswersInput): Scorecard {
  return computeScorecard({
    model: input.model,
    answers: input.answers ?? {},
    evidence: input.evidence,
    now: input.now,
    submittedAt: input.submittedAt?.toISOString() ?? null,
    targets: input.targets,
    staleAfterDays: input.staleAfterDays,
    review: input.review,
  });
}
