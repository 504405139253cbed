import { isNotApplicable } from '../answers/answerDefinitions';
import type { CriterionEvidence, EvidenceSet } from '../evidence/types';
import type { Answer, AnswerSet } from './answerTypes';
import type { IndexedCriterion } from './modelIndex';
import type { CriterionResult, Provenance } from './scorecardTypes';

const hasOwn = Object.prototype.hasOwnProperty;

/** Reads a key only when the object itself has it, so ids such as `constructor` are safe. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return hasOwn.call(record, key) ? record[key] : undefined;
}

function result(
  c: IndexedCriterion,
  credit: number,
  provenance: Provenance,
  answer: Answer | undefined,
  evidence: CriterionEvidence | undefined,
): CriterionResult {
  return {
    criterionId: c.id,
    areaId: c.areaId,
    levelId: c.levelId,
    credit,
    met: credit === 1,
    provenance,
    applicable: provenance !== 'not-applicable',
    answer,
    evidence,
  };
}

/**
 * Credit and provenance of one criterion (the package README, "The scoring rules, in plain words"):
 * - not applicable: out of every computation;
 * - answered, no rules: the answer counts (`answered`);
 * - answered with credit, evidence found: `verified`; nothing found or the
 *   source unavailable: `self-attested`. The answer counts either way;
 * - answered with credit 0, evidence found: `conflict` (counts as answered);
 *   nothing found or unavailable: `answered`;
 * - unanswered, sufficient evidence found: `detected`, credit 1;
 *   non-sufficient evidence found: `suggested`, credit 0; otherwise `unanswered`.
 * A criterion with rules but no entry in the evidence set is treated as
 * having unavailable evidence: nothing is known either way.
 */
export function scoreCriterion(
  c: IndexedCriterion,
  answers: AnswerSet,
  evidenceSet: EvidenceSet,
): CriterionResult {
  // Scoring reads every criterion of every scorecard: take the plain lookup
  // unless the id could pick up an inherited member.
  const answer = c.shadowsMember ? own(answers, c.id) : answers[c.id];
  let evidence: CriterionEvidence | undefined;
  if (c.hasRules) {
    evidence = c.shadowsMember ? own(evidenceSet, c.id) : evidenceSet[c.id];
  }
  // Not applicable only with a written reason; without one the mark is
  // ignored and the criterion counts like any other.
  if (isNotApplicable(answer)) {
    return result(c, 0, 'not-applicable', answer, evidence);
  }
  const credit =
    answer?.value === undefined ? undefined : c.credits.get(answer.value);
  const found = evidence?.status === 'found';
  if (credit !== undefined) {
    let provenance: Provenance;
    if (!c.hasRules) provenance = 'answered';
    else if (credit > 0) provenance = found ? 'verified' : 'self-attested';
    else provenance = found ? 'conflict' : 'answered';
    return result(c, credit, provenance, answer, evidence);
  }
  if (found) {
    return evidence!.sufficient
      ? result(c, 1, 'detected', answer, evidence)
      : result(c, 0, 'suggested', answer, evidence);
  }
  return result(c, 0, 'unanswered', answer, evidence);
}

/** Whether a criterion result makes its area assessed: an answer (N/A included) or counted evidence. */
export function countsAsAssessment(provenance: Provenance): boolean {
  return provenance !== 'unanswered' && provenance !== 'suggested';
}
