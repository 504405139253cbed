import { InputError } from '@backstage/errors';
import {
  OVERVIEW_LEVEL_FILTERS,
  overviewFiltersOf,
  type OverviewFilters as ContractFilters,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { applyLevelFilters, type ResolvedLevelFilters } from './levelFilters';
import { applyVisibility, type EntityVisibility } from './visibility';

/**
 * The filters a request asks for: the shared contract's type. Their parsing
 * (lists, refs with a default kind, flags) is the contract's
 * `overviewFilterParams`; the level filters' values are resolved against
 * the model into `levels` by the route's query schema
 * (`service/overviewQueries.ts`).
 */
export type RequestFilters = ContractFilters & {
  levels?: ResolvedLevelFilters;
};

/**
 * What every query over the index is restricted by: the request's filters
 * and the services the caller may see in the catalog. `visibleTo` is
 * required, so that no organisation query can be written that forgets
 * whose view it is.
 */
export type OverviewFilters = RequestFilters & {
  visibleTo: EntityVisibility;
};

/** The filters out of a parsed query (the contract's `overviewFiltersOf`), for a caller who sees `visibleTo`. */
export function filtersOf(
  query: RequestFilters,
  visibleTo: EntityVisibility,
): OverviewFilters {
  return { ...overviewFiltersOf(query), levels: query.levels, visibleTo };
}

/**
 * Restricts a query over `entity_index` (aliased `e`) to the services in the
 * catalog that match the request's filters (see {@link applyRequestFilters})
 * and that the caller may see.
 */
export function applyFilters(
  query: Knex.QueryBuilder,
  filters: OverviewFilters,
  staleBefore: Date,
): Knex.QueryBuilder {
  applyRequestFilters(query, filters, staleBefore);
  return applyVisibility(query, filters.visibleTo);
}

/**
 * Restricts a query over `entity_index` (aliased `e`) to the services in the
 * catalog that match the request's filters, whoever asks; only for finding
 * the services whose visibility is still to be decided. `staleBefore` is now
 * minus `staleAfterDays`: a submission before it is stale.
 */
export function applyRequestFilters(
  query: Knex.QueryBuilder,
  filters: RequestFilters,
  staleBefore: Date,
): Knex.QueryBuilder {
  query.where('e.in_catalog', true);
  const inList = (column: string, values?: string[]) => {
    if (values?.length) query.whereIn(column, values);
  };
  inList('e.domain_ref', filters.domain);
  inList('e.system_ref', filters.system);
  inList('e.lifecycle', filters.lifecycle);
  inList('e.type', filters.type);
  if (filters.owner?.length) {
    const owners = filters.owner;
    query.where(inner =>
      inner
        .whereIn('e.owner_ref', owners)
        .orWhereIn('e.owner_ref', sub =>
          sub
            .select('descendant_ref')
            .from('group_closure')
            .whereIn('ancestor_ref', owners),
        ),
    );
  }
  if (filters.tag?.length) {
    const tags = filters.tag;
    query.whereIn('e.entity_ref', sub =>
      sub.select('entity_ref').from('entity_tags').whereIn('tag', tags),
    );
  }
  if (filters.assessed !== undefined) {
    if (filters.assessed) query.whereNotNull('e.assessed_at');
    else query.whereNull('e.assessed_at');
  }
  for (const key of OVERVIEW_LEVEL_FILTERS) {
    // A level filter that no route schema resolved must not widen the
    // result by being ignored.
    if (filters[key]?.length && !filters.levels?.[key]) {
      throw new InputError(`${key} is not accepted here`);
    }
  }
  if (filters.levels) applyLevelFilters(query, filters.levels);
  if (filters.reviewed !== undefined) {
    // The index names the review of the latest submission (review_id), so
    // this is a column test, like the other flags.
    if (filters.reviewed) {
      query.whereNotNull('e.submission_id').whereNotNull('e.review_id');
    } else {
      query.where(inner =>
        inner.whereNull('e.submission_id').orWhereNull('e.review_id'),
      );
    }
  }
  if (filters.stale !== undefined) {
    if (filters.stale) query.where('e.assessed_at', '<', staleBefore);
    else {
      query.where(inner =>
        inner
          .whereNull('e.assessed_at')
          .orWhere('e.assessed_at', '>=', staleBefore),
      );
    }
  }
  return query;
}
