import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import {
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityCampaignManagePermission,
  mlopsMaturityOverviewReadPermission,
  mlopsMaturityReviewPermission,
  mlopsMaturityOverviewRefreshPermission,
  mlopsMaturityScorecardReadPermission,
  mlopsMaturityTargetUpdatePermission,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import {
  DEMO_PLATFORM_GROUP,
  DemoPermissionPolicy,
} from './demoPermissionPolicy';

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

const PLATFORM_LEAD = 'user:default/platform-lead';

function platformLead() {
  return {
    credentials: mockCredentials.user(PLATFORM_LEAD),
    info: {
      userEntityRef: PLATFORM_LEAD,
      ownershipEntityRefs: [PLATFORM_LEAD, 'group:default/ml-platform'],
    },
  };
}

/** The policy as the platform lead's sign-in sees it: the lead and the ML Platform group. */
const platformLeadPolicy = new DemoPermissionPolicy(
  mockServices.userInfo({
    userEntityRef: PLATFORM_LEAD,
    ownershipEntityRefs: [PLATFORM_LEAD, 'group:default/ml-platform'],
  }),
);

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

  describe('review and campaign management', () => {
    const permissions = [
      mlopsMaturityReviewPermission,
      mlopsMaturityCampaignManagePermission,
    ];

    it('names the ML Platform group of the demo catalog', () => {
      expect(DEMO_PLATFORM_GROUP).toBe('group:default/ml-platform');
    });

    it.each(permissions)(
      'denies $name to the guest, whose team is not the platform group',
      async permission => {
        await expect(policy.handle({ permission }, guest())).resolves.toEqual({
          result: AuthorizeResult.DENY,
        });
      },
    );

    it.each(permissions)(
      'allows $name to the platform lead, a member of the platform group',
      async permission => {
        await expect(
          platformLeadPolicy.handle({ permission }, platformLead()),
        ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
      },
    );

    it('allows review on any entity, not only those the platform group owns', async () => {
      const decision = await platformLeadPolicy.handle(
        { permission: mlopsMaturityReviewPermission },
        platformLead(),
      );
      // An unconditional ALLOW: no isEntityOwner condition to narrow it.
      expect(decision).toEqual({ result: AuthorizeResult.ALLOW });
    });

    it('reads the group from the user info service, whatever its case', async () => {
      const userInfo = mockServices.userInfo.mock({
        getUserInfo: jest.fn().mockResolvedValue({
          userEntityRef: 'user:default/nina-petrova',
          ownershipEntityRefs: [
            'user:default/nina-petrova',
            'Group:default/ML-Platform',
          ],
        }),
      });
      await expect(
        new DemoPermissionPolicy(userInfo).handle(
          { permission: mlopsMaturityCampaignManagePermission },
          guest(),
        ),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
      expect(userInfo.getUserInfo).toHaveBeenCalledWith(guest().credentials);
    });

    it('denies a member of a team inside ML Platform (only direct members count)', async () => {
      const teamMember = new DemoPermissionPolicy(
        mockServices.userInfo({
          ownershipEntityRefs: [
            'user:default/nina-petrova',
            'group:default/ml-infrastructure',
          ],
        }),
      );
      await expect(
        teamMember.handle(
          { permission: mlopsMaturityReviewPermission },
          guest(),
        ),
      ).resolves.toEqual({ result: AuthorizeResult.DENY });
    });

    it('keeps the owners-only decision for the platform lead', async () => {
      await expect(
        platformLeadPolicy.handle(
          { permission: mlopsMaturityAssessmentUpdatePermission },
          platformLead(),
        ),
      ).resolves.toMatchObject({
        result: AuthorizeResult.CONDITIONAL,
        conditions: { rule: 'IS_ENTITY_OWNER' },
      });
    });

    it.each(permissions)(
      'denies $name without a signed-in user',
      async permission => {
        await expect(
          platformLeadPolicy.handle({ permission }),
        ).resolves.toEqual({
          result: AuthorizeResult.DENY,
        });
      },
    );
  });
});
