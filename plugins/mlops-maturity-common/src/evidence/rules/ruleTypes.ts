import type { Entity } from '@backstage/catalog-model';
import type { EvidenceRule } from '../../model/types';
import type { EvidenceContext, EvidenceItem } from '../types';

/** What one rule found. */
export interface RuleOutcome {
  status: 'found' | 'not-found' | 'unavailable';
  items: EvidenceItem[];
  message?: string;
}

/** The evidence context plus lookups the aggregator builds once per evaluation. */
export interface RuleContext extends EvidenceContext {
  /** Related entities by lower-case entity ref. */
  relatedByRef: Map<string, Entity>;
}

/** Evaluates one kind of rule against the entity. */
export type RuleEvaluator<R extends EvidenceRule> = (
  rule: R,
  ctx: RuleContext,
) => RuleOutcome;

/** The outcome of a rule that matched nothing. */
export const NOT_FOUND: RuleOutcome = Object.freeze({
  status: 'not-found',
  items: [],
}) as RuleOutcome;

/** Builds the outcome of a rule from the items it found. */
export function outcomeOf(items: EvidenceItem[]): RuleOutcome {
  return items.length ? { status: 'found', items } : NOT_FOUND;
}

const compiled = new Map<string, RegExp>();

/**
 * Compiles a model pattern once. Patterns are searched anywhere in the value
 * (anchor them with `^` and `$` to match whole values); the model validator
 * has already checked that they compile.
 */
export function patternOf(source: string): RegExp {
  let regexp = compiled.get(source);
  if (!regexp) {
    regexp = new RegExp(source);
    compiled.set(source, regexp);
  }
  return regexp;
}

/** A URL to show for a value: http(s) values as they are, `url:` locations without the prefix. */
export function urlOf(value: string): string | undefined {
  const candidate = value.startsWith('url:') ? value.slice(4) : value;
  return /^https?:\/\//i.test(candidate) ? candidate : undefined;
}

/** Longest value shown in an evidence label; descriptions can be paragraphs. */
const MAX_LABEL_VALUE = 120;

/** Shortens a value for a label. */
export function shorten(value: string): string {
  return value.length > MAX_LABEL_VALUE
    ? `${value.slice(0, MAX_LABEL_VALUE - 1)}…`
    : value;
}
