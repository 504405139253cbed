import { InputError } from '@backstage/errors';
import {
  validateAnswers,
  validateTargets,
  type AnswerSet,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { z } from 'zod';

/**
 * A revision as a client sends it back: a whole number from 0 up to
 * `Number.MAX_SAFE_INTEGER`. Larger numbers (`1e308`) are integers to
 * JavaScript but cannot be a revision the backend handed out, and would
 * reach the database as values its columns cannot hold; they are a 400
 * naming the field.
 */
export const revisionSchema = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER);

/** `PUT /assessments/.../draft`. */
export const saveDraftBodySchema = z
  .object({
    revision: revisionSchema,
    answers: z.record(z.unknown()),
  })
  .strict();

/**
 * `DELETE /assessments/.../draft?revision=N`: the revision comes in the
 * query (a DELETE carries no body through every proxy), as decimal digits.
 */
export const discardDraftQuerySchema = z
  .object({
    revision: z
      .string({ required_error: 'Required' })
      .regex(/^\d{1,16}$/, 'must be a whole number from 0 to 2^53 - 1')
      .transform(Number)
      .pipe(revisionSchema),
  })
  .strict();

/** `POST /assessments/.../submissions`. */
export const submitBodySchema = z
  .object({
    answers: z.record(z.unknown()).optional(),
    revision: revisionSchema.optional(),
  })
  .strict();

/** `POST /scorecards/.../preview`. */
export const previewBodySchema = z
  .object({ answers: z.record(z.unknown()) })
  .strict();

/** `PUT /targets/...`. */
export const saveTargetsBodySchema = z
  .object({ targets: z.record(z.unknown()) })
  .strict();

function describePath(path: (string | number)[]): string {
  return path.length ? path.join('.') : '(body)';
}

/**
 * Parses a body or query with a zod schema; any mismatch, unknown fields
 * included, is an `InputError` (400) naming the field.
 */
export function parseInput<T extends z.ZodTypeAny>(
  schema: T,
  input: unknown,
  what: string,
): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const details = result.error.issues
    .map(issue => `${describePath(issue.path)}: ${issue.message}`)
    .join('; ');
  throw new InputError(`Invalid ${what}: ${details}`);
}

/** Answers checked by the model's rules; a 400 names every criterion that is wrong. */
export function checkAnswers(model: MaturityModel, input: unknown): AnswerSet {
  const result = validateAnswers(model, input);
  if (result.ok) return result.answers;
  throw new InputError(
    `Invalid answers: ${result.issues.map(i => i.message).join('; ')}`,
  );
}

/** Targets checked against the model's areas and levels; a 400 names every wrong area. */
export function checkTargets(
  model: MaturityModel,
  input: unknown,
): Record<string, string> {
  const result = validateTargets(model, input);
  if (result.ok) return result.targets;
  throw new InputError(
    `Invalid targets: ${result.issues.map(i => i.message).join('; ')}`,
  );
}
