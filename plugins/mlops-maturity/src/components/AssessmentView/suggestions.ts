import {
  ANSWER_MAX_EVIDENCE_LINKS,
  ANSWER_TYPE_DEFINITIONS,
  type AnswerSet,
  type EvidenceItem,
  type ScorecardResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';

/** Catalog evidence offered for criteria that have no answer yet. */
export type Suggestions = Record<string, EvidenceItem[]>;

/**
 * Pre-fills unanswered criteria from the catalog evidence in the scorecard.
 * A type whose shared definition has a `valueWhenEvidenceFound` (yes/no:
 * "yes") gets that value and the evidence links; other types only get the
 * links, since a linked tool says nothing about how automated the practice
 * is. Every pre-filled criterion is returned in `suggested` so the
 * form can mark it until the user confirms or changes it.
 */
export function applySuggestions(
  model: LocalizedMaturityModel,
  scorecard: ScorecardResponse | undefined,
  answers: AnswerSet,
): { answers: AnswerSet; suggested: Suggestions } {
  const suggested: Suggestions = {};
  if (!scorecard) return { answers, suggested };
  const next: AnswerSet = { ...answers };
  const types = new Map(
    model.areas.flatMap(a =>
      a.criteria.map(c => [c.id, c.answerType] as const),
    ),
  );
  for (const area of scorecard.scorecard.areas) {
    for (const result of area.criteria) {
      const evidence = result.evidence;
      const unanswered =
        result.provenance === 'suggested' || result.provenance === 'detected';
      if (
        !unanswered ||
        answers[result.criterionId] ||
        evidence?.status !== 'found'
      ) {
        continue;
      }
      const type = types.get(result.criterionId);
      if (!type) continue;
      const links = evidence.items
        .flatMap(item => (item.url ? [item.url] : []))
        .slice(0, ANSWER_MAX_EVIDENCE_LINKS);
      const value = ANSWER_TYPE_DEFINITIONS[type].valueWhenEvidenceFound;
      next[result.criterionId] = {
        ...(value ? { value } : {}),
        ...(links.length ? { evidenceLinks: links } : {}),
      };
      suggested[result.criterionId] = evidence.items;
    }
  }
  return { answers: next, suggested };
}
