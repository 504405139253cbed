import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  createProxyAuthProviderFactory,
  type AuthProviderRouteHandlers,
  type AuthResolverContext,
} from '@backstage/plugin-auth-node';
import type { Request, Response } from 'express';
import {
  PLATFORM_LEAD_USER_REF,
  platformLeadAuthenticator,
  signInAsPlatformLead,
} from './demoPlatformLeadSignIn';

const PLATFORM_TEAM = 'group:default/ml-platform';

/** An unsigned token with the claims Backstage reads back into the identity. */
function fakeToken(sub: string, ent: string[]) {
  const part = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ sub, ent })}.signature`;
}

/** A resolver context whose catalog knows the platform lead and their group. */
function resolverContext(): jest.Mocked<AuthResolverContext> {
  return {
    issueToken: jest.fn(),
    findCatalogUser: jest.fn(),
    signInWithCatalogUser: jest.fn(async ({ entityRef }: any) => ({
      token: fakeToken(entityRef, [entityRef, PLATFORM_TEAM]),
    })),
    resolveOwnershipEntityRefs: jest.fn(),
  } as unknown as jest.Mocked<AuthResolverContext>;
}

/** The provider's route handlers as the auth backend builds them from its config section. */
function handlers(
  providerConfig: object,
  ctx: AuthResolverContext,
): AuthProviderRouteHandlers {
  const config = new ConfigReader(providerConfig);
  return createProxyAuthProviderFactory({
    authenticator: platformLeadAuthenticator,
    signInResolver: signInAsPlatformLead(config),
  })({
    providerId: 'platform-lead',
    config,
    resolverContext: ctx,
    logger: mockServices.logger.mock(),
  } as any);
}

/** Calls the refresh route (what the sign-in page calls) and returns the JSON body. */
async function refresh(routes: AuthProviderRouteHandlers) {
  const res = { status: jest.fn(), json: jest.fn() };
  res.status.mockReturnValue(res);
  await routes.refresh!({} as Request, res as unknown as Response);
  expect(res.status).toHaveBeenCalledWith(200);
  return res.json.mock.calls[0][0];
}

describe('the demo platform-lead sign-in', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('signs in as user:default/platform-lead from the catalog in development', async () => {
    process.env.NODE_ENV = 'development';
    const ctx = resolverContext();
    const body = await refresh(
      handlers({ userEntityRef: PLATFORM_LEAD_USER_REF }, ctx),
    );
    expect(ctx.signInWithCatalogUser).toHaveBeenCalledWith({
      entityRef: 'user:default/platform-lead',
    });
    expect(ctx.issueToken).not.toHaveBeenCalled();
    expect(body.backstageIdentity.identity).toEqual({
      type: 'user',
      userEntityRef: 'user:default/platform-lead',
      ownershipEntityRefs: ['user:default/platform-lead', PLATFORM_TEAM],
    });
  });

  it('signs in as the platform lead when the config names no user', async () => {
    process.env.NODE_ENV = 'development';
    const ctx = resolverContext();
    await refresh(handlers({}, ctx));
    expect(ctx.signInWithCatalogUser).toHaveBeenCalledWith({
      entityRef: PLATFORM_LEAD_USER_REF,
    });
  });

  it('refuses outside development unless the config allows it', async () => {
    process.env.NODE_ENV = 'production';
    const ctx = resolverContext();
    const routes = handlers({ userEntityRef: PLATFORM_LEAD_USER_REF }, ctx);
    const res = { status: jest.fn(), json: jest.fn() };
    await expect(
      routes.refresh!({} as Request, res as unknown as Response),
    ).rejects.toMatchObject({ name: 'NotAllowedError', statusCode: 403 });
    expect(ctx.signInWithCatalogUser).not.toHaveBeenCalled();
    expect(res.json).not.toHaveBeenCalled();
  });

  it('signs in outside development when dangerouslyAllowOutsideDevelopment is true', async () => {
    process.env.NODE_ENV = 'production';
    const ctx = resolverContext();
    const body = await refresh(
      handlers(
        {
          userEntityRef: PLATFORM_LEAD_USER_REF,
          dangerouslyAllowOutsideDevelopment: true,
        },
        ctx,
      ),
    );
    expect(body.backstageIdentity.identity.userEntityRef).toBe(
      PLATFORM_LEAD_USER_REF,
    );
  });

  it('fails instead of inventing an identity when the catalog has no such user', async () => {
    process.env.NODE_ENV = 'development';
    const ctx = resolverContext();
    ctx.signInWithCatalogUser.mockRejectedValue(
      Object.assign(new Error('no user'), { name: 'NotFoundError' }),
    );
    const routes = handlers({}, ctx);
    await expect(
      routes.refresh!({} as Request, {} as unknown as Response),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(ctx.issueToken).not.toHaveBeenCalled();
  });
});
