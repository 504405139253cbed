import { z } from 'zod';

/**
 * A point in time in a seed file: an ISO 8601 timestamp, or `-<n>d` for n
 * days before the import, so demo data keeps its age whenever it is loaded.
 */
const when = z
  .string()
  .refine(
    text => /^-\d+d$/.test(text) || !Number.isNaN(Date.parse(text)),
    'expected an ISO 8601 timestamp or -<days>d (days before the import)',
  );

const answers = z.record(z.unknown());

/** One entity's demo data. */
export const seedEntrySchema = z
  .object({
    entityRef: z.string().min(1),
    submissions: z
      .array(
        z
          .object({
            submittedAt: when,
            submittedBy: z.string().min(1),
            answers,
          })
          .strict(),
      )
      .default([]),
    draft: z
      .object({
        answers,
        updatedBy: z.string().min(1),
        updatedAt: when.optional(),
      })
      .strict()
      .optional(),
    targets: z.record(z.unknown()).optional(),
  })
  .strict();

/** The whole seed file: a list of entities. */
export const seedFileSchema = z.array(seedEntrySchema);

/** A parsed seed entry. */
export type SeedEntry = z.infer<typeof seedEntrySchema>;

/** Resolves a seed time against the moment of the import. */
export function resolveSeedTime(text: string, now: Date): Date {
  const relative = /^-(\d+)d$/.exec(text);
  if (relative) {
    return new Date(now.getTime() - Number(relative[1]) * 24 * 60 * 60 * 1000);
  }
  return new Date(text);
}
