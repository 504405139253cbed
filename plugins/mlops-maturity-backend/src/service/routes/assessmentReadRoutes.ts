import { InputError, NotFoundError } from '@backstage/errors';
import {
  mlopsMaturityAssessmentUpdatePermission,
  mlopsMaturityScorecardReadPermission,
  type AssessmentResponse,
  type SubmissionHistoryResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Request, Router } from 'express';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The checks shared by every assessment read: ref, caller, read permission, entity. */
async function readAccess(access: EntityAccess, req: Request) {
  const entityRef = access.entityRef(req);
  const credentials = await access.readerCredentials(req);
  await access.require(
    mlopsMaturityScorecardReadPermission,
    entityRef,
    credentials,
  );
  await access.entity(entityRef, credentials, 'read');
  return { entityRef, credentials };
}

/** `GET /assessments/...`, its submission history and single submissions. */
export function registerAssessmentReadRoutes(
  router: Router,
  options: RouterOptions,
  access: EntityAccess,
) {
  const { store } = options;

  router.get('/assessments/:kind/:namespace/:name', async (req, res) => {
    const { entityRef, credentials } = await readAccess(access, req);
    const [draft, latest, canEdit] = await Promise.all([
      store.getDraft(entityRef),
      store.getLatestSubmission(entityRef),
      access.canEdit(
        mlopsMaturityAssessmentUpdatePermission,
        entityRef,
        credentials,
      ),
    ]);
    const body: AssessmentResponse = {
      entityRef,
      revision: draft?.revision ?? 0,
      draft: draft ?? null,
      latestSubmission: latest ?? null,
      canEdit,
    };
    res.json(body);
  });

  router.get(
    '/assessments/:kind/:namespace/:name/submissions',
    async (req, res) => {
      const { entityRef } = await readAccess(access, req);
      const body: SubmissionHistoryResponse = {
        entityRef,
        items: await store.listSubmissions(entityRef),
      };
      res.json(body);
    },
  );

  router.get(
    '/assessments/:kind/:namespace/:name/submissions/:id',
    async (req, res) => {
      const { id } = req.params;
      if (!UUID.test(id)) {
        throw new InputError(
          `Malformed submission id '${id}': expected a UUID`,
        );
      }
      const { entityRef } = await readAccess(access, req);
      const submission = await store.getSubmission(entityRef, id.toLowerCase());
      if (!submission) {
        throw new NotFoundError(`${entityRef} has no submission ${id}`);
      }
      res.json(submission);
    },
  );
}
