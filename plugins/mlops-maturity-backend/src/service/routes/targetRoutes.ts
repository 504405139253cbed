import {
  mlopsMaturityScorecardReadPermission,
  mlopsMaturityTargetUpdatePermission,
  type TargetsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import type { Router } from 'express';
import { buildIndexEntry } from '../../overview/indexEntry';
import { auditedWrite, pathEntityRef } from '../audit';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';
import { scoreEntity, targetsInForce, type ScoredEntity } from '../scoreEntity';
import { checkTargets, parseInput, saveTargetsBodySchema } from '../validation';

/**
 * Targets shape the roadmap, so the service's gaps in the organisation index
 * change with them. The targets are saved by then: a failing index write is
 * only logged, and the next catalog refresh catches up.
 */
async function updateIndex(
  options: RouterOptions,
  entity: Entity | null,
  scored: ScoredEntity,
) {
  if (!entity) return;
  const { latest } = scored;
  try {
    await options.overview.writeEntry(
      buildIndexEntry({
        model: options.model,
        entity,
        scorecard: scored.scorecard,
        latest: latest
          ? {
              id: latest.id,
              submittedAt: new Date(latest.submittedAt),
              submittedBy: latest.submittedBy,
            }
          : null,
        seenAt: options.now?.() ?? new Date(),
      }),
    );
  } catch (error) {
    options.logger.warn(
      `The organisation index entry of ${stringifyEntityRef(
        entity,
      )} could not be updated after a target change: ${stringifyError(error)}`,
    );
  }
}

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
        await updateIndex(options, evidence.entity, scored);
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
