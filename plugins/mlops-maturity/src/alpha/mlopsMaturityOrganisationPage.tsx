import { PageBlueprint } from '@backstage/frontend-plugin-api';
import Assessment from '@material-ui/icons/Assessment';
import { organisationRouteRef } from '../routes';
import { mlopsMaturityTranslationRef } from '../translation';

/**
 * The organisation page (`page:mlops-maturity`) at `/mlops-maturity`. Its
 * title and icon make the app's sidebar list it as "MLOps maturity".
 * @alpha
 */
export const mlopsMaturityOrganisationPage = PageBlueprint.make({
  params: {
    path: '/mlops-maturity',
    routeRef: organisationRouteRef,
    title: mlopsMaturityTranslationRef('common.title'),
    icon: <Assessment />,
    loader: () =>
      import('../components/OrganisationPage').then(m => (
        <m.OrganisationPageContent />
      )),
  },
});
