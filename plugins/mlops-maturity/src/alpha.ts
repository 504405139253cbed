import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { MLOPS_MATURITY_PLUGIN_ID } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityApi } from './alpha/mlopsMaturityApi';
import {
  mlopsMaturityCatalogLevelFilter,
  mlopsMaturityCatalogStatusFilter,
} from './alpha/mlopsMaturityCatalogFilters';
import { mlopsMaturityEntityCard } from './alpha/mlopsMaturityEntityCard';
import { mlopsMaturityEntityContent } from './alpha/mlopsMaturityEntityContent';
import { mlopsMaturityGroupCard } from './alpha/mlopsMaturityGroupCard';
import { mlopsMaturityOrganisationPage } from './alpha/mlopsMaturityOrganisationPage';
import { organisationRouteRef } from './routes';

export {
  mlopsMaturityTranslationRef,
  mlopsMaturityTranslations,
} from './translation';

/**
 * The MLOps maturity plugin for apps on the new frontend system: the API
 * (`api:mlops-maturity`), the overview card (`entity-card:mlops-maturity`)
 * and the tab (`entity-content:mlops-maturity`) on ML services, the card of
 * Group entities (`entity-card:mlops-maturity/group`) and the organisation
 * page (`page:mlops-maturity`, at `/mlops-maturity`, in the sidebar), and
 * the catalog index page's filters by maturity level and assessment status
 * (`catalog-filter:mlops-maturity/maturity-level` and `/maturity-status`).
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: MLOPS_MATURITY_PLUGIN_ID,
  routes: { organisation: organisationRouteRef },
  extensions: [
    mlopsMaturityApi,
    mlopsMaturityEntityCard,
    mlopsMaturityEntityContent,
    mlopsMaturityGroupCard,
    mlopsMaturityOrganisationPage,
    mlopsMaturityCatalogLevelFilter,
    mlopsMaturityCatalogStatusFilter,
  ],
});
