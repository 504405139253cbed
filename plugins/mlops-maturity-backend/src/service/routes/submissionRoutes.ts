import { mlopsMaturityAssessmentUpdatePermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { auditedWrite, pathEntityRef } from '../audit';
import { checkAnswers, parseInput, submitBodySchema } from '../validation';
import type { EntityRouteContext } from './entityRouteContext';

/**
 * `POST /assessments/{kind}/{namespace}/{name}/submissions`: submit the body's
 * answers or the draft, with the levels computed now, with fresh evidence.
 */
export function registerSubmissionRoutes(
  router: Router,
  { model, access, service, auditor, logger }: EntityRouteContext,
) {
  router.post(
    '/assessments/:kind/:namespace/:name/submissions',
    async (req, res) => {
      const submission = await auditedWrite(
        {
          auditor,
          logger,
          request: req,
          eventId: 'submit',
          meta: { entityRef: pathEntityRef(req) },
        },
        async () => {
          const entityRef = access.entityRef(req);
          const credentials = await access.writerCredentials(req);
          const body = parseInput(submitBodySchema, req.body, 'request body');
          const answers = body.answers && checkAnswers(model, body.answers);
          const write = await access.authorizeWrite(
            entityRef,
            credentials,
            mlopsMaturityAssessmentUpdatePermission,
          );
          return service.submit(write, { answers, revision: body.revision });
        },
      );
      res.status(201).json(submission);
    },
  );
}
