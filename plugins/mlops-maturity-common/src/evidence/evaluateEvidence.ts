import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import type {
  CriterionEvidenceSpec,
  EvidenceRule,
  MaturityModel,
} from '../model/types';
import {
  evaluateRule,
  readsCatalog,
  type RuleContext,
  type RuleOutcome,
} from './rules';
import type {
  CriterionEvidence,
  EvidenceContext,
  EvidenceItem,
  EvidenceSet,
} from './types';

const CATALOG_UNAVAILABLE: RuleOutcome = Object.freeze({
  status: 'unavailable',
  items: [],
  message: 'The catalog could not be read',
}) as RuleOutcome;

const RELATED_UNAVAILABLE: RuleOutcome = Object.freeze({
  status: 'unavailable',
  items: [],
  message: 'Related entities could not be read from the catalog',
}) as RuleOutcome;

/** The outcome of one rule, or why it could not be evaluated. */
function outcomeOfRule(rule: EvidenceRule, ctx: RuleContext): RuleOutcome {
  if (ctx.catalogUnavailable && readsCatalog(rule)) return CATALOG_UNAVAILABLE;
  if (ctx.relatedUnavailable && rule.type === 'relation' && rule.targetType) {
    return RELATED_UNAVAILABLE;
  }
  return evaluateRule(rule, ctx);
}

function indexRelated(related: Entity[]): Map<string, Entity> {
  const byRef = new Map<string, Entity>();
  for (const entity of related) {
    try {
      byRef.set(stringifyEntityRef(entity), entity);
    } catch {
      // An entity without kind or name cannot be the target of a relation.
    }
  }
  return byRef;
}

/**
 * Combines the outcomes of a criterion's rules.
 * - `any`: found when one rule found something; otherwise unavailable when a
 *   rule could not look (its absence proves nothing), else not found.
 * - `all`: not found as soon as one rule looked and found nothing; otherwise
 *   unavailable when a rule could not look, else found.
 * A finding is sufficient under `any` when a matching rule is sufficient, and
 * under `all` only when every rule is.
 */
function combine(
  spec: CriterionEvidenceSpec,
  ctx: RuleContext,
): CriterionEvidence {
  const all = spec.match === 'all';
  const items: EvidenceItem[] = [];
  const messages: string[] = [];
  let found = 0;
  let notFound = 0;
  let unavailable = 0;
  let sufficientFound = false;
  for (const rule of spec.rules) {
    const outcome = outcomeOfRule(rule, ctx);
    if (outcome.message && !messages.includes(outcome.message)) {
      messages.push(outcome.message);
    }
    if (outcome.status === 'found') {
      found++;
      items.push(...outcome.items);
      if (rule.sufficient) sufficientFound = true;
    } else if (outcome.status === 'unavailable') {
      unavailable++;
    } else {
      notFound++;
    }
  }
  const message = messages.length ? { message: messages.join('; ') } : {};
  let status: CriterionEvidence['status'];
  if (all) {
    if (notFound) status = 'not-found';
    else status = unavailable ? 'unavailable' : 'found';
  } else if (found) {
    status = 'found';
  } else {
    status = unavailable ? 'unavailable' : 'not-found';
  }
  const sufficient =
    status === 'found' &&
    (all
      ? spec.rules.every(rule => rule.sufficient === true)
      : sufficientFound);
  return {
    status,
    sufficient,
    items: status === 'found' ? items : [],
    ...(status === 'found' ? {} : message),
  };
}

/**
 * Evaluates the evidence rules of every criterion of the model against an
 * entity. Pure: the caller fetches the related entities (see
 * `relatedEntityRefsFor`) and the collectors' results beforehand.
 *
 * @returns evidence keyed by criterion id; criteria without rules are absent
 * @public
 */
export function evaluateEvidence(
  model: MaturityModel,
  ctx: EvidenceContext,
): EvidenceSet {
  const ruleCtx: RuleContext = {
    ...ctx,
    relatedByRef: ctx.catalogUnavailable
      ? new Map()
      : indexRelated(ctx.related ?? []),
  };
  const evidence: EvidenceSet = {};
  for (const area of model.areas) {
    for (const criterion of area.criteria) {
      if (criterion.evidence?.rules.length) {
        evidence[criterion.id] = combine(criterion.evidence, ruleCtx);
      }
    }
  }
  return evidence;
}
