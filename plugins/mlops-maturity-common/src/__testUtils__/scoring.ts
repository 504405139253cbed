import { answerChoices } from '../answers/answerDefinitions';
import type { CriterionEvidence, EvidenceSet } from '../evidence/types';
import type { CriterionDefinition, MaturityModel } from '../model/types';
import type { Answer, AnswerSet } from '../scoring/answerTypes';
import {
  computeScorecard,
  type ScoringInput,
} from '../scoring/computeScorecard';
import type { CriterionResult, Scorecard } from '../scoring/scorecardTypes';

/** The moment tests judge staleness at. */
export const NOW = new Date('2026-06-01T12:00:00.000Z');

/** An answer that meets the criterion (credit 1). */
export function metAnswer(criterion: CriterionDefinition): Answer {
  return { value: answerChoices(criterion).find(c => c.credit === 1)!.value };
}

/** An answer with credit 0. */
export function unmetAnswer(criterion: CriterionDefinition): Answer {
  return { value: answerChoices(criterion).find(c => c.credit === 0)!.value };
}

/**
 * Answers meeting every criterion of the given areas up to a level (by id);
 * criteria above it are answered unmet so the area stays assessed.
 */
export function answersReaching(
  model: MaturityModel,
  levels: Record<string, string>,
): AnswerSet {
  const rank = (id: string) => model.levels.findIndex(l => l.id === id);
  const answers: AnswerSet = {};
  for (const area of model.areas) {
    const target = levels[area.id];
    if (target === undefined) continue;
    for (const criterion of area.criteria) {
      answers[criterion.id] =
        rank(criterion.levelId) <= rank(target)
          ? metAnswer(criterion)
          : unmetAnswer(criterion);
    }
  }
  return answers;
}

/** Computes a scorecard with test defaults. */
export function score(
  model: MaturityModel,
  answers: AnswerSet,
  evidence: EvidenceSet = {},
  extra: Partial<ScoringInput> = {},
): Scorecard {
  return computeScorecard({ model, answers, evidence, now: NOW, ...extra });
}

/** The result of one criterion in a scorecard. */
export function resultOf(
  scorecard: Scorecard,
  criterionId: string,
): CriterionResult {
  for (const area of scorecard.areas) {
    const found = area.criteria.find(c => c.criterionId === criterionId);
    if (found) return found;
  }
  throw new Error(`no criterion ${criterionId} in the scorecard`);
}

/** Evidence of one status. */
export function evidenceOf(
  status: CriterionEvidence['status'],
  sufficient = false,
): CriterionEvidence {
  return {
    status,
    sufficient: status === 'found' && sufficient,
    items:
      status === 'found'
        ? [{ source: 'annotation', label: 'argocd/app-name: x' }]
        : [],
  };
}
