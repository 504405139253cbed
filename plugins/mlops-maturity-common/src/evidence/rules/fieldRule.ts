import type { FieldRule } from '../../model/types';
import {
  NOT_FOUND,
  outcomeOf,
  shorten,
  urlOf,
  type RuleEvaluator,
} from './ruleTypes';

function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Scalars as strings; empty strings, empty lists and empty objects count as absent. */
function scalarsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (typeof value === 'number' || typeof value === 'boolean') {
    return [String(value)];
  }
  if (Array.isArray(value)) return value.flatMap(scalarsOf);
  if (value !== null && typeof value === 'object') {
    return Object.keys(value).length ? ['(set)'] : [];
  }
  return [];
}

/**
 * The field at the dot path (for example `spec.lifecycle`) is present and not
 * empty; with `oneOf`, one of its values equals one of the listed values.
 */
export const evaluateFieldRule: RuleEvaluator<FieldRule> = (rule, ctx) => {
  const values = scalarsOf(valueAt(ctx.entity, rule.path));
  const matching = rule.oneOf
    ? values.filter(value => rule.oneOf!.includes(value))
    : values;
  if (!matching.length) return NOT_FOUND;
  const shown = shorten(matching.join(', '));
  const url = matching.length === 1 ? urlOf(matching[0]) : undefined;
  return outcomeOf([
    {
      source: 'field',
      label: `${rule.path}: ${shown}`,
      ...(url ? { url } : {}),
    },
  ]);
};
