import type { ZodIssue } from 'zod';
import { maturityModelSchema } from './schema';
import { crossCheckModel, type RawModelIssue } from './crossChecks';
import { ModelValidationError } from './ModelValidationError';
import { formatIssuePath } from './issuePath';
import type { MaturityModel } from './types';

/** Source name used in messages when the caller does not name one. */
const DEFAULT_SOURCE = 'model';

function fromZodIssue(issue: ZodIssue): RawModelIssue {
  if (issue.code === 'unrecognized_keys') {
    // Point at the misspelt key itself rather than at the object holding it.
    const keys = issue.keys;
    return {
      segments: keys.length === 1 ? [...issue.path, keys[0]] : issue.path,
      message:
        keys.length === 1
          ? `unknown field '${keys[0]}'`
          : `unknown fields ${keys.map(k => `'${k}'`).join(', ')}`,
    };
  }
  return { segments: issue.path, message: issue.message };
}

/**
 * Validates a model and returns either the model or the issues, each with the
 * path segments inside the model. `parseModelFile` uses the segments to find
 * line numbers.
 */
export function checkModel(
  input: unknown,
):
  | { model: MaturityModel; issues: [] }
  | { model?: undefined; issues: RawModelIssue[] } {
  const parsed = maturityModelSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(fromZodIssue);
    // The cross-checks read the raw input too, so that a file with a
    // structural error and, say, a duplicate id reports both in one run. A
    // path the schema already complains about is not reported twice.
    const reported = new Set(issues.map(i => formatIssuePath(i.segments)));
    for (const issue of crossCheckModel(input as MaturityModel)) {
      if (!reported.has(formatIssuePath(issue.segments))) issues.push(issue);
    }
    return { issues };
  }
  const issues = crossCheckModel(parsed.data);
  return issues.length ? { issues } : { model: parsed.data, issues: [] };
}

/**
 * Validates a maturity model (the structure with zod, then the rules across
 * the whole model) and returns it with defaults filled in.
 *
 * @param input - the model, for example parsed from a file
 * @param source - named in error messages, usually the file name
 * @throws {@link ModelValidationError} naming the source and each offending path
 * @public
 */
export function validateModel(input: unknown, source?: string): MaturityModel {
  const result = checkModel(input);
  if (!result.model) {
    throw new ModelValidationError(
      source ?? DEFAULT_SOURCE,
      result.issues.map(issue => ({
        path: formatIssuePath(issue.segments),
        message: issue.message,
      })),
    );
  }
  return result.model;
}
