import {
  OVERVIEW_DEFAULT_SORT,
  OVERVIEW_DEFAULT_TREND_MONTHS,
  OVERVIEW_FLAG_FILTERS,
  OVERVIEW_INCLUDE_PROVISIONAL,
  OVERVIEW_LIST_FILTERS,
  overviewMaxPage,
  parseOverviewSortKey,
  type OverviewGroupBy,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { OverviewFilters, OverviewSortKey } from '../../api';

/** The ways the page groups services; owners split into teams and departments. */
export const GROUPINGS = ['team', 'department', 'domain', 'system'] as const;

/** One of {@link GROUPINGS}. */
export type Grouping = (typeof GROUPINGS)[number];

/** The `GET /overview` parameters of a grouping. */
export function groupingRequest(grouping: Grouping): {
  groupBy: OverviewGroupBy;
  groupType?: string;
} {
  if (grouping === 'team' || grouping === 'department') {
    return { groupBy: 'owner', groupType: grouping };
  }
  return { groupBy: grouping };
}

/** The filter of the services list that selects one group's services. */
export function groupFilterKey(
  grouping: Grouping,
): 'owner' | 'domain' | 'system' {
  return grouping === 'team' || grouping === 'department' ? 'owner' : grouping;
}

/**
 * Rows per page the services list offers: a choice of the page, each within
 * the shared `OVERVIEW_MAX_PAGE_SIZE` (a test holds them to it).
 */
export const PAGE_SIZES = [25, 50, 100];

/**
 * Periods the trend chart offers, in months: a choice of the page, each
 * within the shared `OVERVIEW_MAX_TREND_MONTHS` (a test holds them to it).
 */
export const TREND_MONTHS = [6, 12, 24];

/** Everything the page shows, as kept in the URL's query string. */
export interface OrganisationParams {
  grouping: Grouping;
  filters: OverviewFilters;
  sort: OverviewSortKey;
  order: 'asc' | 'desc';
  /** 1-based. */
  page: number;
  pageSize: number;
  months: number;
  /** The group whose details are open, by ref. */
  group?: string;
}

/** The view with no query string. */
export const DEFAULT_PARAMS: OrganisationParams = {
  grouping: 'team',
  filters: {},
  sort: OVERVIEW_DEFAULT_SORT,
  order: 'asc',
  page: 1,
  pageSize: PAGE_SIZES[0],
  months: OVERVIEW_DEFAULT_TREND_MONTHS,
};

/** A whole number from 1 to `max` (and, when given, one of `allowed`), else the fallback. */
function positive(
  value: string | null,
  fallback: number,
  options: { allowed?: number[]; max?: number } = {},
) {
  const n = value === null ? NaN : Number(value);
  if (!Number.isInteger(n) || n < 1) return fallback;
  if (options.max !== undefined && n > options.max) return fallback;
  return options.allowed && !options.allowed.includes(n) ? fallback : n;
}

/** Reads the view from the query string; anything malformed falls back to the default. */
export function parseOrganisationParams(
  search: URLSearchParams,
): OrganisationParams {
  const filters: OverviewFilters = {};
  for (const key of OVERVIEW_LIST_FILTERS) {
    const values = search.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  for (const key of OVERVIEW_FLAG_FILTERS) {
    const value = search.get(key);
    if (value === 'true' || value === 'false') filters[key] = value === 'true';
  }
  // Off unless the URL says so; only `true` is written.
  if (search.get(OVERVIEW_INCLUDE_PROVISIONAL) === 'true') {
    filters.includeProvisional = true;
  }
  const grouping = search.get('groupBy');
  const sort = search.get('sort');
  const pageSize = positive(search.get('pageSize'), DEFAULT_PARAMS.pageSize, {
    allowed: PAGE_SIZES,
  });
  return {
    grouping: (GROUPINGS as readonly string[]).includes(grouping ?? '')
      ? (grouping as Grouping)
      : DEFAULT_PARAMS.grouping,
    filters,
    sort:
      sort && parseOverviewSortKey(sort)
        ? (sort as OverviewSortKey)
        : DEFAULT_PARAMS.sort,
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
    // A page past the backend's last possible page would only earn a 400.
    page: positive(search.get('page'), DEFAULT_PARAMS.page, {
      max: overviewMaxPage(pageSize),
    }),
    pageSize,
    months: positive(search.get('months'), DEFAULT_PARAMS.months, {
      allowed: TREND_MONTHS,
    }),
    group: search.get('group') || undefined,
  };
}

/**
 * Writes the view into the query string, leaving defaults out so that a
 * shared link stays short, and keeping parameters the page does not own.
 */
export function writeOrganisationParams(
  params: OrganisationParams,
  current: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(current);
  const owned = [
    'groupBy',
    'sort',
    'order',
    'page',
    'pageSize',
    'months',
    'group',
    ...OVERVIEW_LIST_FILTERS,
    ...OVERVIEW_FLAG_FILTERS,
    OVERVIEW_INCLUDE_PROVISIONAL,
  ];
  owned.forEach(key => next.delete(key));
  const setUnlessDefault = <K extends keyof OrganisationParams>(
    key: K,
    name: string = key,
  ) => {
    if (params[key] !== undefined && params[key] !== DEFAULT_PARAMS[key]) {
      next.set(name, String(params[key]));
    }
  };
  setUnlessDefault('grouping', 'groupBy');
  for (const key of OVERVIEW_LIST_FILTERS) {
    for (const value of params.filters[key] ?? []) next.append(key, value);
  }
  for (const key of OVERVIEW_FLAG_FILTERS) {
    const value = params.filters[key];
    if (value !== undefined) next.set(key, String(value));
  }
  if (params.filters.includeProvisional) {
    next.set(OVERVIEW_INCLUDE_PROVISIONAL, 'true');
  }
  setUnlessDefault('sort');
  setUnlessDefault('order');
  setUnlessDefault('page');
  setUnlessDefault('pageSize');
  setUnlessDefault('months');
  setUnlessDefault('group');
  return next;
}
