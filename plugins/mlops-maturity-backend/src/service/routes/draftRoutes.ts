import {
  mlopsMaturityAssessmentUpdatePermission,
  type Answer,
  type AnswerSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { auditedWrite, pathEntityRef } from '../audit';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';
import { checkAnswers, parseInput, saveDraftBodySchema } from '../validation';

/** Criterion ids whose answer differs between two answer sets. */
function changedCriteria(before: AnswerSet, after: AnswerSet): string[] {
  const same = (a?: Answer, b?: Answer) =>
    JSON.stringify(a) === JSON.stringify(b);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter(id => !same(before[id], after[id]))
    .sort();
}

/** `PUT /assessments/{kind}/{namespace}/{name}/draft`: save with optimistic locking. */
export function registerDraftRoutes(
  router: Router,
  options: RouterOptions,
  access: EntityAccess,
) {
  const { auditor, model, store } = options;
  const now = () => options.now?.() ?? new Date();

  router.put('/assessments/:kind/:namespace/:name/draft', async (req, res) => {
    const draft = await auditedWrite(
      {
        auditor,
        request: req,
        eventId: 'draft-save',
        meta: { entityRef: pathEntityRef(req) },
      },
      async () => {
        const entityRef = access.entityRef(req);
        const credentials = await access.writerCredentials(req);
        const body = parseInput(saveDraftBodySchema, req.body, 'request body');
        const answers = checkAnswers(model, body.answers);
        await access.require(
          mlopsMaturityAssessmentUpdatePermission,
          entityRef,
          credentials,
        );
        await access.entity(entityRef, credentials, 'write');
        const saved = await store.saveDraft({
          entityRef,
          expectedRevision: body.revision,
          answers,
          updatedBy: credentials.principal.userEntityRef,
          updatedAt: now(),
        });
        return {
          result: saved.draft,
          changes: {
            entityRef,
            revision: saved.draft.revision,
            changedCriteria: changedCriteria(saved.previousAnswers, answers),
          },
        };
      },
    );
    res.json(draft);
  });
}
