import type { OverviewGroupBy } from '@mlops-maturity/plugin-mlops-maturity-common';
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

/** Rows per page the services list offers. */
export const PAGE_SIZES = [25, 50, 100];

/** Periods the trend chart offers, in months. */
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
  sort: 'name',
  order: 'asc',
  page: 1,
  pageSize: PAGE_SIZES[0],
  months: 12,
};

export const LIST_FILTERS = [
  'domain',
  'system',
  'owner',
  'lifecycle',
  'type',
  'tag',
] as const;

const FLAG_FILTERS = ['assessed', 'stale'] as const;

const SORT_KEY =
  /^(name|owner|system|domain|lifecycle|type|overall|assessedAt|area:[^:]+:(level|score))$/;

function positive(value: string | null, fallback: number, allowed?: number[]) {
  const n = value === null ? NaN : Number(value);
  if (!Number.isInteger(n) || n < 1) return fallback;
  return allowed && !allowed.includes(n) ? fallback : n;
}

/** Reads the view from the query string; anything malformed falls back to the default. */
export function parseOrganisationParams(
  search: URLSearchParams,
): OrganisationParams {
  const filters: OverviewFilters = {};
  for (const key of LIST_FILTERS) {
    const values = search.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  for (const key of FLAG_FILTERS) {
    const value = search.get(key);
    if (value === 'true' || value === 'false') filters[key] = value === 'true';
  }
  const grouping = search.get('groupBy');
  const sort = search.get('sort');
  return {
    grouping: (GROUPINGS as readonly string[]).includes(grouping ?? '')
      ? (grouping as Grouping)
      : DEFAULT_PARAMS.grouping,
    filters,
    sort:
      sort && SORT_KEY.test(sort)
        ? (sort as OverviewSortKey)
        : DEFAULT_PARAMS.sort,
    order: search.get('order') === 'desc' ? 'desc' : 'asc',
    page: positive(search.get('page'), DEFAULT_PARAMS.page),
    pageSize: positive(
      search.get('pageSize'),
      DEFAULT_PARAMS.pageSize,
      PAGE_SIZES,
    ),
    months: positive(search.get('months'), DEFAULT_PARAMS.months, TREND_MONTHS),
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
    ...LIST_FILTERS,
    ...FLAG_FILTERS,
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
  for (const key of LIST_FILTERS) {
    for (const value of params.filters[key] ?? []) next.append(key, value);
  }
  for (const key of FLAG_FILTERS) {
    const value = params.filters[key];
    if (value !== undefined) next.set(key, String(value));
  }
  setUnlessDefault('sort');
  setUnlessDefault('order');
  setUnlessDefault('page');
  setUnlessDefault('pageSize');
  setUnlessDefault('months');
  setUnlessDefault('group');
  return next;
}
