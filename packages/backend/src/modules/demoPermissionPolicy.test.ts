import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityOverviewReadPermission,
  mlopsMaturityOverviewRefreshPermission,
  mlopsMaturityScorecardReadPermission,
  mlopsMaturityTargetUpdatePermission,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { DemoPermissionPolicy } from './demoPermissionPolicy';

const GUEST = 'user:default/guest';
/** A catalog permission, standing for every permission outside the plugin. */
const catalogEntityDeletePermission = createPermission({
  name: 'catalog.entity.delete',
  attributes: { action: 'delete' },
  resourceType: 'catalog-entity',
});
const TEAM = 'group:default/recommendations';

function guest() {
  const credentials = mockCredentials.user(GUEST);
  return {
    credentials,
    info: { userEntityRef: GUEST, ownershipEntityRefs: [GUEST, TEAM] },
  };
}

const policy = new DemoPermissionPolicy(
  mockServices.userInfo({ ownershipEntityRefs: [GUEST, TEAM] }),
);

describe('DemoPermissionPolicy', () => {
  it.each([
    mlopsMaturityScorecardReadPermission,
    mlopsMaturityOverviewReadPermission,
    mlopsMaturityOverviewRefreshPermission,
    catalogEntityDeletePermission,
  ])('allows a signed-in user $name', async permission => {
    await expect(policy.handle({ permission }, guest())).resolves.toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it.each([
    mlopsMaturityAssessmentUpdatePermission,
    mlopsMaturityTargetUpdatePermission,
  ])(
    'allows $name only on entities the user or their team owns',
    async permission => {
      await expect(policy.handle({ permission }, guest())).resolves.toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          resourceType: 'catalog-entity',
          params: { claims: [GUEST, TEAM] },
        },
      });
    },
  );

  it('takes the ownership claims from the user info service', async () => {
    const userInfo = mockServices.userInfo.mock({
      getUserInfo: jest.fn().mockResolvedValue({
        userEntityRef: 'user:default/maya-chen',
        ownershipEntityRefs: ['group:default/fraud-detection'],
      }),
    });
    const decision = await new DemoPermissionPolicy(userInfo).handle(
      { permission: mlopsMaturityTargetUpdatePermission },
      guest(),
    );
    expect(userInfo.getUserInfo).toHaveBeenCalledWith(guest().credentials);
    expect(decision).toMatchObject({
      conditions: { params: { claims: ['group:default/fraud-detection'] } },
    });
  });

  it('denies requests without a signed-in user', async () => {
    await expect(
      policy.handle({ permission: mlopsMaturityScorecardReadPermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });
});
