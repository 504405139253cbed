/** Small Markdown writers; cells and inline text are escaped so that data cannot break the layout. */

/** Escapes text for a table cell: pipes would end the cell, newlines the row. */
export function cell(text: string | number): string {
  return String(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** Text on one line outside tables (headings, list items): newlines become spaces. */
export function inline(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** A table with a header row. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(headers),
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** A bulleted list; empty when there are no items. */
export function bullets(items: string[]): string {
  return items.map(item => `- ${inline(item)}`).join('\n');
}
