/** One problem in a model file. @public */
export interface ModelIssue {
  /** Where inside the model, for example `areas[2].criteria[4].answerType`; empty for syntax errors. */
  path: string;
  message: string;
  /** 1-based line in the file, when the model came from a file and the place is known. */
  line?: number;
  /** 1-based column, for syntax errors. */
  column?: number;
}

/** Longest list of issues spelled out in the error message; the rest are counted. */
const MAX_ISSUES_IN_MESSAGE = 20;

function describeIssue(source: string, issue: ModelIssue): string {
  let where: string;
  if (issue.path) {
    where = issue.line ? `${issue.path} (line ${issue.line})` : issue.path;
  } else if (issue.line) {
    where = issue.column
      ? `line ${issue.line}, column ${issue.column}`
      : `line ${issue.line}`;
  } else {
    where = '(root)';
  }
  return `${source}: ${where}: ${issue.message}`;
}

/**
 * Thrown when a model does not match the schema or fails a cross-check. The
 * message has one line per issue, each naming the source file and the path
 * inside the model, so that a start-up log points straight at the mistake.
 * @public
 */
export class ModelValidationError extends Error {
  /** The file (or other source) the model came from. */
  readonly source: string;
  readonly issues: ModelIssue[];

  constructor(source: string, issues: ModelIssue[]) {
    const shown = issues
      .slice(0, MAX_ISSUES_IN_MESSAGE)
      .map(issue => describeIssue(source, issue));
    if (issues.length > MAX_ISSUES_IN_MESSAGE) {
      shown.push(
        `${source}: ... and ${
          issues.length - MAX_ISSUES_IN_MESSAGE
        } more issues`,
      );
    }
    super(shown.join('\n'));
    this.name = 'ModelValidationError';
    this.source = source;
    this.issues = issues;
  }
}
