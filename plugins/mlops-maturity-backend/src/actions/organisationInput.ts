import {
  OVERVIEW_FLAG_FILTERS,
  OVERVIEW_LEVEL_FILTERS,
  OVERVIEW_LIST_FILTERS,
  overviewQueryParams,
  type OverviewFilters,
  type OverviewFlagFilterKey,
  type OverviewLevelFilterKey,
  type OverviewListFilterKey,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { ActionSchema, ActionZod } from './actionContext';

/**
 * What each filter of the shared contract means, for the assistant. Typed by
 * the contract's keys: a filter added there does not compile here until it
 * is described, and then every organisation action accepts it.
 */
const LIST_FILTER_DESCRIPTIONS: Record<OverviewListFilterKey, string> = {
  owner:
    'Owning groups (group:default/team-a or team-a); services of their sub-groups are included.',
  system: 'Systems (system:default/recs or recs).',
  domain: 'Domains (domain:default/commerce or commerce).',
  lifecycle: 'Lifecycles, for example production or experimental.',
  type: 'Component types, for example ml-service.',
  tag: 'Catalog tags.',
};

const FLAG_FILTER_DESCRIPTIONS: Record<OverviewFlagFilterKey, string> = {
  assessed:
    'true: only services with a submitted assessment; false: only those without.',
  stale:
    'true: only services whose latest submission is older than staleAfterDays; false: the others.',
  reviewed:
    "true: only assessed services whose latest submission has an assessor's review; false: the others.",
};

const LEVEL_FILTER_DESCRIPTIONS: Record<OverviewLevelFilterKey, string> = {
  levelBelow:
    'Only services below a level: <areaId>:<levelId> (monitoring:intermediate) or overall:<levelId>. A service not assessed there does not match; several values match any.',
  levelAtLeast:
    'Only services at a level or above: <areaId>:<levelId> (deployment:intermediate) or overall:<levelId>. A service not assessed there does not match; several values match any.',
};

/** Every filter key an organisation action takes. */
type FilterKey =
  | OverviewListFilterKey
  | OverviewFlagFilterKey
  | OverviewLevelFilterKey;

/**
 * The organisation filters as action input: the contract's list filters as
 * arrays (a service matches any value) and its flags as booleans; different
 * filters must all match.
 */
export function filterInputShape(
  z: ActionZod,
): Record<FilterKey, ActionSchema> {
  const shape = {} as Record<FilterKey, ActionSchema>;
  for (const key of OVERVIEW_LIST_FILTERS) {
    shape[key] = z
      .array(z.string().min(1))
      .optional()
      .describe(LIST_FILTER_DESCRIPTIONS[key]) as unknown as ActionSchema;
  }
  for (const key of OVERVIEW_LEVEL_FILTERS) {
    shape[key] = z
      .array(z.string().min(1))
      .optional()
      .describe(LEVEL_FILTER_DESCRIPTIONS[key]) as unknown as ActionSchema;
  }
  for (const key of OVERVIEW_FLAG_FILTERS) {
    shape[key] = z
      .boolean()
      .optional()
      .describe(FLAG_FILTER_DESCRIPTIONS[key]) as unknown as ActionSchema;
  }
  return shape;
}

/**
 * The query an organisation route would receive for the same question: the
 * contract's writer (`overviewQueryParams`, as the frontend builds its
 * requests) read back the way Express reads a query string (a repeated
 * parameter becomes an array). The route's own parser then validates and
 * normalises it, so an action and a route cannot read a filter differently.
 */
export function routeQueryOf(
  filters: OverviewFilters,
  extra: Record<string, string | number | undefined> = {},
): Record<string, string | string[]> {
  const params = overviewQueryParams(filters, extra);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

/** The contract's filters out of an action's input. */
export function filtersOfInput(
  input: Record<string, unknown>,
): OverviewFilters {
  const filters: OverviewFilters = {};
  for (const key of OVERVIEW_LIST_FILTERS) {
    const value = input[key];
    if (Array.isArray(value) && value.length) filters[key] = value as string[];
  }
  for (const key of OVERVIEW_LEVEL_FILTERS) {
    const value = input[key];
    if (Array.isArray(value) && value.length) filters[key] = value as string[];
  }
  for (const key of OVERVIEW_FLAG_FILTERS) {
    const value = input[key];
    if (typeof value === 'boolean') filters[key] = value;
  }
  if (input.includeProvisional === true) filters.includeProvisional = true;
  return filters;
}
