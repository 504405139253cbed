import { formatIssuePath } from './issuePath';

/** A problem found by a cross-check, located by the path segments inside the model. */
export interface RawModelIssue {
  segments: (string | number)[];
  message: string;
}

/** A path inside the model as segments: keys and array indexes. */
export type Segments = (string | number)[];

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
  items.forEach((item, index) => {
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
