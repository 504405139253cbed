/**
 * Small Markdown writers. They take plain text, never Markdown: every cell
 * and item is escaped (see `markdownText.ts`), so data cannot add markup or
 * break the layout.
 */
import { escapeMarkdownText, escapeTableCell } from './markdownText';

/** A table with a header row; headers and cells are plain text. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map(escapeTableCell).join(' | ')} |`;
  return [
    line(headers),
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** A bulleted list of plain-text items; empty when there are no items. */
export function bullets(items: string[]): string {
  return items.map(item => `- ${escapeMarkdownText(item)}`).join('\n');
}
