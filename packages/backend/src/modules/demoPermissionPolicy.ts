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
  mlopsMaturityTargetUpdatePermission,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** The permissions that only an entity's owners get. */
const OWNER_ONLY_PERMISSIONS = [
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityTargetUpdatePermission,
];

/**
 * The demo portal's permission policy: every signed-in user may do
 * everything, except saving an ML service's assessment or changing its
 * targets, which only members of the owning team may do.
 *
 * @remarks
 *
 * The owner-only permissions get a conditional decision (`isEntityOwner`
 * with the user's ownership refs: the user and their groups), which the
 * catalog evaluates against the entity, so the policy needs no catalog
 * lookup. Requests without a signed-in user are denied.
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
