import type {
  AnswerSet,
  AreaLevels,
  AreaScores,
  EvidenceSet,
  MaturityModel,
  Scorecard,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { scoreAnswers } from './scoreAnswers';

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

/** The target in force per area: explicit where set, otherwise from the scorecard. */
export function targetsInForce(scorecard: Scorecard): Record<string, string> {
  return Object.fromEntries(
    scorecard.areas.map(area => [area.areaId, area.targetLevelId]),
  );
}

/** Scores answers as submitted at `submittedAt`: the levels a submission records. */
export function scoreSubmission(input: {
  model: MaturityModel;
  answers: AnswerSet;
  evidence: EvidenceSet;
  submittedAt: Date;
  staleAfterDays: number;
  targets?: Record<string, string>;
}): SubmissionLevels {
  return levelsOf(scoreAnswers({ ...input, now: input.submittedAt }));
}
