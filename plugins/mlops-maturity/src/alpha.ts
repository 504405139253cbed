import { createFrontendPlugin } from '@backstage/frontend-plugin-api';

/**
 * The MLOps maturity plugin for apps on the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'mlops-maturity',
  extensions: [],
});
