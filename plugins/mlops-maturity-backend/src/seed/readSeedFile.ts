import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  validateAnswers,
  validateTargets,
  type AnswerSet,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { NewSubmission, SeedData } from '../database/AssessmentStore';
import { scoreSubmission } from '../scoring/submissionLevels';
import { jsonArrayElements } from './jsonArrayElements';
import {
  resolveSeedTime,
  seedEntrySchema,
  seedFileSchema,
  type SeedEntry,
} from './seedFileSchema';

/** The config key that points at the demo data file. */
export const SEED_FILE_CONFIG_KEY = 'mlopsMaturity.seed.file';

/** Problems found in a seed file, each as `<path>: <message>`. */
class SeedIssues {
  readonly lines: string[] = [];
  add(path: string, message: string) {
    this.lines.push(`${path || '(root)'}: ${message}`);
  }
}

/**
 * A stable UUID per seeded submission: replicas importing the same file at
 * the same time produce the same ids, so only one import can succeed.
 */
function seedSubmissionId(entityRef: string, index: number, when: string) {
  const hex = createHash('sha256')
    .update(`${entityRef}#${index}#${when}`)
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(
    13,
    16,
  )}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function checkedAnswers(
  model: MaturityModel,
  input: Record<string, unknown>,
  path: string,
  issues: SeedIssues,
): AnswerSet {
  const result = validateAnswers(model, input);
  if (result.ok) return result.answers;
  result.issues.forEach(i => issues.add(`${path}.${i.path}`, i.message));
  return {};
}

function normalizeRef(ref: string, path: string, issues: SeedIssues) {
  try {
    return stringifyEntityRef(parseEntityRef(ref));
  } catch (error) {
    issues.add(path, (error as Error).message);
    return ref;
  }
}

function convertEntry(
  entry: SeedEntry,
  at: string,
  context: { model: MaturityModel; now: Date; staleAfterDays: number },
  issues: SeedIssues,
  data: SeedData,
) {
  const { model, now } = context;
  const entityRef = normalizeRef(entry.entityRef, `${at}.entityRef`, issues);
  entry.submissions.forEach((raw, j) => {
    const path = `${at}.submissions[${j}]`;
    const answers = checkedAnswers(
      model,
      raw.answers,
      `${path}.answers`,
      issues,
    );
    const submittedAt = resolveSeedTime(raw.submittedAt, now);
    const submission: NewSubmission = {
      id: seedSubmissionId(entityRef, j, raw.submittedAt),
      entityRef,
      answers,
      submittedBy: raw.submittedBy,
      submittedAt,
      modelId: model.id,
      modelVersion: model.version,
      // Seeded levels use no evidence: the catalog may not be up yet.
      ...scoreSubmission({
        model,
        answers,
        evidence: {},
        submittedAt,
        staleAfterDays: context.staleAfterDays,
      }),
    };
    data.submissions.push(submission);
  });
  if (entry.draft) {
    data.drafts.push({
      entityRef,
      answers: checkedAnswers(
        model,
        entry.draft.answers,
        `${at}.draft.answers`,
        issues,
      ),
      updatedBy: entry.draft.updatedBy,
      updatedAt: entry.draft.updatedAt
        ? resolveSeedTime(entry.draft.updatedAt, now)
        : now,
    });
  }
  if (entry.targets) {
    const result = validateTargets(model, entry.targets);
    if (!result.ok) {
      result.issues.forEach(i =>
        issues.add(`${at}.targets.${i.path}`, i.message),
      );
    } else {
      data.targets.push({
        entityRef,
        targets: result.targets,
        updatedBy: entry.submissions[0]?.submittedBy ?? 'user:default/guest',
        updatedAt: now,
      });
    }
  }
}

/** Zod issues as `<path>: <message>` lines; `index` prefixes the entry's position. */
function issueLines(error: z.ZodError, index?: number): string {
  return error.issues
    .map(
      issue =>
        `${[...(index === undefined ? [] : [index]), ...issue.path]
          .map(p => (typeof p === 'number' ? `[${p}]` : `.${p}`))
          .join('')}: ${issue.message}`,
    )
    .join('\n');
}

/**
 * Reads and checks a demo data file (YAML or JSON: a list of
 * `{ entityRef, submissions, draft?, targets? }`) and computes the levels of
 * its submissions with the model. Throws when the file cannot be read or is
 * invalid; the message names the config key, the file and every path inside
 * it that is wrong.
 */
export async function readSeedFile(options: {
  filePath: string;
  model: MaturityModel;
  now: Date;
  staleAfterDays: number;
}): Promise<SeedData> {
  const { filePath } = options;
  const fail = (details: string) =>
    new Error(
      `Invalid demo data file ${filePath} set in ${SEED_FILE_CONFIG_KEY}:\n${details}`,
    );
  // A JSON file (the large generated ones) is read an entry at a time, so
  // the whole file is never one object tree beside the converted data; YAML
  // (small, hand-written demo files) is parsed at once.
  let entries: Iterable<unknown> | undefined;
  let notAList: unknown;
  try {
    const text = await fs.readFile(filePath, 'utf8');
    if (filePath.endsWith('.json') && /^[\s\ufeff]*\[/.test(text)) {
      entries = jsonArrayElements(text);
    } else {
      const input: unknown = filePath.endsWith('.json')
        ? JSON.parse(text)
        : parseYaml(text);
      if (Array.isArray(input)) entries = input;
      else notAList = input;
    }
  } catch (error) {
    throw fail((error as Error).message);
  }
  if (!entries) {
    const parsed = seedFileSchema.safeParse(notAList);
    throw fail(parsed.success ? 'expected a list' : issueLines(parsed.error));
  }
  const schemaIssues: string[] = [];
  const issues = new SeedIssues();
  const data: SeedData = { submissions: [], drafts: [], targets: [] };
  const seen = new Map<string, number>();
  let i = 0;
  try {
    for (const raw of entries) {
      const parsed = seedEntrySchema.safeParse(raw);
      if (!parsed.success) {
        schemaIssues.push(issueLines(parsed.error, i));
      } else if (!schemaIssues.length) {
        const entry = parsed.data;
        const key = entry.entityRef.toLocaleLowerCase('en-US');
        if (seen.has(key)) {
          issues.add(
            `[${i}].entityRef`,
            `${entry.entityRef} is already listed at [${seen.get(key)}]`,
          );
        }
        seen.set(key, i);
        convertEntry(entry, `[${i}]`, options, issues, data);
      }
      i++;
    }
  } catch (error) {
    // A JSON syntax error further into the file.
    throw fail((error as Error).message);
  }
  if (schemaIssues.length) throw fail(schemaIssues.join('\n'));
  if (issues.lines.length) throw fail(issues.lines.join('\n'));
  return data;
}
