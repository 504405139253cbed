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

/**
 * Scores answers at submission time. Answers to criteria the model no longer
 * has are kept in the submission but never counted.
 */
export function scoreSubmission(options: {
  model: MaturityModel;
  answers: AnswerSet;
  evidence: EvidenceSet;
  submittedAt: Date;
  staleAfterDays: number;
}): SubmissionLevels {
  const scorecard = computeScorecard({
    model: options.model,
    answers: carryOverAnswers(options.model, options.answers).current,
    evidence: options.evidence,
    now: options.submittedAt,
    submittedAt: options.submittedAt.toISOString(),
    staleAfterDays: options.staleAfterDays,
  });
  return levelsOf(scorecard);
}
