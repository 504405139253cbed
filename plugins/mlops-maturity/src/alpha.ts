import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { MLOPS_MATURITY_PLUGIN_ID } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityApi } from './alpha/mlopsMaturityApi';
import { mlopsMaturityEntityCard } from './alpha/mlopsMaturityEntityCard';
import { mlopsMaturityEntityContent } from './alpha/mlopsMaturityEntityContent';

export {
  mlopsMaturityTranslationRef,
  mlopsMaturityTranslations,
} from './translation';

/**
 * The MLOps maturity plugin for apps on the new frontend system: the API
 * (`api:mlops-maturity`), the overview card (`entity-card:mlops-maturity`)
 * and the tab (`entity-content:mlops-maturity`), both shown on ML services
 * only.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: MLOPS_MATURITY_PLUGIN_ID,
  extensions: [
    mlopsMaturityApi,
    mlopsMaturityEntityCard,
    mlopsMaturityEntityContent,
  ],
});
