import type { CriterionEvidence } from '../evidence/types';
import type { Answer } from './answerTypes';
import type { Crosswalk, Effort } from '../model/types';
import type {
  CriterionReview,
  ReviewMethod,
} from '../reviews/reviewDefinitions';

/**
 * Where a criterion's result comes from (the package README, "The scoring rules, in plain words").
 * - `verified`: answered with credit above 0 and the evidence rules found a trace.
 * - `self-attested`: answered with credit above 0, the criterion has rules, and
 *   nothing was found or the evidence was unavailable; counts, shown as unverified.
 * - `conflict`: answered with credit 0 but evidence was found; counts as answered, flagged.
 * - `detected`: unanswered, sufficient evidence found; counts as met.
 * - `suggested`: unanswered, evidence found that is not sufficient; credit 0,
 *   offered as a pre-filled answer.
 * - `answered`: answered and the evidence neither confirms nor contradicts it
 *   (the criterion has no rules, or the answer is credit 0 and nothing was found).
 * - `unanswered`: no answer and no evidence found.
 * - `not-applicable`: marked not applicable with a reason; left out of every computation.
 * - `reviewed`: a reviewer confirmed the result (ranks above `verified`); the credit is the answer's.
 * - `disputed`: a reviewer disputed the answer; not met (credit 0) until a later submission.
 * @public
 */
export type Provenance =
  | 'reviewed'
  | 'disputed'
  | 'verified'
  | 'self-attested'
  | 'conflict'
  | 'detected'
  | 'suggested'
  | 'answered'
  | 'unanswered'
  | 'not-applicable';

/** The result for one criterion. @public */
export interface CriterionResult {
  criterionId: string;
  areaId: string;
  levelId: string;
  /** Credit in [0, 1] that counts; 0 when unanswered and not detected. */
  credit: number;
  /** True only at credit 1. */
  met: boolean;
  provenance: Provenance;
  /** False when not applicable: the criterion is left out of every computation. */
  applicable: boolean;
  answer?: Answer;
  evidence?: CriterionEvidence;
  /** The verdict of the review of the scored submission, when it gave one on this criterion. */
  review?: CriterionReview;
}

/** Share of a level's applicable criteria that are met. @public */
export interface LevelProgress {
  /** The level being worked towards; null when the area is at the top. */
  levelId: string | null;
  met: number;
  total: number;
  /** met / total in [0, 1]; 1 when the level has no applicable criteria. */
  ratio: number;
}

/** The result for one area. @public */
export interface AreaResult {
  areaId: string;
  /** The area's level, or null when not assessed (no answer, no usable evidence). */
  levelId: string | null;
  /** 0-100: credits over applicable criteria; null when not assessed. */
  score: number | null;
  progress: LevelProgress;
  targetLevelId: string;
  /** The area is assessed and at or above its target; never true for a not-assessed area. */
  targetReached: boolean;
  criteria: CriterionResult[];
}

/** The overall level and how it maps to other models. @public */
export interface OverallResult {
  /** Null when no area is assessed. */
  levelId: string | null;
  crosswalk?: Crosswalk;
}

/** Whether the latest submission is too old to trust. @public */
export interface Staleness {
  submittedAt: string | null;
  staleAt: string | null;
  isStale: boolean;
}

/** An unmet criterion between an area's current and target level. @public */
export interface RoadmapItem {
  criterionId: string;
  areaId: string;
  levelId: string;
  effort: Effort;
  /** Credit today, so partial practices show as partial. */
  credit: number;
  provenance: Provenance;
  /** On a disputed criterion: the reviewer's note, for the team to act on. */
  reviewNote?: string;
}

/** Counts of criteria by provenance, for badges such as "3 conflicts". @public */
export type ProvenanceCounts = Record<Provenance, number>;

/** ML Test Score lens: per-section scores on the paper's 0-7 scale and the minimum across sections. @public */
export interface MlTestScoreResult {
  /**
   * Per section the model tags (and that has an applicable criterion): its
   * credits rescaled to the paper's seven tests, 7 × credits ÷ applicable
   * tagged criteria, to one decimal.
   */
  sections: Record<string, number>;
  /** The lowest section: a system is as well tested as its weakest section. */
  score: number;
  band: MlTestScoreBand;
}

/**
 * The ML Test Score paper's reading of a score: 0 research project; up to 1
 * serious holes; up to 2 first pass at productionisation; up to 3 reasonably
 * tested; up to 5 strong, fit for mission-critical; above 5 exceptional.
 * @public
 */
export type MlTestScoreBand =
  | 'research-project'
  | 'serious-holes'
  | 'first-pass'
  | 'reasonably-tested'
  | 'strong'
  | 'exceptional';

/**
 * The review the scorecard applied (the latest review of the scored
 * submission), summed up for the "Reviewed on … by …" line.
 * @public
 */
export interface ScorecardReview {
  id: string;
  submissionId: string;
  reviewedBy: string;
  reviewedAt: string;
  /** The methods used, each once, in the model's display order. */
  methods: ReviewMethod[];
  note?: string;
  /** Criteria the review confirmed (and that the submission assessed). */
  confirmed: number;
  /** Criteria disputed, in model order; each counts as not met. */
  disputed: string[];
}

/** Everything the engine computes for one entity. @public */
export interface Scorecard {
  modelId: string;
  modelVersion: string;
  overall: OverallResult;
  areas: AreaResult[];
  staleness: Staleness;
  /** Unmet applicable criteria of every level above each area's current level. */
  gaps: RoadmapItem[];
  /** Unmet criteria between current and target level, in roadmap order (disputed ones first). */
  roadmap: RoadmapItem[];
  counts: ProvenanceCounts;
  mlTestScore?: MlTestScoreResult;
  /** The review applied, when the scored submission has one. */
  review?: ScorecardReview;
}
