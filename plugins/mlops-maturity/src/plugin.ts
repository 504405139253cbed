import { createPlugin } from '@backstage/core-plugin-api';
import { MLOPS_MATURITY_PLUGIN_ID } from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * The MLOps maturity plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const mlopsMaturityPlugin = createPlugin({
  id: MLOPS_MATURITY_PLUGIN_ID,
});
