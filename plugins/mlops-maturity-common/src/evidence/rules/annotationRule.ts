import type { AnnotationRule } from '../../model/types';
import {
  NOT_FOUND,
  outcomeOf,
  patternOf,
  shorten,
  urlOf,
  type RuleEvaluator,
} from './ruleTypes';

/** The annotation is present (and non-empty) and, with a pattern, its value matches. */
export const evaluateAnnotationRule: RuleEvaluator<AnnotationRule> = (
  rule,
  ctx,
) => {
  const value = ctx.entity.metadata.annotations?.[rule.key];
  if (typeof value !== 'string' || value.trim() === '') return NOT_FOUND;
  if (rule.pattern !== undefined && !patternOf(rule.pattern).test(value)) {
    return NOT_FOUND;
  }
  const url = urlOf(value);
  return outcomeOf([
    {
      source: 'annotation',
      label: `${rule.key}: ${shorten(value)}`,
      ...(url ? { url } : {}),
    },
  ]);
};
