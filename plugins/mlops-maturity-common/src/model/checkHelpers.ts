import { formatIssuePath } from './issuePath';

/** A problem found by a cross-check, located by the path segments inside the model. */
export interface RawModelIssue {
  segments: (string | number)[];
  message: string;
}

/** A path inside the model as segments: keys and array indexes. */
export type Segments = (string | number)[];

/*
 * The cross-checks also run on input that failed the schema, so that one run
 * reports every kind of problem (a misspelt answer type and a duplicate id
 * both show). There a list may be missing or hold anything; these helpers
 * read such input without throwing and let the checks skip what they cannot
 * judge (the schema has already reported it).
 */

/** The value when it is an array, otherwise an empty list. */
export function listOf<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

/** Whether the value is an object (not null), so its fields can be read. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/**
 * Reports every item whose id was already seen, naming where it was first
 * used. Pass one `seen` map to several calls to check ids across lists.
 */
export function checkUniqueIds(
  items: { id: string }[],
  at: Segments,
  what: string,
  issues: RawModelIssue[],
  seen = new Map<string, string>(),
) {
  listOf(items).forEach((item, index) => {
    // A missing or non-text id is the schema's to report.
    if (!isObject(item) || typeof item.id !== 'string') return;
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.push({
        segments: [...at, index, 'id'],
        message: `duplicate ${what} id '${item.id}' (already used by ${first})`,
      });
    } else {
      seen.set(item.id, formatIssuePath([...at, index]));
    }
  });
}
