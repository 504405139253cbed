import {
  mlopsMaturityScorecardReadPermission,
  mlopsMaturityTargetUpdatePermission,
  type TargetsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { auditedWrite, pathEntityRef } from '../audit';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';
import { scoreEntity, targetsInForce } from '../scoreEntity';
import { checkTargets, parseInput, saveTargetsBodySchema } from '../validation';

/** `GET` and `PUT /targets/{kind}/{namespace}/{name}`. */
export function registerTargetRoutes(
  router: Router,
  options: RouterOptions,
  access: EntityAccess,
) {
  const { auditor, model, store } = options;

  router.get('/targets/:kind/:namespace/:name', async (req, res) => {
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
        mlopsMaturityTargetUpdatePermission,
        entityRef,
        credentials,
      ),
    ]);
    const body: TargetsResponse = {
      entityRef,
      targets: scored.targets,
      effective: targetsInForce(scored.scorecard),
      canEdit,
    };
    res.json(body);
  });

  router.put('/targets/:kind/:namespace/:name', async (req, res) => {
    const body = await auditedWrite(
      {
        auditor,
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
        await access.require(
          mlopsMaturityTargetUpdatePermission,
          entityRef,
          credentials,
        );
        const evidence = await access.evidence(entityRef, credentials, 'write');
        const previous = await store.replaceTargets({
          entityRef,
          targets,
          updatedBy: credentials.principal.userEntityRef,
          updatedAt: options.now?.() ?? new Date(),
        });
        const scored = await scoreEntity(options, entityRef, evidence);
        const result: TargetsResponse = {
          entityRef,
          targets: scored.targets,
          effective: targetsInForce(scored.scorecard),
          canEdit: true,
        };
        return { result, changes: { entityRef, previous, targets } };
      },
    );
    res.json(body);
  });
}
