/**
 * Operations on one entity: reading its scorecard, saving its draft and
 * submitting an assessment. Writes go to services of the guest's team, which
 * the demo permission policy lets the guest change; each worker writes to
 * its own services, so concurrent drafts never race for one revision.
 */
import {
  defaultModel,
  type AnswerSet,
  type AssessmentResponse,
  type Draft,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { pick } from '../random';
import { assertValidAnswers, randomAnswers } from '../seed/answers';
import {
  entityPath,
  type LoadOperation,
  type OperationContext,
} from './benchOperation';

const API = '/api/mlops-maturity';

/**
 * A few valid answer sets to send, made before the clock starts. Each
 * answers every criterion (or marks it not applicable), as a submission
 * must by default (`mlopsMaturity.submission.minimumCompleteness`).
 */
function answerPool(random: () => number): AnswerSet[] {
  return Array.from({ length: 16 }, (_, i) => {
    const answers = randomAnswers(defaultModel, random, i / 16, 1);
    assertValidAnswers(defaultModel, answers, 'a write request');
    return answers;
  });
}

/** The entity a worker writes to on an iteration: one of its own share of the writable refs. */
function writeTarget(
  ctx: OperationContext,
  worker: number,
  iteration: number,
  workers: number,
): string {
  const own = ctx.writableRefs.filter((_, i) => i % workers === worker);
  return own[iteration % own.length];
}

/** Every worker needs services of its own to write to. */
function tooFewWritable(
  ctx: OperationContext,
): { missing: string } | undefined {
  if (ctx.writableRefs.length >= ctx.concurrency) return undefined;
  return {
    missing: `the guest's team owns ${ctx.writableRefs.length} services; ${ctx.concurrency} workers need one each`,
  };
}

/** `GET /scorecards/...` of random ML services. */
export const scorecardRead: LoadOperation = {
  kind: 'load',
  id: 'scorecard',
  label: 'Scorecard read',
  async prepare(ctx) {
    return async () => {
      const ref = pick(ctx.random, ctx.serviceRefs);
      return (
        await ctx.guest.expect('GET', `${API}/scorecards/${entityPath(ref)}`, [
          200,
        ])
      ).ms;
    };
  },
};

/**
 * `GET /api/catalog/entities/by-name/...` of random ML services: the catalog
 * read a scorecard makes for fresh evidence, measured on its own for
 * comparison. It has no target.
 */
export const catalogEntityRead: LoadOperation = {
  kind: 'load',
  id: 'catalog-entity',
  label: 'Catalog entity read (reference)',
  async prepare(ctx) {
    return async () => {
      const ref = pick(ctx.random, ctx.serviceRefs);
      return (
        await ctx.guest.expect(
          'GET',
          `/api/catalog/entities/by-name/${entityPath(ref)}`,
          [200],
        )
      ).ms;
    };
  },
};

/** `PUT /assessments/.../draft` with the revision the last save returned. */
export const draftSave: LoadOperation = {
  kind: 'load',
  id: 'draft',
  label: 'Draft save',
  async prepare(ctx) {
    const few = tooFewWritable(ctx);
    if (few) return few;
    const pool = answerPool(ctx.random);
    const revisions = new Map<string, number>();
    for (const ref of ctx.writableRefs) {
      const assessment = await ctx.guest.json<AssessmentResponse>(
        `${API}/assessments/${entityPath(ref)}`,
      );
      revisions.set(ref, assessment.revision);
    }
    return async (worker, iteration, workers) => {
      const ref = writeTarget(ctx, worker, iteration, workers);
      const response = await ctx.guest.expect(
        'PUT',
        `${API}/assessments/${entityPath(ref)}/draft`,
        [200],
        {
          revision: revisions.get(ref),
          answers: pool[iteration % pool.length],
        },
      );
      revisions.set(ref, (JSON.parse(response.body) as Draft).revision);
      return response.ms;
    };
  },
};

/** `POST /assessments/.../submissions` with the answers in the body. */
export const submission: LoadOperation = {
  kind: 'load',
  id: 'submission',
  label: 'Submission',
  async prepare(ctx) {
    const few = tooFewWritable(ctx);
    if (few) return few;
    const pool = answerPool(ctx.random);
    return async (worker, iteration, workers) => {
      const ref = writeTarget(ctx, worker, iteration, workers);
      const path = `${API}/assessments/${entityPath(ref)}/submissions`;
      return (
        await ctx.guest.expect('POST', path, [201], {
          answers: pool[iteration % pool.length],
        })
      ).ms;
    };
  },
};
