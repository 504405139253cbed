import { LineCounter, parseDocument, type Document } from 'yaml';
import { checkModel } from './validateModel';
import { ModelValidationError, type ModelIssue } from './ModelValidationError';
import { formatIssuePath } from './issuePath';
import type { RawModelIssue } from './crossChecks';
import type { MaturityModel } from './types';

type Format = 'yaml' | 'json';

function formatOf(fileName: string): Format | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

/** Line and column (1-based) of a character offset. */
function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Engines report the offset differently; use it when it is there.
    const offset = /position (\d+)/.exec(message);
    const where = offset ? positionOf(text, Number(offset[1])) : {};
    throw new ModelValidationError(fileName, [
      { path: '', ...where, message: `JSON syntax error: ${message}` },
    ]);
  }
}

function parseYaml(text: string, fileName: string, doc: Document): unknown {
  if (doc.errors.length) {
    throw new ModelValidationError(
      fileName,
      doc.errors.map(error => ({
        path: '',
        ...positionOf(text, error.pos[0]),
        message: `YAML syntax error: ${error.message}`,
      })),
    );
  }
  return doc.toJS();
}

/**
 * Finds the line of the deepest node that exists on the issue's path: a
 * missing field is reported at the object that should hold it.
 */
function lineOf(
  doc: Document,
  counter: LineCounter,
  segments: RawModelIssue['segments'],
) {
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = doc.getIn(segments.slice(0, depth), true) as
      | { range?: [number, number, number] }
      | undefined;
    if (node && typeof node === 'object' && node.range) {
      return counter.linePos(node.range[0]).line;
    }
  }
  return undefined;
}

/**
 * Parses and validates a model file: YAML for `.yaml` / `.yml`, JSON for
 * `.json`. Errors name the file, the path inside the model and, where it can
 * be found, the line.
 *
 * @param text - the file's content
 * @param fileName - the file's name; its extension picks the format and it is named in errors
 * @throws {@link ModelValidationError}
 * @public
 */
export function parseModelFile(text: string, fileName: string): MaturityModel {
  const format = formatOf(fileName);
  if (!format) {
    throw new ModelValidationError(fileName, [
      {
        path: '',
        message:
          'unsupported file type; a model file ends in .yaml, .yml or .json',
      },
    ]);
  }
  const counter = new LineCounter();
  // JSON is valid YAML, so the YAML document also locates issues in JSON files.
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
  });
  const input =
    format === 'json'
      ? parseJson(text, fileName)
      : parseYaml(text, fileName, doc);

  const result = checkModel(input);
  if (result.model) return result.model;
  const issues: ModelIssue[] = result.issues.map(issue => {
    const line = doc.errors.length
      ? undefined
      : lineOf(doc, counter, issue.segments);
    return {
      path: formatIssuePath(issue.segments),
      message: issue.message,
      ...(line ? { line } : {}),
    };
  });
  throw new ModelValidationError(fileName, issues);
}
