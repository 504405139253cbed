import { RELATION_OWNED_BY, type Entity } from '@backstage/catalog-model';
import type {
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';

/** What a condition or a criteria tree says about one entity; `undefined`: it cannot be told here. */
export type LocalVerdict = boolean | undefined;

type Params = Record<string, unknown>;

function stringParam(params: Params, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A key/value match as the catalog's HAS_ANNOTATION and HAS_LABEL rules make
 * it: an exact key (and value, when given) first, then the same comparison
 * ignoring case.
 */
function hasEntry(
  entries: Record<string, string> | undefined,
  key: string | undefined,
  value: string | undefined,
): LocalVerdict {
  if (key === undefined) return undefined;
  if (!entries) return false;
  if (
    Object.prototype.hasOwnProperty.call(entries, key) &&
    (value === undefined || entries[key] === value)
  ) {
    return true;
  }
  const lowerKey = key.toLowerCase();
  const lowerValue = value?.toLowerCase();
  return Object.entries(entries).some(
    ([k, v]) =>
      k.toLowerCase() === lowerKey &&
      (lowerValue === undefined || String(v).toLowerCase() === lowerValue),
  );
}

/**
 * The catalog's own permission rules that can be applied to an entity held
 * by this plugin, each written to decide exactly as the catalog does.
 * `HAS_METADATA`, `HAS_SPEC` and rules added by other modules are not here:
 * they are left to the permission backend (see {@link evaluateCatalogCriteria}).
 */
const RULES: Record<string, (entity: Entity, params: Params) => LocalVerdict> =
  {
    IS_ENTITY_KIND: (entity, params) => {
      const kinds = params.kinds;
      if (!Array.isArray(kinds)) return undefined;
      const kind = entity.kind.toLowerCase();
      return kinds.some(k => String(k).toLowerCase() === kind);
    },
    IS_ENTITY_OWNER: (entity, params) => {
      const claims = params.claims;
      if (!Array.isArray(claims)) return undefined;
      return (entity.relations ?? []).some(
        relation =>
          relation.type === RELATION_OWNED_BY &&
          claims.includes(relation.targetRef),
      );
    },
    HAS_ANNOTATION: (entity, params) =>
      hasEntry(
        entity.metadata.annotations,
        stringParam(params, 'annotation'),
        stringParam(params, 'value'),
      ),
    HAS_LABEL: (entity, params) =>
      hasEntry(
        entity.metadata.labels,
        stringParam(params, 'label'),
        stringParam(params, 'value'),
      ),
  };

/** The rule names {@link evaluateCatalogCriteria} decides itself. */
export const LOCAL_CATALOG_RULES = Object.keys(RULES);

function isCondition(
  criteria: PermissionCriteria<PermissionCondition>,
): criteria is PermissionCondition {
  return 'rule' in criteria;
}

/**
 * What one catalog condition says about an entity, with the catalog's own
 * rule of that name; `undefined` for a rule this plugin does not know (or
 * parameters it cannot read).
 */
export function catalogConditionVerdict(
  condition: PermissionCondition,
  entity: Entity,
): LocalVerdict {
  // Own properties only: a rule named like an object member is unknown.
  const rule = Object.prototype.hasOwnProperty.call(RULES, condition.rule)
    ? RULES[condition.rule]
    : undefined;
  return rule ? rule(entity, (condition.params ?? {}) as Params) : undefined;
}

/**
 * Combines the verdicts of a criteria tree's conditions the way the
 * permission framework does (`allOf`, `anyOf`, `not`), with three values: a
 * condition that `leaf` cannot decide makes the tree undecided, unless the
 * other parts settle it (one false part of an `allOf`, one true part of an
 * `anyOf`). Shared by the per-entity reads and the organisation views,
 * which decide some conditions from their own index.
 */
export function evaluateCriteria(
  criteria: PermissionCriteria<PermissionCondition>,
  leaf: (condition: PermissionCondition) => LocalVerdict,
): LocalVerdict {
  if (isCondition(criteria)) return leaf(criteria);
  if ('not' in criteria) {
    const inner = evaluateCriteria(criteria.not, leaf);
    return inner === undefined ? undefined : !inner;
  }
  const all = 'allOf' in criteria;
  const parts = all ? criteria.allOf : criteria.anyOf;
  let unknown = false;
  for (const part of parts) {
    const verdict = evaluateCriteria(part, leaf);
    if (verdict === undefined) unknown = true;
    // One false part settles allOf, one true part settles anyOf.
    else if (verdict !== all) return verdict;
  }
  return unknown ? undefined : all;
}

/**
 * Applies the conditions of a conditional permission decision for catalog
 * entities to one entity, without asking the catalog. Returns `undefined`
 * when the tree holds a rule this plugin does not know; the caller then
 * asks the permission backend for a decision on the entity instead, so an
 * unknown rule never turns into a wrong answer.
 */
export function evaluateCatalogCriteria(
  criteria: PermissionCriteria<PermissionCondition>,
  entity: Entity,
): LocalVerdict {
  return evaluateCriteria(criteria, condition =>
    catalogConditionVerdict(condition, entity),
  );
}
