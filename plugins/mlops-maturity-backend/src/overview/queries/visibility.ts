/*
 * Which services of the index a caller may see, as SQL over `entity_index`
 * (aliased `e`). The organisation views apply it inside every query, next to
 * the request's filters, so that counts, medians, distributions, rows,
 * exports, trends and team reports all leave out the services the catalog
 * hides from the caller. How a permission decision becomes an
 * {@link EntityVisibility} is `src/access/catalogReadVisibility.ts`.
 */
import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import { isPostgresQuery } from './dialect';

/**
 * A condition on the columns of `entity_index` that the database decides.
 * Lists hold the values as the index stores them: lower-cased kinds and
 * lower-cased owner refs. The SQL of every form is true or false, never
 * NULL, so `not` always inverts (a service without an owner is not owned
 * by the claims, and is matched by `not` of that).
 */
export type IndexPredicate =
  | { type: 'constant'; value: boolean }
  /** `e.kind` is one of `kinds`. */
  | { type: 'kind'; kinds: string[] }
  /** `e.owner_ref` (the entity's ownedBy target) is one of `owners`. */
  | { type: 'owner'; owners: string[] }
  | { type: 'allOf'; parts: IndexPredicate[] }
  | { type: 'anyOf'; parts: IndexPredicate[] }
  | { type: 'not'; part: IndexPredicate };

/** The predicate that every service matches. */
export const ANY_SERVICE: IndexPredicate = { type: 'constant', value: true };
/** The predicate that no service matches. */
export const NO_SERVICE: IndexPredicate = { type: 'constant', value: false };

/**
 * The services a caller may see: those matching `where`, and those listed
 * in `refs` (decided one by one, for conditions the index cannot express).
 */
export interface EntityVisibility {
  where: IndexPredicate;
  refs: readonly string[];
}

/** A caller whom the catalog lets read every entity. */
export const VISIBLE_TO_ALL: EntityVisibility = {
  where: ANY_SERVICE,
  refs: [],
};

/** A caller whom the catalog lets read no entity: every view is empty. */
export const VISIBLE_TO_NONE: EntityVisibility = {
  where: NO_SERVICE,
  refs: [],
};

/** A service whose visibility is decided outside the database, with what it is decided on. */
export interface VisibilityCandidate {
  entityRef: string;
  /** `entity_index.kind` (lower-cased). */
  kind: string;
  /** `entity_index.owner_ref` (lower-cased), or null. */
  ownerRef: string | null;
  /** The reduced entity of its evidence snapshot, or null without one. */
  entity: Entity | null;
}

/**
 * Up to this many values are bound one by one; longer lists go as one JSON
 * parameter, so that no list comes near a database's limit of bound values.
 */
const INLINE_LIST_MAX = 100;

function listSql(
  postgres: boolean,
  column: string,
  values: readonly string[],
): [string, unknown[]] {
  if (!values.length) return ['1 = 0', []];
  if (values.length <= INLINE_LIST_MAX) {
    return [`${column} in (${values.map(() => '?').join(', ')})`, [...values]];
  }
  const list = postgres
    ? 'select json_array_elements_text(cast(? as json))'
    : 'select value from json_each(?)';
  return [`${column} in (${list})`, [JSON.stringify(values)]];
}

/** The SQL of a predicate and its bindings, for PostgreSQL or SQLite. */
export function predicateSql(
  postgres: boolean,
  predicate: IndexPredicate,
): [string, unknown[]] {
  switch (predicate.type) {
    case 'constant':
      return [predicate.value ? '1 = 1' : '1 = 0', []];
    case 'kind':
      return listSql(postgres, 'e.kind', predicate.kinds);
    case 'owner': {
      if (!predicate.owners.length) return ['1 = 0', []];
      const [sql, bindings] = listSql(
        postgres,
        'e.owner_ref',
        predicate.owners,
      );
      // Without the null check, `not` of a service without owner would be NULL: hidden.
      return [`(e.owner_ref is not null and ${sql})`, bindings];
    }
    case 'allOf':
    case 'anyOf': {
      if (!predicate.parts.length) {
        return [predicate.type === 'allOf' ? '1 = 1' : '1 = 0', []];
      }
      const parts = predicate.parts.map(part => predicateSql(postgres, part));
      const joiner = predicate.type === 'allOf' ? ' and ' : ' or ';
      return [
        `(${parts.map(([sql]) => sql).join(joiner)})`,
        parts.flatMap(([, bindings]) => bindings),
      ];
    }
    case 'not': {
      const [sql, bindings] = predicateSql(postgres, predicate.part);
      return [`not (${sql})`, bindings];
    }
    default:
      throw new Error(`Unknown index predicate ${JSON.stringify(predicate)}`);
  }
}

/** Restricts a query over `entity_index` (aliased `e`) to a predicate. */
export function applyPredicate(
  query: Knex.QueryBuilder,
  predicate: IndexPredicate,
): Knex.QueryBuilder {
  if (predicate.type === 'constant' && predicate.value) return query;
  const [sql, bindings] = predicateSql(isPostgresQuery(query), predicate);
  return query.whereRaw(sql, bindings as Knex.RawBinding[]);
}

/**
 * Restricts a query over `entity_index` (aliased `e`) to the services the
 * caller may see. Nothing is added for a caller who sees everything, so
 * those queries stay exactly as they were.
 */
export function applyVisibility(
  query: Knex.QueryBuilder,
  visibility: EntityVisibility,
): Knex.QueryBuilder {
  const { where, refs } = visibility;
  if (!refs.length) return applyPredicate(query, where);
  const postgres = isPostgresQuery(query);
  const [refSql, refBindings] = listSql(postgres, 'e.entity_ref', refs);
  if (where.type === 'constant' && !where.value) {
    return query.whereRaw(refSql, refBindings as Knex.RawBinding[]);
  }
  const [whereSql, whereBindings] = predicateSql(postgres, where);
  return query.whereRaw(`(${whereSql} or ${refSql})`, [
    ...whereBindings,
    ...refBindings,
  ] as Knex.RawBinding[]);
}
