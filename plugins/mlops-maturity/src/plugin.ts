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
import { rootRouteRef } from './routes';

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
    component: {
      lazy: () =>
        import('./components/MlopsMaturityCard').then(m => m.MlopsMaturityCard),
    },
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
