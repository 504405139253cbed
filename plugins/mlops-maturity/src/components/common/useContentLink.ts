import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';

/** The sub-views of the entity tab, addressed by the `view` search parameter. */
export type ContentView =
  | 'scorecard'
  | 'assessment'
  | 'roadmap'
  | 'history'
  | 'review';

/** Where the entity tab is mounted, relative to the entity page, by default. */
export const DEFAULT_CONTENT_PATH = 'mlops-maturity';

/**
 * A link from anywhere on the entity page to one view of the MLOps maturity
 * tab. Built from the entity page's own route, so it works on any tab.
 */
export function useContentLink(contentPath: string = DEFAULT_CONTENT_PATH) {
  const { entity } = useEntity();
  const entityLink = useEntityRefLink();
  const base = `${entityLink(entity).replace(/\/$/, '')}/${contentPath.replace(
    /^\//,
    '',
  )}`;
  return (view: ContentView) => `${base}?view=${view}`;
}
