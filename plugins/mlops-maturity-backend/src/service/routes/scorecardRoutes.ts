import {
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityScorecardReadPermission,
  type ScorecardResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';
import { scoreEntity } from '../scoreEntity';

/** `GET /scorecards/{kind}/{namespace}/{name}`. */
export function registerScorecardRoutes(
  router: Router,
  options: RouterOptions,
  access: EntityAccess,
) {
  router.get('/scorecards/:kind/:namespace/:name', async (req, res) => {
    const entityRef = access.entityRef(req);
    const credentials = await access.readerCredentials(req);
    await access.require(
      mlopsMaturityScorecardReadPermission,
      entityRef,
      credentials,
    );
    const evidence = await access.evidence(entityRef, credentials, 'read');
    const [scored, canEdit] = await Promise.all([
      scoreEntity(options, entityRef, evidence),
      access.canEdit(
        mlopsMaturityAssessmentUpdatePermission,
        entityRef,
        credentials,
      ),
    ]);
    const { latest } = scored;
    const body: ScorecardResponse = {
      entityRef,
      scorecard: scored.scorecard,
      assessed: latest
        ? {
            by: latest.submittedBy,
            at: latest.submittedAt,
            submissionId: latest.id,
          }
        : null,
      hasDraft: scored.hasDraft,
      evidenceStatus: evidence.status,
      canEdit,
    };
    res.json(body);
  });
}
