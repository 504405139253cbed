import { mlopsMaturityScorecardReadPermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';
import { scoreEntity, targetsInForce } from '../scoreEntity';

/** `GET /roadmap/{kind}/{namespace}/{name}`: unmet criteria up to each area's target. */
export function registerRoadmapRoutes(
  router: Router,
  options: RouterOptions,
  access: EntityAccess,
) {
  router.get('/roadmap/:kind/:namespace/:name', async (req, res) => {
    const entityRef = access.entityRef(req);
    const credentials = await access.readerCredentials(req);
    await access.require(
      mlopsMaturityScorecardReadPermission,
      entityRef,
      credentials,
    );
    const evidence = await access.evidence(entityRef, credentials, 'read');
    const { scorecard } = await scoreEntity(options, entityRef, evidence);
    res.json({
      entityRef,
      items: scorecard.roadmap,
      targets: targetsInForce(scorecard),
    });
  });
}
