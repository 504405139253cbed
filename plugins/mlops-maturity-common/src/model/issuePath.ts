/**
 * Formats a path inside a model as people write it: `areas[2].criteria[4].answerType`.
 * Keys that are not plain identifiers (level ids such as `pt-BR` are fine, but
 * keys with spaces or dots are not) are quoted in brackets.
 */
export function formatIssuePath(
  segments: readonly (string | number)[],
): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      path += `[${segment}]`;
    } else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) {
      path += path ? `.${segment}` : segment;
    } else {
      path += `[${JSON.stringify(segment)}]`;
    }
  }
  return path || '(root)';
}
