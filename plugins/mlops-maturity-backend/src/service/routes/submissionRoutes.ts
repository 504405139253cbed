import { randomUUID } from 'node:crypto';
import { InputError } from '@backstage/errors';
import {
  mlopsMaturityAssessmentUpdatePermission,
  type AnswerSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { buildIndexEntry } from '../../overview/indexEntry';
import {
  levelsOf,
  scorecardAtSubmission,
} from '../../scoring/submissionLevels';
import { auditedWrite, pathEntityRef } from '../audit';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';
import { checkAnswers, parseInput, submitBodySchema } from '../validation';

/**
 * `POST /assessments/{kind}/{namespace}/{name}/submissions`: submit the body's
 * answers or the draft, with the levels computed now, with fresh evidence.
 */
export function registerSubmissionRoutes(
  router: Router,
  options: RouterOptions,
  access: EntityAccess,
) {
  const { auditor, model, store } = options;
  const now = () => options.now?.() ?? new Date();

  router.post(
    '/assessments/:kind/:namespace/:name/submissions',
    async (req, res) => {
      const submission = await auditedWrite(
        {
          auditor,
          request: req,
          eventId: 'submit',
          meta: { entityRef: pathEntityRef(req) },
        },
        async () => {
          const entityRef = access.entityRef(req);
          const credentials = await access.writerCredentials(req);
          const body = parseInput(submitBodySchema, req.body, 'request body');
          const bodyAnswers = body.answers && checkAnswers(model, body.answers);
          await access.require(
            mlopsMaturityAssessmentUpdatePermission,
            entityRef,
            credentials,
          );
          const evidence = await access.evidence(
            entityRef,
            credentials,
            'write',
          );
          let answers: AnswerSet;
          let expectedDraftRevision = body.revision;
          if (bodyAnswers) {
            answers = bodyAnswers;
          } else {
            const draft = await store.getDraft(entityRef);
            if (!draft) {
              throw new InputError(
                `${entityRef} has no draft to submit; send the answers in the body`,
              );
            }
            // Only the draft that was read may be submitted.
            expectedDraftRevision ??= draft.revision;
            answers = draft.answers;
          }
          const submittedAt = now();
          const id = randomUUID();
          const submittedBy = credentials.principal.userEntityRef;
          const scorecard = scorecardAtSubmission({
            model,
            answers,
            evidence: evidence.evidence,
            submittedAt,
            staleAfterDays: options.staleAfterDays,
            targets: await store.getTargets(entityRef),
          });
          // Writes read the entity (a catalog failure is a 503), so it is known here.
          const index =
            evidence.entity &&
            buildIndexEntry({
              model,
              entity: evidence.entity,
              scorecard,
              latest: { id, submittedAt, submittedBy },
              seenAt: submittedAt,
            });
          const written = await store.submit(
            {
              id,
              entityRef,
              answers,
              submittedBy,
              submittedAt,
              modelId: model.id,
              modelVersion: model.version,
              ...levelsOf(scorecard),
            },
            { expectedDraftRevision, index: index ?? undefined },
          );
          return {
            result: written,
            changes: {
              entityRef,
              submissionId: written.id,
              draftRevision: expectedDraftRevision ?? null,
              modelVersion: written.modelVersion,
              overallLevel: written.overallLevel,
              areaLevels: written.areaLevels,
            },
          };
        },
      );
      res.status(201).json(submission);
    },
  );
}
