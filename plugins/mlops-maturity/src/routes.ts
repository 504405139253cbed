import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The MLOps maturity entity tab, as mounted in the legacy entity page.
 * @public
 */
export const rootRouteRef = createRouteRef({
  id: 'mlops-maturity',
});
