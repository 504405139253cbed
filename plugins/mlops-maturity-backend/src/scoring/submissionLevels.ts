import {
  carryOverAnswers,
  computeScorecard,
  type AnswerSet,
  type AreaLevels,
  type AreaScores,
  type EvidenceSet,
  type MaturityModel,
  type Scorecard,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** The levels a submission records: what the scorecard said when it was submitted. */
export interface SubmissionLevels {
  overallLevel: string | null;
  areaLevels: AreaLevels;
  areaScores: AreaScores;
}

/** Picks the levels a submission stores out of a scorecard. */
export function levelsOf(scorecard: Scorecard): SubmissionLevels {
  return {
    overallLevel: scorecard.overall.levelId,
    areaLevels: Object.fromEntries(
      scorecard.areas.map(area => [area.areaId, area.levelId]),
    ),
    areaScores: Object.fromEntries(
      scorecard.areas.map(area => [area.areaId, area.score]),
    ),
  };
}

/** What {@link scoreSubmission} needs. */
export interface SubmissionScoringInput {
  model: MaturityModel;
  answers: AnswerSet;
  evidence: EvidenceSet;
  submittedAt: Date;
  staleAfterDays: number;
  /** Explicit targets; they shape the roadmap, never the levels. */
  targets?: Record<string, string>;
}

/**
 * The scorecard at submission time. Answers to criteria the model no longer
 * has are kept in the submission but never counted.
 */
export function scorecardAtSubmission(
  input: SubmissionScoringInput,
): Scorecard {
  return computeScorecard({
    model: input.model,
    answers: carryOverAnswers(input.model, input.answers).current,
    evidence: input.evidence,
    now: input.submittedAt,
    submittedAt: input.submittedAt.toISOString(),
    staleAfterDays: input.staleAfterDays,
    targets: input.targets,
  });
}

/** Scores answers at submission time: the levels the submission records. */
export function scoreSubmission(
  input: SubmissionScoringInput,
): SubmissionLevels {
  return levelsOf(scorecardAtSubmission(input));
}
