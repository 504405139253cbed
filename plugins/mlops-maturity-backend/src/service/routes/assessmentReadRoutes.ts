import { InputError } from '@backstage/errors';
import {
  mlopsMaturityAssessmentUpdatePermission,
  type SubmissionHistoryResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import type { EntityRouteContext } from './entityRouteContext';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `GET /assessments/...`, its submission history and single submissions. */
export function registerAssessmentReadRoutes(
  router: Router,
  { access, service }: EntityRouteContext,
) {
  router.get('/assessments/:kind/:namespace/:name', async (req, res) => {
    const read = await access.authorizeRead(
      req,
      mlopsMaturityAssessmentUpdatePermission,
    );
    res.json(await service.assessment(read));
  });

  router.get(
    '/assessments/:kind/:namespace/:name/submissions',
    async (req, res) => {
      const read = await access.authorizeRead(req);
      const body: SubmissionHistoryResponse = {
        entityRef: read.entityRef,
        items: await service.history(read),
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
      const read = await access.authorizeRead(req);
      res.json(await service.submission(read, id.toLowerCase()));
    },
  );
}
