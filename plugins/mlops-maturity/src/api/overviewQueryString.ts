import {
  overviewQueryParams,
  type OverviewFilters,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * The query string of an organisation request, written by the shared
 * contract's `overviewQueryParams` so that the backend's parsers read back
 * exactly these filters: one repeated parameter per filter value, the flags
 * as `true`/`false`, and the route's own parameters (undefined ones left
 * out). Empty when there is nothing to send.
 */
export function overviewQueryString(
  filters: OverviewFilters = {},
  extra: Record<string, string | number | undefined> = {},
): string {
  const query = overviewQueryParams(filters, extra).toString();
  return query ? `?${query}` : '';
}
