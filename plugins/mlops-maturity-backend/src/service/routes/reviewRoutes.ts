import { mlopsMaturityReviewPermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import type { ReviewService } from '../../reviews/ReviewService';
import { auditedWrite, pathEntityRef } from '../audit';
import type { EntityRouteContext } from './entityRouteContext';

/**
 * `GET` and `POST /reviews/{kind}/{namespace}/{name}`: an entity's reviews,
 * and a review of its latest submission by a user with
 * `mlops-maturity.review` on the entity (audited as `review`).
 */
export function registerReviewRoutes(
  router: Router,
  {
    access,
    reviews,
    auditor,
    logger,
  }: EntityRouteContext & { reviews: ReviewService },
) {
  router.get('/reviews/:kind/:namespace/:name', async (req, res) => {
    const read = await access.authorizeRead(req, mlopsMaturityReviewPermission);
    res.json(await reviews.list(read));
  });

  router.post('/reviews/:kind/:namespace/:name', async (req, res) => {
    const review = await auditedWrite(
      {
        auditor,
        logger,
        request: req,
        eventId: 'review',
        meta: { entityRef: pathEntityRef(req) },
      },
      async () => {
        const entityRef = access.entityRef(req);
        const credentials = await access.writerCredentials(req);
        const write = await access.authorizeWrite(
          entityRef,
          credentials,
          mlopsMaturityReviewPermission,
        );
        return reviews.record(write, req.body);
      },
    );
    res.status(201).json(review);
  });
}
