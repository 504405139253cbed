import { mlopsMaturityTargetUpdatePermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { auditedWrite, pathEntityRef } from '../audit';
import { checkTargets, parseInput, saveTargetsBodySchema } from '../validation';
import type { EntityRouteContext } from './entityRouteContext';

/** `GET` and `PUT /targets/{kind}/{namespace}/{name}`. */
export function registerTargetRoutes(
  router: Router,
  { model, access, service, auditor, logger }: EntityRouteContext,
) {
  router.get('/targets/:kind/:namespace/:name', async (req, res) => {
    const read = await access.authorizeRead(
      req,
      mlopsMaturityTargetUpdatePermission,
    );
    res.json(await service.targets(read));
  });

  router.put('/targets/:kind/:namespace/:name', async (req, res) => {
    const body = await auditedWrite(
      {
        auditor,
        logger,
        request: req,
        eventId: 'targets-update',
        meta: { entityRef: pathEntityRef(req) },
      },
      async () => {
        const entityRef = access.entityRef(req);
        const credentials = await access.writerCredentials(req);
        const input = parseInput(
          saveTargetsBodySchema,
          req.body,
          'request body',
        );
        const targets = checkTargets(model, input.targets);
        const write = await access.authorizeWrite(
          entityRef,
          credentials,
          mlopsMaturityTargetUpdatePermission,
        );
        return service.setTargets(write, targets);
      },
    );
    res.json(body);
  });
}
