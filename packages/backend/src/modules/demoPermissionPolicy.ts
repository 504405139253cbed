import {
  coreServices,
  createBackendModule,
  type UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityCampaignManagePermission,
  mlopsMaturityReviewPermission,
  mlopsMaturityTargetUpdatePermission,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * The demo's platform group (examples/org.yaml): its members, such as the
 * platform-lead sign-in, review assessments and manage campaigns.
 */
export const DEMO_PLATFORM_GROUP = 'group:default/ml-platform';

/** The permissions that only an entity's owners get. */
const OWNER_ONLY_PERMISSIONS = [
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityTargetUpdatePermission,
];

/** The permissions that only members of {@link DEMO_PLATFORM_GROUP} get. */
const PLATFORM_GROUP_PERMISSIONS = [
  mlopsMaturityReviewPermission,
  mlopsMaturityCampaignManagePermission,
];

/**
 * The demo portal's permission policy: every signed-in user may do
 * everything, except saving an ML service's assessment or changing its
 * targets, which only members of the owning team may do, and reviewing
 * assessments or managing campaigns, which only members of the platform
 * group ({@link DEMO_PLATFORM_GROUP}) may do, on any entity.
 *
 * @remarks
 *
 * The owner-only permissions get a conditional decision (`isEntityOwner`
 * with the user's ownership refs: the user and their groups), which the
 * catalog evaluates against the entity, so the policy needs no catalog
 * lookup. The platform-group permissions are decided from the same refs:
 * the sign-in puts the user's direct groups there. Requests without a
 * signed-in user are denied.
 */
export class DemoPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    if (
      PLATFORM_GROUP_PERMISSIONS.some(permission =>
        isPermission(request.permission, permission),
      )
    ) {
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      return {
        // Entity refs compare without regard to case.
        result: ownershipEntityRefs.some(
          ref => ref.toLocaleLowerCase('en-US') === DEMO_PLATFORM_GROUP,
        )
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    for (const permission of OWNER_ONLY_PERMISSIONS) {
      if (isPermission(request.permission, permission)) {
        // The user info service replaces the deprecated user.info field.
        const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
          user.credentials,
        );
        return createCatalogConditionalDecision(
          request.permission,
          catalogConditions.isEntityOwner({ claims: ownershipEntityRefs }),
        );
      }
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** Installs {@link DemoPermissionPolicy} as the permission backend's policy. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'demo-permission-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, userInfo }) {
        policy.setPolicy(new DemoPermissionPolicy(userInfo));
      },
    });
  },
});
