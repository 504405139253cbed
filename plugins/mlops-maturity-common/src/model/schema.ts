import { z } from 'zod';
import { ANSWER_TYPES } from '../answers/answerDefinitions';
import type { MaturityModel } from './types';

/**
 * Runtime shape of a model file. Objects are strict so that a misspelt key in
 * an organisation's own model (`levelID`, `pt_BR`) is reported instead of being
 * silently ignored. Rules that need the whole model (unique ids, references)
 * live in `crossChecks.ts`.
 */

const id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'must start with a letter or digit and contain only letters, digits, ".", "_" and "-"',
  );

const text = z.string().trim().min(1, 'must not be empty');

const localizedText = z.object({ en: text, 'pt-BR': text }).strict();

/** A product name, or a generic tool name in every language. */
const toolName = z.union([text, localizedText]);

const level = z
  .object({ id, title: localizedText, description: localizedText })
  .strict();

const areaLevelDescription = z
  .object({
    summary: localizedText,
    characteristics: z.array(localizedText).default([]),
    tools: z.array(toolName).default([]),
    challenges: z.array(localizedText).default([]),
    benefits: z.array(localizedText).default([]),
  })
  .strict();

const option = z
  .object({
    id,
    label: localizedText,
    credit: z.number().min(0).max(1),
  })
  .strict();

const sufficient = z.boolean().optional();

const evidenceRule = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('annotation'),
      key: text,
      pattern: z.string().min(1).optional(),
      sufficient,
    })
    .strict(),
  z.object({ type: z.literal('tag'), tag: text, sufficient }).strict(),
  z
    .object({
      type: z.literal('link'),
      linkType: text.optional(),
      urlPattern: z.string().min(1).optional(),
      sufficient,
    })
    .strict(),
  z
    .object({
      type: z.literal('field'),
      path: text,
      oneOf: z.array(z.string()).min(1).optional(),
      sufficient,
    })
    .strict(),
  z.object({ type: z.literal('ownerIsGroup'), sufficient }).strict(),
  z
    .object({
      type: z.literal('relation'),
      relation: text,
      targetKind: text,
      targetType: text.optional(),
      sufficient,
    })
    .strict(),
  z
    .object({ type: z.literal('collector'), collectorId: text, sufficient })
    .strict(),
]);

const criterion = z
  .object({
    id,
    levelId: id,
    answerType: z.enum(ANSWER_TYPES),
    question: localizedText,
    help: localizedText.optional(),
    recommendation: localizedText,
    exampleTools: z.array(toolName).default([]),
    effort: z.enum(['low', 'medium', 'high']),
    options: z.array(option).min(2).optional(),
    evidence: z
      .object({
        match: z.enum(['any', 'all']).optional(),
        rules: z.array(evidenceRule).min(1),
      })
      .strict()
      .optional(),
    mlTestScoreSection: z
      .enum(['data', 'model', 'infrastructure', 'monitoring'])
      .optional(),
  })
  .strict();

const area = z
  .object({
    id,
    title: localizedText,
    description: localizedText,
    levels: z.record(z.string(), areaLevelDescription),
    criteria: z.array(criterion).min(1),
  })
  .strict();

const overallLevel = z
  .object({
    id,
    title: localizedText,
    description: localizedText,
    requirements: z
      .array(
        z
          .object({
            areas: z.union([z.literal('all'), z.array(id).min(1)]),
            atLeast: id,
          })
          .strict(),
      )
      .default([]),
    crosswalk: z
      .object({
        google: text.optional(),
        microsoft: text.optional(),
        mlopsCommunity: text.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/**
 * The zod schema of a {@link MaturityModel} file: structure only; see
 * `validateModel` for the checks across the whole model.
 * @public
 */
export const maturityModelSchema: z.ZodType<
  MaturityModel,
  z.ZodTypeDef,
  unknown
> = z
  .object({
    id,
    version: text,
    title: localizedText,
    description: localizedText,
    levels: z
      .array(level)
      .min(2, 'needs the floor level and at least one level above it'),
    areas: z.array(area).min(1),
    overallLevels: z.array(overallLevel).min(1),
  })
  .strict();
