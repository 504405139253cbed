import { mlopsMaturityAssessmentUpdatePermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { auditedWrite, pathEntityRef } from '../audit';
import {
  checkAnswers,
  discardDraftQuerySchema,
  parseInput,
  saveDraftBodySchema,
} from '../validation';
import type { EntityRouteContext } from './entityRouteContext';

/**
 * `PUT /assessments/{kind}/{namespace}/{name}/draft`: save with optimistic
 * locking; `DELETE` with `?revision=N`: discard the draft, with the same lock.
 */
export function registerDraftRoutes(
  router: Router,
  { model, access, service, auditor, logger }: EntityRouteContext,
) {
  router.put('/assessments/:kind/:namespace/:name/draft', async (req, res) => {
    const draft = await auditedWrite(
      {
        auditor,
        logger,
        request: req,
        eventId: 'draft-save',
        meta: { entityRef: pathEntityRef(req) },
      },
      async () => {
        const entityRef = access.entityRef(req);
        const credentials = await access.writerCredentials(req);
        const body = parseInput(saveDraftBodySchema, req.body, 'request body');
        const answers = checkAnswers(model, body.answers);
        const write = await access.authorizeWrite(
          entityRef,
          credentials,
          mlopsMaturityAssessmentUpdatePermission,
        );
        return service.saveDraft(write, { revision: body.revision, answers });
      },
    );
    res.json(draft);
  });

  router.delete(
    '/assessments/:kind/:namespace/:name/draft',
    async (req, res) => {
      await auditedWrite(
        {
          auditor,
          logger,
          request: req,
          eventId: 'draft-discard',
          meta: { entityRef: pathEntityRef(req) },
        },
        async () => {
          const entityRef = access.entityRef(req);
          const credentials = await access.writerCredentials(req);
          const { revision } = parseInput(
            discardDraftQuerySchema,
            req.query,
            'query',
          );
          const write = await access.authorizeWrite(
            entityRef,
            credentials,
            mlopsMaturityAssessmentUpdatePermission,
          );
          return service.discardDraft(write, revision);
        },
      );
      res.status(204).end();
    },
  );
}
