import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { SignInPage } from '@backstage/core-components';

// The demo signs in as the catalog's `guest` user, so the backend sees real
// credentials and the permission policy can tell guest's team from the others.
const guestSignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => props =>
      <SignInPage {...props} providers={['guest']} title="MLOps Maturity demo" />,
  },
});

/** App module that installs the demo's guest sign-in page. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [guestSignInPage],
});
