import {
  createPermission,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';

/** The catalog's resource type; our entity permissions use it so policies can check ownership. */
const CATALOG_ENTITY = 'catalog-entity';

/**
 * Read an entity's scorecard, assessment, history, roadmap and report.
 * A resource permission on the catalog entity.
 * @public
 */
export const mlopsMaturityScorecardReadPermission: ResourcePermission<'catalog-entity'> =
  createPermission({
    name: 'mlops-maturity.scorecard.read',
    attributes: { action: 'read' },
    resourceType: CATALOG_ENTITY,
  });

/**
 * Save drafts and submit assessments for an entity.
 * A resource permission on the catalog entity.
 * @public
 */
export const mlopsMaturityAssessmentUpdatePermission: ResourcePermission<'catalog-entity'> =
  createPermission({
    name: 'mlops-maturity.assessment.update',
    attributes: { action: 'update' },
    resourceType: CATALOG_ENTITY,
  });

/**
 * Change an entity's target levels.
 * A resource permission on the catalog entity.
 * @public
 */
export const mlopsMaturityTargetUpdatePermission: ResourcePermission<'catalog-entity'> =
  createPermission({
    name: 'mlops-maturity.target.update',
    attributes: { action: 'update' },
    resourceType: CATALOG_ENTITY,
  });

/**
 * Read the organisation overview, entity lists, exports and team reports.
 * @public
 */
export const mlopsMaturityOverviewReadPermission = createPermission({
  name: 'mlops-maturity.overview.read',
  attributes: { action: 'read' },
});

/**
 * Rebuild the organisation index from the catalog now
 * (`POST /overview/refresh`), instead of waiting for the scheduled refresh.
 * @public
 */
export const mlopsMaturityOverviewRefreshPermission = createPermission({
  name: 'mlops-maturity.overview.refresh',
  attributes: { action: 'update' },
});

/**
 * Review an entity's latest submission: confirm or dispute its criteria after
 * an interview, a documentation review or a tool audit. A resource permission
 * on the catalog entity, so a policy can give it to a platform or audit group
 * (and, for example, only for entities of some owners).
 * @public
 */
export const mlopsMaturityReviewPermission: ResourcePermission<'catalog-entity'> =
  createPermission({
    name: 'mlops-maturity.review',
    attributes: { action: 'create' },
    resourceType: CATALOG_ENTITY,
  });

/**
 * Create, edit and close organisation-wide campaigns (goals with deadlines).
 * A basic permission: campaigns belong to the organisation, not to an entity.
 * @public
 */
export const mlopsMaturityCampaignManagePermission = createPermission({
  name: 'mlops-maturity.campaign.manage',
  attributes: { action: 'update' },
});

/** Every permission of the plugin, for registration with the permission framework. @public */
export const mlopsMaturityPermissions = [
  mlopsMaturityScorecardReadPermission,
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityTargetUpdatePermission,
  mlopsMaturityOverviewReadPermission,
  mlopsMaturityOverviewRefreshPermission,
  mlopsMaturityReviewPermission,
  mlopsMaturityCampaignManagePermission,
];
