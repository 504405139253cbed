import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { MLOPS_MATURITY_PLUGIN_ID } from '@mlops-maturity/plugin-mlops-maturity-common';
import { MlopsMaturityClient, mlopsMaturityApiRef } from './api';
import { LazyMlopsMaturityCard } from './components/MlopsMaturityCard/LazyMlopsMaturityCard';
import { organisationRouteRef, rootRouteRef } from './routes';

/**
 * The MLOps maturity plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const mlopsMaturityPlugin = createPlugin({
  id: MLOPS_MATURITY_PLUGIN_ID,
  apis: [
    createApiFactory({
      api: mlopsMaturityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new MlopsMaturityClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    organisation: organisationRouteRef,
  },
});

/**
 * The overview card of an ML service: levels, chart, last assessment and the
 * next step. Place it inside an `EntitySwitch.Case if={isMlService}`.
 *
 * @public
 */
export const EntityMlopsMaturityCard = mlopsMaturityPlugin.provide(
  createComponentExtension({
    name: 'EntityMlopsMaturityCard',
    // Loads its own chunk and starts the scorecard request alongside.
    component: { sync: LazyMlopsMaturityCard },
  }),
);

/**
 * The "MLOps maturity" tab of an ML service: scorecard, assessment, roadmap
 * and history. Mount it at `/mlops-maturity` in the entity layout so that the
 * card's links find it.
 *
 * @public
 */
export const EntityMlopsMaturityContent = mlopsMaturityPlugin.provide(
  createRoutableExtension({
    name: 'EntityMlopsMaturityContent',
    component: () =>
      import('./components/MlopsMaturityContent').then(
        m => m.MlopsMaturityContent,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The organisation page: every team's (department's, domain's, system's)
 * maturity as a heatmap, a trend, a list of services with filters in the
 * URL, each group's report and a CSV export. Mount it at `/mlops-maturity`
 * in `App.tsx`; it needs `mlops-maturity.overview.read`.
 *
 * @public
 */
export const MlopsMaturityOrganisationPage = mlopsMaturityPlugin.provide(
  createRoutableExtension({
    name: 'MlopsMaturityOrganisationPage',
    component: () =>
      import('./components/OrganisationPage').then(m => m.OrganisationPage),
    mountPoint: organisationRouteRef,
  }),
);

/**
 * The card of a Group entity: the maturity of the ML services it and its
 * sub-groups own, linking to the organisation page filtered to it. Place it
 * on the group entity page; it needs `mlops-maturity.overview.read`.
 *
 * @public
 */
export const EntityMlopsMaturityGroupCard = mlopsMaturityPlugin.provide(
  createComponentExtension({
    name: 'EntityMlopsMaturityGroupCard',
    component: {
      lazy: () =>
        import('./components/GroupMaturityCard').then(m => m.GroupMaturityCard),
    },
  }),
);
