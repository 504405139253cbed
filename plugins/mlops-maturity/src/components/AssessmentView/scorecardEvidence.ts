import type {
  EvidenceSet,
  ScorecardResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * The evidence a scorecard was computed with, by criterion id, as the shared
 * completeness rule reads it. Criteria without evidence rules carry none and
 * are left out, as in the backend's evidence set.
 */
export function evidenceFromScorecard(
  scorecard: ScorecardResponse | undefined,
): EvidenceSet {
  const evidence: EvidenceSet = {};
  for (const area of scorecard?.scorecard.areas ?? []) {
    for (const result of area.criteria) {
      if (result.evidence) evidence[result.criterionId] = result.evidence;
    }
  }
  return evidence;
}

/**
 * Moves focus to a question of the questionnaire (its first control that
 * takes input) and scrolls it into view; used by the submit dialog's list
 * of unanswered questions. The question's fieldset is labelled by
 * `question-<id>`.
 */
export function focusQuestion(criterionId: string) {
  const legend = document.getElementById(`question-${criterionId}`);
  const fieldset = legend?.closest('fieldset');
  const control = fieldset?.querySelector<HTMLElement>(
    'input:not([disabled]), textarea:not([disabled]), button:not([disabled])',
  );
  const target = control ?? fieldset;
  if (!target) return;
  target.scrollIntoView?.({ block: 'center' });
  target.focus();
}
