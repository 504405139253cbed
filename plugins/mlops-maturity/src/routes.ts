import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The MLOps maturity entity tab, as mounted in the legacy entity page.
 * @public
 */
export const rootRouteRef = createRouteRef({
  id: 'mlops-maturity',
});

/**
 * The organisation page (`/mlops-maturity` in the demo app): every team's
 * maturity side by side. The group card links to it.
 * @public
 */
export const organisationRouteRef = createRouteRef({
  id: 'mlops-maturity-organisation',
});
