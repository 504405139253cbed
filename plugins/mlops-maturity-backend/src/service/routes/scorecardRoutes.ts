import { mlopsMaturityAssessmentUpdatePermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { checkAnswers, parseInput, previewBodySchema } from '../validation';
import type { EntityRouteContext } from './entityRouteContext';

/**
 * `GET /scorecards/{kind}/{namespace}/{name}` and
 * `POST /scorecards/{kind}/{namespace}/{name}/preview` (the scorecard that
 * given answers would give, stored nowhere).
 */
export function registerScorecardRoutes(
  router: Router,
  { model, access, service }: EntityRouteContext,
) {
  router.get('/scorecards/:kind/:namespace/:name', async (req, res) => {
    const read = await access.authorizeRead(
      req,
      mlopsMaturityAssessmentUpdatePermission,
    );
    res.json(await service.scorecard(read));
  });

  router.post(
    '/scorecards/:kind/:namespace/:name/preview',
    async (req, res) => {
      const body = parseInput(previewBodySchema, req.body, 'request body');
      const answers = checkAnswers(model, body.answers);
      const read = await access.authorizeRead(
        req,
        mlopsMaturityAssessmentUpdatePermission,
      );
      res.json(await service.scorecard(read, answers));
    },
  );
}
