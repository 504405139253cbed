/*
 * The README's legacy organisation page route and sidebar item, with the
 * imports the snippets leave out (see EntityPage.tsx).
 */
import { FlatRoutes } from '@backstage/core-app-api';
import { SidebarItem } from '@backstage/core-components';
import { Route } from 'react-router-dom';
// README plugins/mlops-maturity/README.md
import { MlopsMaturityOrganisationPage } from '@mlops-maturity/plugin-mlops-maturity';
// README plugins/mlops-maturity/README.md
import Assessment from '@material-ui/icons/Assessment';

// README plugins/mlops-maturity/README.md
const routes = (
  <FlatRoutes>
    <Route path="/mlops-maturity" element={<MlopsMaturityOrganisationPage />} />
  </FlatRoutes>
);

const sidebarItem = (
  // README plugins/mlops-maturity/README.md
  <SidebarItem icon={Assessment} to="mlops-maturity" text="MLOps maturity" />
);

export { routes, sidebarItem };
