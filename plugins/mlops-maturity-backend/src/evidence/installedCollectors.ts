import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  CriterionDefinition,
  MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** Collector ids the model names without an installed collector, with the criteria that name them. */
export type MissingCollectors = ReadonlyMap<string, readonly string[]>;

/**
 * The model as this backend can evaluate it: every `collector` rule whose
 * collector no installed module provides is left out, and a criterion left
 * without rules has no evidence at all. A collector that is not installed
 * therefore gives no evidence for its rule: it never makes a scorecard's
 * evidence `partial` or a criterion's evidence `unavailable`, which would
 * blame a source that was never there. Returns the model itself when every
 * collector it names is installed.
 */
export function withInstalledCollectors(
  model: MaturityModel,
  installed: { has(id: string): boolean },
): { model: MaturityModel; missing: MissingCollectors } {
  const missing = new Map<string, string[]>();
  const pruneCriterion = (
    criterion: CriterionDefinition,
  ): CriterionDefinition => {
    const rules = criterion.evidence?.rules;
    if (!rules) return criterion;
    const kept = rules.filter(rule => {
      if (rule.type !== 'collector' || installed.has(rule.collectorId)) {
        return true;
      }
      const criteria = missing.get(rule.collectorId) ?? [];
      if (!criteria.includes(criterion.id)) criteria.push(criterion.id);
      missing.set(rule.collectorId, criteria);
      return false;
    });
    if (kept.length === rules.length) return criterion;
    const { evidence, ...rest } = criterion;
    return kept.length
      ? { ...rest, evidence: { ...evidence!, rules: kept } }
      : rest;
  };
  const areas = model.areas.map(area => {
    const criteria = area.criteria.map(pruneCriterion);
    return criteria.every((c, i) => c === area.criteria[i])
      ? area
      : { ...area, criteria };
  });
  if (!missing.size) return { model, missing };
  return { model: { ...model, areas }, missing };
}

/**
 * One start-up line naming each missing collector and the criteria whose
 * rule was left out; nothing when every collector is installed.
 */
export function logMissingCollectors(
  logger: LoggerService,
  missing: MissingCollectors,
  level: 'info' | 'warn' = 'info',
): void {
  if (!missing.size) return;
  const list = [...missing]
    .map(([id, criteria]) => `'${id}' (criteria ${criteria.join(', ')})`)
    .join(', ');
  logger[level](
    `The maturity model names evidence collectors that no installed module provides: ${list}. ` +
      'Those rules are left out, so these criteria get evidence from their other rules only; ' +
      'add the backend module that provides a collector to use its evidence.',
  );
}
