/*
 * Turns the catalog's read decision for a caller into the set of index
 * services the caller may see (an EntityVisibility), for the organisation
 * views. Three paths, cheapest first:
 *
 * 1. Conditions the index holds (IS_ENTITY_KIND: `entity_index.kind`;
 *    IS_ENTITY_OWNER: `entity_index.owner_ref`, the entity's ownedBy target)
 *    become SQL, applied inside every query. No extra work per service.
 * 2. Other catalog rules this plugin knows (HAS_ANNOTATION, HAS_LABEL) are
 *    evaluated here, per service, on the reduced entity of its evidence
 *    snapshot; the services that pass are listed by ref.
 * 3. Rules nobody here can evaluate (rules of other modules, HAS_METADATA,
 *    HAS_SPEC), and services without a snapshot, are decided by the
 *    permission backend, one request item per service, in batches.
 *
 * Parts of a tree that the index can decide still narrow the services that
 * paths 2 and 3 must look at: a service that the SQL parts already admit
 * (a lower bound) or exclude (an upper bound) is never loaded.
 */
import type {
  PermissionCondition,
  PermissionCriteria,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ANY_SERVICE,
  NO_SERVICE,
  VISIBLE_TO_ALL,
  VISIBLE_TO_NONE,
  type EntityVisibility,
  type IndexPredicate,
  type VisibilityCandidate,
} from '../overview/queries/visibility';
import {
  catalogConditionVerdict,
  evaluateCriteria,
  type LocalVerdict,
} from './catalogConditions';

/** Services per call when the permission backend decides them one by one. */
export const AUTHORIZE_BATCH_SIZE = 250;

/** What the index decides of a criteria tree. */
export interface IndexBounds {
  /** True: the index decides the whole tree, and `lower` is it. */
  exact: boolean;
  /** Every service matching this passes the tree. */
  lower: IndexPredicate;
  /** Every service passing the tree matches this. */
  upper: IndexPredicate;
}

const isConstant = (p: IndexPredicate, value: boolean) =>
  p.type === 'constant' && p.value === value;

function allOf(parts: IndexPredicate[]): IndexPredicate {
  if (parts.some(p => isConstant(p, false))) return NO_SERVICE;
  const rest = parts.filter(p => !isConstant(p, true));
  if (!rest.length) return ANY_SERVICE;
  return rest.length === 1 ? rest[0] : { type: 'allOf', parts: rest };
}

function anyOf(parts: IndexPredicate[]): IndexPredicate {
  if (parts.some(p => isConstant(p, true))) return ANY_SERVICE;
  const rest = parts.filter(p => !isConstant(p, false));
  if (!rest.length) return NO_SERVICE;
  return rest.length === 1 ? rest[0] : { type: 'anyOf', parts: rest };
}

function not(part: IndexPredicate): IndexPredicate {
  if (part.type === 'constant') return { type: 'constant', value: !part.value };
  if (part.type === 'not') return part.part;
  return { type: 'not', part };
}

/**
 * The index predicate of one condition, or undefined when the index does
 * not hold what it reads. Values are lower-cased like the index's: kinds as
 * the catalog's IS_ENTITY_KIND compares them; claims as the catalog's own
 * database filter compares them (its `apply` compares the claim with the
 * relation's target, which the catalog always writes lower-cased).
 */
export function conditionPredicate(
  condition: PermissionCondition,
): IndexPredicate | undefined {
  const params = (condition.params ?? {}) as Record<string, unknown>;
  if (condition.rule === 'IS_ENTITY_KIND' && Array.isArray(params.kinds)) {
    return {
      type: 'kind',
      kinds: params.kinds.map(k => String(k).toLocaleLowerCase('en-US')),
    };
  }
  if (condition.rule === 'IS_ENTITY_OWNER' && Array.isArray(params.claims)) {
    return {
      type: 'owner',
      owners: params.claims
        .filter((c): c is string => typeof c === 'string')
        .map(c => c.toLocaleLowerCase('en-US')),
    };
  }
  return undefined;
}

/** What the index decides of a criteria tree: see {@link IndexBounds}. */
export function indexBounds(
  criteria: PermissionCriteria<PermissionCondition>,
): IndexBounds {
  if ('rule' in criteria) {
    const predicate = conditionPredicate(criteria);
    return predicate
      ? { exact: true, lower: predicate, upper: predicate }
      : { exact: false, lower: NO_SERVICE, upper: ANY_SERVICE };
  }
  if ('not' in criteria) {
    const inner = indexBounds(criteria.not);
    return {
      exact: inner.exact,
      lower: not(inner.upper),
      upper: not(inner.lower),
    };
  }
  const all = 'allOf' in criteria;
  const parts = (all ? criteria.allOf : criteria.anyOf).map(indexBounds);
  const combine = all ? allOf : anyOf;
  return {
    exact: parts.every(p => p.exact),
    lower: combine(parts.map(p => p.lower)),
    upper: combine(parts.map(p => p.upper)),
  };
}

/** The value of an index predicate for one service, as the database computes it. */
function predicateHolds(
  predicate: IndexPredicate,
  service: VisibilityCandidate,
): boolean {
  switch (predicate.type) {
    case 'constant':
      return predicate.value;
    case 'kind':
      return predicate.kinds.includes(service.kind);
    case 'owner':
      return (
        service.ownerRef !== null && predicate.owners.includes(service.ownerRef)
      );
    case 'allOf':
      return predicate.parts.every(p => predicateHolds(p, service));
    case 'anyOf':
      return predicate.parts.some(p => predicateHolds(p, service));
    case 'not':
      return !predicateHolds(predicate.part, service);
    default:
      throw new Error(`Unknown index predicate ${JSON.stringify(predicate)}`);
  }
}

/**
 * The criteria's verdict on one service: conditions the index holds are
 * decided on the service's index columns, exactly as the SQL would (so a
 * tree gets one answer whichever path decides it); the others on its
 * snapshot's entity with the catalog's rules. Undefined: a rule this plugin
 * does not know, or a known one on a service without a snapshot.
 */
export function serviceVerdict(
  criteria: PermissionCriteria<PermissionCondition>,
  service: VisibilityCandidate,
): LocalVerdict {
  return evaluateCriteria(criteria, condition => {
    const predicate = conditionPredicate(condition);
    if (predicate) return predicateHolds(predicate, service);
    return service.entity
      ? catalogConditionVerdict(condition, service.entity)
      : undefined;
  });
}

/** How many services each path decided; for the log and the tests. */
export interface VisibilityCost {
  /** Services whose snapshot was loaded and evaluated here. */
  evaluated: number;
  /** Services sent to the permission backend one by one. */
  authorized: number;
  /** Calls to the permission backend for them. */
  authorizeCalls: number;
}

/**
 * The services a caller may see, from their catalog read decision: every
 * service (ALLOW), none (DENY), or those meeting the conditions
 * (CONDITIONAL), decided by the index where it can, then on snapshots, then
 * by the permission backend (see the top of this file).
 */
export async function catalogReadVisibility(options: {
  decision: PolicyDecision;
  /** The services matching `where` (and the request's filters), in batches. */
  candidates: (where: IndexPredicate) => AsyncIterable<VisibilityCandidate[]>;
  /** The permission backend's read decisions on these refs, in order. */
  authorize: (entityRefs: string[]) => Promise<boolean[]>;
}): Promise<{ visibility: EntityVisibility; cost: VisibilityCost }> {
  const cost: VisibilityCost = {
    evaluated: 0,
    authorized: 0,
    authorizeCalls: 0,
  };
  const { decision } = options;
  if (decision.result === AuthorizeResult.ALLOW) {
    return { visibility: VISIBLE_TO_ALL, cost };
  }
  if (decision.result !== AuthorizeResult.CONDITIONAL) {
    return { visibility: VISIBLE_TO_NONE, cost };
  }
  const criteria = decision.conditions;
  const bounds = indexBounds(criteria);
  if (bounds.exact) {
    return { visibility: { where: bounds.lower, refs: [] }, cost };
  }

  // Only services the index neither admits nor excludes need a look.
  const open = allOf([bounds.upper, not(bounds.lower)]);
  // Nothing open: only with an empty allOf/anyOf, which the framework's
  // types forbid but a decision read from JSON may carry.
  if (isConstant(open, false)) {
    return { visibility: { where: bounds.lower, refs: [] }, cost };
  }
  const visible: string[] = [];
  const undecided: string[] = [];
  for await (const batch of options.candidates(open)) {
    for (const service of batch) {
      cost.evaluated++;
      const verdict = serviceVerdict(criteria, service);
      if (verdict === undefined) undecided.push(service.entityRef);
      else if (verdict) visible.push(service.entityRef);
    }
  }
  for (let at = 0; at < undecided.length; at += AUTHORIZE_BATCH_SIZE) {
    const refs = undecided.slice(at, at + AUTHORIZE_BATCH_SIZE);
    cost.authorizeCalls++;
    cost.authorized += refs.length;
    const allowed = await options.authorize(refs);
    refs.forEach((ref, i) => {
      if (allowed[i]) visible.push(ref);
    });
  }
  return { visibility: { where: bounds.lower, refs: visible }, cost };
}
