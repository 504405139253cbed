import type { OverviewFilters } from './MlopsMaturityApi';

const LIST_FILTERS = [
  'domain',
  'system',
  'owner',
  'lifecycle',
  'type',
  'tag',
] as const;

/**
 * The query string of an organisation request: one repeated parameter per
 * filter value, the flags as `true`/`false`, then the route's own parameters
 * (undefined ones left out). Empty when there is nothing to send.
 */
export function overviewQueryString(
  filters: OverviewFilters = {},
  extra: Record<string, string | number | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) params.set(key, String(value));
  }
  for (const key of LIST_FILTERS) {
    for (const value of filters[key] ?? []) params.append(key, value);
  }
  for (const key of ['assessed', 'stale'] as const) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
