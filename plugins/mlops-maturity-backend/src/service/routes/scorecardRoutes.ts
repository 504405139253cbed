import {
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityScorecardReadPermission,
  type AnswerSet,
  type ScorecardResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Request, Router } from 'express';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';
import { scoreEntity } from '../scoreEntity';
import { checkAnswers, parseInput, previewBodySchema } from '../validation';

/**
 * `GET /scorecards/{kind}/{namespace}/{name}` and
 * `POST /scorecards/{kind}/{namespace}/{name}/preview` (the scorecard that
 * given answers would give, stored nowhere).
 */
export function registerScorecardRoutes(
  router: Router,
  options: RouterOptions,
  access: EntityAccess,
) {
  router.get('/scorecards/:kind/:namespace/:name', async (req, res) => {
    res.json(await scorecardResponse(req, options, access));
  });

  router.post(
    '/scorecards/:kind/:namespace/:name/preview',
    async (req, res) => {
      const body = parseInput(previewBodySchema, req.body, 'request body');
      const answers = checkAnswers(options.model, body.answers);
      res.json(await scorecardResponse(req, options, access, { answers }));
    },
  );
}

async function scorecardResponse(
  req: Request,
  options: RouterOptions,
  access: EntityAccess,
  preview?: { answers: AnswerSet },
): Promise<ScorecardResponse> {
  const entityRef = access.entityRef(req);
  const credentials = await access.readerCredentials(req);
  // The evidence and the edit decision are fetched while the read decision
  // is pending (each is a round trip to another plugin), but nothing is
  // answered before the read decision allows it.
  const evidencePending = access.evidence(entityRef, credentials, 'read');
  const canEditPending = access.canEdit(
    mlopsMaturityAssessmentUpdatePermission,
    entityRef,
    credentials,
  );
  evidencePending.catch(() => undefined);
  canEditPending.catch(() => undefined);
  await access.require(
    mlopsMaturityScorecardReadPermission,
    entityRef,
    credentials,
  );
  const [evidence, canEdit] = await Promise.all([
    evidencePending,
    canEditPending,
  ]);
  const scored = await scoreEntity(options, entityRef, evidence, preview);
  const { latest } = scored;
  return {
    entityRef,
    scorecard: scored.scorecard,
    assessed:
      latest && !preview
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
}
