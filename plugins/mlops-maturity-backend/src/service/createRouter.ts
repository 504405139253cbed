import express from 'express';
import Router from 'express-promise-router';
import { createEntityServices } from './entityServices';
import { errorFilter } from './errorFilter';
import type { RouterOptions } from './RouterOptions';
import { requireJsonBody } from './requireJsonBody';
import { registerCampaignRoutes } from './routes/campaignRoutes';
import { registerAssessmentReadRoutes } from './routes/assessmentReadRoutes';
import { registerDraftRoutes } from './routes/draftRoutes';
import { registerModelRoutes } from './routes/modelRoutes';
import { registerOverviewEntityRoutes } from './routes/overviewEntityRoutes';
import { registerOverviewLevelsRoutes } from './routes/overviewLevelsRoutes';
import { registerOverviewRoutes } from './routes/overviewRoutes';
import { registerReportRoutes } from './routes/reportRoutes';
import { registerReviewRoutes } from './routes/reviewRoutes';
import { ReviewService } from '../reviews/ReviewService';
import { registerRoadmapRoutes } from './routes/roadmapRoutes';
import { registerScorecardRoutes } from './routes/scorecardRoutes';
import { registerSubmissionRoutes } from './routes/submissionRoutes';
import { registerTargetRoutes } from './routes/targetRoutes';
import { registerTeamReportRoutes } from './routes/teamReportRoutes';

/** Largest JSON body accepted; a full assessment with notes stays well below. */
export const MAX_BODY_SIZE = '256kb';

/**
 * The plugin's HTTP API (see `src/schema/openapi.yaml`). Every route is
 * registered directly on this router, which lets a test compare the routes
 * with the spec. Errors leave it through {@link errorFilter}: database
 * outages are 503, and no 500 carries SQL text or a stack.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: MAX_BODY_SIZE }));
  router.use(requireJsonBody());
  const { access, service } = createEntityServices(options);
  const entityRoutes = { ...options, access, service };
  registerModelRoutes(router, options, access);
  registerScorecardRoutes(router, entityRoutes);
  registerAssessmentReadRoutes(router, entityRoutes);
  registerDraftRoutes(router, entityRoutes);
  registerSubmissionRoutes(router, entityRoutes);
  registerTargetRoutes(router, entityRoutes);
  registerRoadmapRoutes(router, entityRoutes);
  registerReportRoutes(router, entityRoutes);
  registerReviewRoutes(router, {
    ...entityRoutes,
    reviews: new ReviewService(options),
  });
  registerOverviewRoutes(router, options);
  registerOverviewEntityRoutes(router, options);
  registerOverviewLevelsRoutes(router, options);
  registerTeamReportRoutes(router, options);
  if (options.campaigns) {
    registerCampaignRoutes(router, {
      ...options,
      campaigns: options.campaigns,
      access,
      service,
    });
  }
  // Last: no database message, SQL text or stack reaches a client.
  router.use(errorFilter(options.logger));
  return router;
}
