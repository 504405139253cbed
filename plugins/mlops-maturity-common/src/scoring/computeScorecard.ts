import type { EvidenceSet } from '../evidence/types';
import { carryOverAnswers } from '../input/carryOverAnswers';
import type { MaturityModel } from '../model/types';
import type { Review } from '../reviews/reviewDefinitions';
import type { AnswerSet } from './answerTypes';
import { countsAsAssessment, own, scoreCriterion } from './criterionResult';
import { computeMlTestScore } from './mlTestScore';
import { indexModel } from './modelIndex';
import { overallResult } from './overallLevel';
import { applyVerdict, summarizeReview } from './reviewEffect';
import { collectGaps } from './roadmap';
import { DEFAULT_STALE_AFTER_DAYS, computeStaleness } from './staleness';
import { targetRank } from './targets';
import type {
  AreaResult,
  CriterionResult,
  ProvenanceCounts,
  Scorecard,
} from './scorecardTypes';

/** Everything a scorecard is computed from. @public */
export interface ScoringInput {
  model: MaturityModel;
  /**
   * Answers by criterion id, as stored: answers to criteria the model no
   * longer has are retired and values a criterion no longer offers are
   * dropped ({@link carryOverAnswers}), so callers pass stored answers as they are.
   */
  answers: AnswerSet;
  /** Evidence by criterion id, from `evaluateEvidence`. */
  evidence: EvidenceSet;
  /** The moment staleness is judged at. */
  now: Date;
  /** When the answers were submitted (ISO 8601); null or absent for a draft or nothing. */
  submittedAt?: string | null;
  /** Explicit target level per area id; other areas aim for the next level. */
  targets?: Record<string, string>;
  /** Age in days after which a submission is stale; default {@link DEFAULT_STALE_AFTER_DAYS}. */
  staleAfterDays?: number;
  /**
   * The latest review of the submission whose answers these are (the caller
   * pairs them: a review of an older submission no longer applies). Its
   * verdicts act as the package README's "Reviews" says.
   */
  review?: Review | null;
}

/** Per area tallies gathered in one pass over the criteria. */
interface AreaTally {
  assessed: boolean;
  creditSum: number;
  applicable: number;
  /** Per level rank: applicable criteria and how many are met. */
  total: number[];
  met: number[];
}

function emptyCounts(): ProvenanceCounts {
  return {
    reviewed: 0,
    disputed: 0,
    verified: 0,
    'self-attested': 0,
    conflict: 0,
    detected: 0,
    suggested: 0,
    answered: 0,
    unanswered: 0,
    'not-applicable': 0,
  };
}

/**
 * 100 x credits / applicable criteria, to one decimal. An assessed area whose
 * criteria are all not applicable has nothing left to miss: 100.
 */
function areaScore(tally: AreaTally): number {
  if (!tally.applicable) return 100;
  return Math.round((1000 * tally.creditSum) / tally.applicable) / 10;
}

/** Gated level: a level is reached when the one below is and all its applicable criteria are met. */
function reachedRank(tally: AreaTally, levels: number): number {
  let rank = 0;
  while (rank + 1 < levels && tally.met[rank + 1] === tally.total[rank + 1])
    rank++;
  return rank;
}

/**
 * Computes an entity's scorecard from the model, its answers and its
 * evidence, following the rules in the package README ("The scoring rules, in plain words"): per criterion credit and
 * provenance; per area the gated level (or not assessed), score and progress;
 * the overall level; staleness; targets, gaps and the roadmap; counts by
 * provenance; and the ML Test Score lens when the model tags criteria with
 * its sections. Pure and deterministic: the same input gives the same output.
 * @public
 */
export function computeScorecard(input: ScoringInput): Scorecard {
  const { model, evidence } = input;
  // Scoring is the one place every caller goes through, so the model-version
  // rules are applied here rather than by each caller.
  const answers = carryOverAnswers(model, input.answers).current;
  const index = indexModel(model);
  const levelCount = index.levelIds.length;
  const tallies: AreaTally[] = index.areaIds.map(() => ({
    assessed: false,
    creditSum: 0,
    applicable: 0,
    total: new Array<number>(levelCount).fill(0),
    met: new Array<number>(levelCount).fill(0),
  }));
  const review = input.review ?? undefined;
  const counts = emptyCounts();
  const results: CriterionResult[] = new Array(index.criteria.length);
  const byArea: CriterionResult[][] = index.areaIds.map(() => []);

  for (let i = 0; i < index.criteria.length; i++) {
    const c = index.criteria[i];
    const scored = scoreCriterion(c, answers, evidence);
    const r = applyVerdict(scored, review);
    results[i] = r;
    byArea[c.areaIndex].push(r);
    counts[r.provenance]++;
    const tally = tallies[c.areaIndex];
    // The result before the verdict decides: a verdict never changes whether an area is assessed.
    if (countsAsAssessment(scored.provenance)) tally.assessed = true;
    if (r.applicable && c.levelRank >= 0) {
      tally.applicable++;
      tally.creditSum += r.credit;
      tally.total[c.levelRank]++;
      if (r.met) tally.met[c.levelRank]++;
    }
  }

  // Ranks are computed for not-assessed areas too (all their criteria are
  // unmet, so normally the floor): gaps and roadmap then follow one rule. A
  // not-assessed area has reached no target, even one at the floor: nothing
  // is known about it yet.
  const ranks = tallies.map(t => reachedRank(t, levelCount));
  const targetRanks = ranks.map((rank, a) =>
    targetRank(
      index,
      tallies[a].assessed ? rank : null,
      input.targets ? own(input.targets, index.areaIds[a]) : undefined,
    ),
  );

  const areas: AreaResult[] = tallies.map((tally, a) => {
    const rank = ranks[a];
    const next = rank + 1 < levelCount ? rank + 1 : -1;
    const met = next >= 0 ? tally.met[next] : 0;
    const total = next >= 0 ? tally.total[next] : 0;
    return {
      areaId: index.areaIds[a],
      levelId: tally.assessed ? index.levelIds[rank] : null,
      score: tally.assessed ? areaScore(tally) : null,
      progress: {
        levelId: next >= 0 ? index.levelIds[next] : null,
        met,
        total,
        ratio: total ? met / total : 1,
      },
      targetLevelId: index.levelIds[targetRanks[a]],
      targetReached: tally.assessed && rank >= targetRanks[a],
      criteria: byArea[a],
    };
  });

  const { gaps, roadmap } = collectGaps(index, results, ranks, targetRanks);

  const scorecard: Scorecard = {
    modelId: model.id,
    modelVersion: model.version,
    overall: overallResult(
      index,
      tallies.map(t => t.assessed),
      ranks,
    ),
    areas,
    staleness: computeStaleness(
      input.submittedAt,
      input.now,
      input.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
    ),
    gaps,
    roadmap,
    counts,
  };
  const mlTestScore = computeMlTestScore(index, results);
  if (mlTestScore) scorecard.mlTestScore = mlTestScore;
  if (review) scorecard.review = summarizeReview(review, results);
  return scorecard;
}
