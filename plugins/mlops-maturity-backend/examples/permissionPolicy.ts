// packages/backend/src/modules/permissionPolicy.ts
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
 * The group whose direct members review assessments and manage campaigns:
 * change it to your platform or audit team (in lower case).
 */
const REVIEWERS_GROUP = 'group:default/ml-platform';

/**
 * Every signed-in user may do everything, as with the allow-all policy this
 * replaces, except saving an ML service's assessment or changing its targets:
 * only the service's owners (the user or one of their groups) may do that;
 * and reviewing assessments or managing campaigns: only members of
 * REVIEWERS_GROUP may do that.
 */
export class MaturityPermissionPolicy implements PermissionPolicy {
  constructor(private readonly userInfo: UserInfoService) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    if (
      isPermission(request.permission, mlopsMaturityReviewPermission) ||
      isPermission(request.permission, mlopsMaturityCampaignManagePermission)
    ) {
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      // The refs hold the user's direct groups; refs compare without case.
      const member = ownershipEntityRefs.some(
        ref => ref.toLocaleLowerCase('en-US') === REVIEWERS_GROUP,
      );
      return {
        result: member ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
    }
    if (
      isPermission(
        request.permission,
        mlopsMaturityAssessmentUpdatePermission,
      ) ||
      isPermission(request.permission, mlopsMaturityTargetUpdatePermission)
    ) {
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        user.credentials,
      );
      // The catalog checks the entity's owner against the user and their groups.
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({ claims: ownershipEntityRefs }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** The module that installs the policy in the permission backend. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'mlops-maturity-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, userInfo }) {
        policy.setPolicy(new MaturityPermissionPolicy(userInfo));
      },
    });
  },
});
