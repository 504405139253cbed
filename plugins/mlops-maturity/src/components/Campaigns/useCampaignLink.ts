import { useRouteRef } from '@backstage/core-plugin-api';
import { organisationRouteRef } from '../../routes';

/** The path of the campaign pages under the organisation page. */
export const CAMPAIGN_PATH = 'campaigns';

/**
 * The link to a campaign's page (under the organisation page), or undefined
 * when the app does not mount the organisation page.
 */
export function useCampaignLink(): ((id: string) => string) | undefined {
  let base: string | undefined;
  try {
    // Called on every render, so the order of hooks never changes; the try
    // only catches the "no path for this route" error of an unmounted page.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    base = useRouteRef(organisationRouteRef)();
  } catch {
    base = undefined;
  }
  if (!base) return undefined;
  const root = base.replace(/\/$/, '');
  return id => `${root}/${CAMPAIGN_PATH}/${encodeURIComponent(id)}`;
}

/** The campaign id of a path ending in `campaigns/{id}`, or undefined. */
export function campaignIdOfPath(pathname: string): string | undefined {
  const match = new RegExp(`/${CAMPAIGN_PATH}/([^/]+)/?$`).exec(pathname);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/** The organisation page's path, or undefined when the app does not mount it. */
export function useOrganisationPath(): string | undefined {
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks
    return useRouteRef(organisationRouteRef)();
  } catch {
    return undefined;
  }
}
