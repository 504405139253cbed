import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { MLOPS_MATURITY_PLUGIN_ID } from '@mlops-maturity/plugin-mlops-maturity-common';
import { createRouter } from './service/router';

/**
 * The MLOps maturity backend plugin, mounted at `/api/mlops-maturity`.
 *
 * @public
 */
export const mlopsMaturityPlugin = createBackendPlugin({
  pluginId: MLOPS_MATURITY_PLUGIN_ID,
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
      },
      async init({ httpRouter, logger }) {
        httpRouter.use(await createRouter({ logger }));
      },
    });
  },
});
