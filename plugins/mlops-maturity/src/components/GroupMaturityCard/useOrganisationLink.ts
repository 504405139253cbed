import { useRouteRef } from '@backstage/core-plugin-api';
import { organisationRouteRef } from '../../routes';

/**
 * A link to the organisation page filtered to an owner, or undefined when
 * the app does not mount the page (the card then shows no link).
 */
export function useOrganisationLink(ownerRef: string): string | undefined {
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
  return `${base}?${new URLSearchParams({ owner: ownerRef })}`;
}
