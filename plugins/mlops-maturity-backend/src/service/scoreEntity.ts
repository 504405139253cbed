import {
  type AnswerSet,
  carryOverAnswers,
  computeScorecard,
  type Scorecard,
  type Submission,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { EntityEvidenceResult } from '../evidence';
import type { RouterOptions } from './RouterOptions';

/** A scorecard with the stored data it was computed from. */
export interface ScoredEntity {
  scorecard: Scorecard;
  latest: Submission | undefined;
  hasDraft: boolean;
  /** Explicit targets. */
  targets: Record<string, string>;
}

/**
 * Scores an entity from its latest submission, its targets and fresh
 * evidence. Drafts never count; answers to criteria the model no longer has
 * are ignored. With no submission, only sufficient evidence can give levels.
 * With `preview`, the given answers stand in for the latest submission, so a
 * user sees what submitting them would give before doing it.
 */
export async function scoreEntity(
  options: RouterOptions,
  entityRef: string,
  evidence: EntityEvidenceResult,
  preview?: { answers: AnswerSet },
): Promise<ScoredEntity> {
  const { model, store } = options;
  const [latest, draft, targets] = await Promise.all([
    store.getLatestSubmission(entityRef),
    store.getDraft(entityRef),
    store.getTargets(entityRef),
  ]);
  const now = options.now?.() ?? new Date();
  const stored = latest ? carryOverAnswers(model, latest.answers).current : {};
  const scorecard = computeScorecard({
    model,
    answers: preview ? preview.answers : stored,
    evidence: evidence.evidence,
    now,
    // A preview is scored as if it were submitted now.
    submittedAt: preview ? now.toISOString() : latest?.submittedAt ?? null,
    targets,
    staleAfterDays: options.staleAfterDays,
  });
  return { scorecard, latest, hasDraft: draft !== undefined, targets };
}

/** The target in force per area: explicit where set, otherwise from the scorecard. */
export function targetsInForce(scorecard: Scorecard): Record<string, string> {
  return Object.fromEntries(
    scorecard.areas.map(area => [area.areaId, area.targetLevelId]),
  );
}
