import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  MLOPS_MATURITY_PLUGIN_ID,
  type OverviewLevelsResponse,
  type ServiceLevelEntry,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** What {@link fetchMaturityLevels} needs. */
export interface FetchMaturityLevelsOptions {
  discovery: Pick<DiscoveryService, 'getBaseUrl'>;
  auth: Pick<AuthService, 'getOwnServiceCredentials' | 'getPluginRequestToken'>;
  /** Services per request. */
  pageSize: number;
  /** Deadline of each request, in milliseconds. */
  timeoutMs: number;
  /** Defaults to the global fetch; tests pass their own. */
  fetch?: typeof fetch;
}

/**
 * Every ML service's status and overall level from the plugin's
 * `GET /overview/levels`, page after page (one request per `pageSize`
 * services, never one per entity), with the catalog module's own service
 * token. Each request has a deadline; any failed or late page fails the
 * whole load, so that a caller never takes a partial list for the truth.
 */
export async function fetchMaturityLevels(
  options: FetchMaturityLevelsOptions,
): Promise<ServiceLevelEntry[]> {
  const doFetch = options.fetch ?? fetch;
  const baseUrl = await options.discovery.getBaseUrl(MLOPS_MATURITY_PLUGIN_ID);
  const { token } = await options.auth.getPluginRequestToken({
    onBehalfOf: await options.auth.getOwnServiceCredentials(),
    targetPluginId: MLOPS_MATURITY_PLUGIN_ID,
  });
  const entries: ServiceLevelEntry[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(options.pageSize) });
    if (after !== null) query.set('after', after);
    const response = await doFetch(`${baseUrl}/overview/levels?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const page = (await response.json()) as OverviewLevelsResponse;
    entries.push(...page.items);
    // A page that does not move forward would loop forever.
    if (page.nextAfter !== null && page.nextAfter === after) {
      throw new Error(`The levels did not advance past ${after}`);
    }
    after = page.nextAfter;
  } while (after !== null);
  return entries;
}
