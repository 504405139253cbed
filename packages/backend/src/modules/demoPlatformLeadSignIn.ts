/*
 * FOR THE DEMO PORTAL ONLY. This provider signs anyone who asks in as one
 * fixed catalog user, without a password, exactly like Backstage's guest
 * provider does for `user:default/guest`. Never install it in a portal that
 * real people use.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
  type SignInResolver,
} from '@backstage/plugin-auth-node';

/** The id the app signs in with: `/api/auth/platform-lead/refresh`. */
export const PLATFORM_LEAD_PROVIDER_ID = 'platform-lead';

/** The catalog user (examples/org.yaml) the provider signs in as by default. */
export const PLATFORM_LEAD_USER_REF = 'user:default/platform-lead';

/**
 * Why the provider refused to sign someone in. Backstage's error handler
 * answers it with 403, as it does Backstage's own `NotAllowedError` (which
 * this demo backend does not depend on).
 */
export class PlatformLeadSignInNotAllowedError extends Error {
  readonly name = 'NotAllowedError';
  readonly statusCode = 403;
}

/**
 * The password-less authenticator: it accepts every request, but only when
 * the backend runs in development (`./run start`) or the provider's config
 * says `dangerouslyAllowOutsideDevelopment: true`, the same rule as the
 * guest provider, so a production build does not sign strangers in as a
 * member of the platform team by accident.
 */
export const platformLeadAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async () => ({ profile: {} }),
  initialize({ config }) {
    const allowed =
      process.env.NODE_ENV === 'development' ||
      config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') === true;
    return { allowed };
  },
  async authenticate(_, { allowed }) {
    if (!allowed) {
      throw new PlatformLeadSignInNotAllowedError(
        `The ${PLATFORM_LEAD_PROVIDER_ID} sign-in is for the demo portal only; outside development it needs auth.providers.${PLATFORM_LEAD_PROVIDER_ID}.dangerouslyAllowOutsideDevelopment: true`,
      );
    }
    return { result: {} };
  },
});

/**
 * Signs in as the configured user (`userEntityRef`, by default
 * {@link PLATFORM_LEAD_USER_REF}) as found in the catalog, so the token
 * carries the user's groups (`group:default/ml-platform`), which the demo
 * permission policy looks at. Unlike the guest provider there is no
 * fallback: without the catalog user the sign-in fails instead of issuing
 * an identity that no group backs.
 */
export function signInAsPlatformLead(config: Config): SignInResolver<unknown> {
  const entityRef =
    config.getOptionalString('userEntityRef') ?? PLATFORM_LEAD_USER_REF;
  return async (_, ctx) => ctx.signInWithCatalogUser({ entityRef });
}

/**
 * Registers the demo's second password-less sign-in,
 * {@link PLATFORM_LEAD_PROVIDER_ID}. The auth backend only mounts a provider
 * that has a section under `auth.providers`, so the provider is off unless
 * the config has `auth.providers.platform-lead` (app-config.yaml has it).
 */
export default createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-platform-lead-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
      },
      async init({ providers }) {
        providers.registerProvider({
          providerId: PLATFORM_LEAD_PROVIDER_ID,
          // ctx.config is the provider's own section, auth.providers.platform-lead.
          factory: ctx =>
            createProxyAuthProviderFactory({
              authenticator: platformLeadAuthenticator,
              signInResolver: signInAsPlatformLead(ctx.config),
            })(ctx),
        });
      },
    });
  },
});
