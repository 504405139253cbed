import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

// The demo signs in as a catalog user, the guest (Recommendations team) or
// the platform lead (ML Platform), so the backend sees real credentials and
// the permission policy can tell the teams apart.
const demoSignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () => {
      const { DemoSignInPage } = await import('./DemoSignInPage');
      return props => <DemoSignInPage {...props} />;
    },
  },
});

/** App module that installs the demo's sign-in page (guest or platform lead). */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [demoSignInPage],
});
