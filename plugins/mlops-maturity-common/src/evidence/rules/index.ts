import type { EvidenceRule } from '../../model/types';
import { evaluateAnnotationRule } from './annotationRule';
import { evaluateCollectorRule } from './collectorRule';
import { evaluateFieldRule } from './fieldRule';
import { evaluateLinkRule } from './linkRule';
import { evaluateOwnerIsGroupRule } from './ownerIsGroupRule';
import { evaluateRelationRule } from './relationRule';
import { evaluateTagRule } from './tagRule';
import type { RuleContext, RuleEvaluator, RuleOutcome } from './ruleTypes';

export type { RuleContext, RuleOutcome } from './ruleTypes';

const evaluators: {
  [T in EvidenceRule['type']]: RuleEvaluator<
    Extract<EvidenceRule, { type: T }>
  >;
} = {
  annotation: evaluateAnnotationRule,
  tag: evaluateTagRule,
  link: evaluateLinkRule,
  field: evaluateFieldRule,
  ownerIsGroup: evaluateOwnerIsGroupRule,
  relation: evaluateRelationRule,
  collector: evaluateCollectorRule,
};

/** Every rule type except `collector` reads the catalog entity. */
export function readsCatalog(rule: EvidenceRule): boolean {
  return rule.type !== 'collector';
}

/** Evaluates one rule with the evaluator of its type. */
export function evaluateRule(
  rule: EvidenceRule,
  ctx: RuleContext,
): RuleOutcome {
  const evaluate = evaluators[rule.type] as RuleEvaluator<EvidenceRule>;
  return evaluate(rule, ctx);
}
