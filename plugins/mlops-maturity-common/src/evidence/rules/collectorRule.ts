import type { CollectorRule } from '../../model/types';
import type { RuleEvaluator } from './ruleTypes';

/**
 * Passes on what a backend collector reported. A collector that did not
 * report at all (not installed, timed out before answering) is unavailable:
 * its silence proves nothing.
 */
export const evaluateCollectorRule: RuleEvaluator<CollectorRule> = (
  rule,
  ctx,
) => {
  const result = ctx.collected?.[rule.collectorId];
  if (!result) {
    return {
      status: 'unavailable',
      items: [],
      message: `No result from evidence collector '${rule.collectorId}'`,
    };
  }
  return {
    status: result.status,
    items: result.status === 'found' ? result.items : [],
    ...(result.message ? { message: result.message } : {}),
  };
};
