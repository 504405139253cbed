/**
 * Escaping for the Markdown reports. Every text that does not come from the
 * renderer itself (entity and group titles and refs, user names, model texts,
 * evidence labels, URLs) goes through these helpers, so that in any CommonMark
 * or GitHub-flavoured renderer it reads as the same text and never becomes
 * markup: no raw HTML, no link or image, no emphasis or code, no heading, list
 * or quote, no extra table cell or row.
 *
 * Characters are escaped only where they can form markup, so that ordinary
 * titles ("Weights & Biases", "Area [pt-BR]") stay readable in the raw file:
 * a `&` is only markup when it starts a character reference, and a bracket only
 * when `](`, `][` or `]:` turn it into a link, an image or a link definition
 * (shortcut references need a definition, which these reports never write and
 * which data cannot write because `]:` is escaped).
 */

/** Characters that are markup wherever they stand: escaped with a backslash. */
const ALWAYS_ESCAPED = /[\\`*_~|]/g;

/** A `&` that a renderer would read as a character reference (`&lt;`, `&#60;`). */
const CHARACTER_REFERENCE = /&(?=#?[A-Za-z0-9]+;)/g;

/** A closing bracket that would close a link or image text, or a definition label. */
const LINK_FORMING_BRACKET = /\](?=[[(:])/g;

function escapeCharacters(text: string, allBrackets = false): string {
  const escaped = text
    .replace(ALWAYS_ESCAPED, c => `\\${c}`)
    .replace(CHARACTER_REFERENCE, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return allBrackets
    ? escaped.replace(/[[\]]/g, c => `\\${c}`)
    : escaped.replace(LINK_FORMING_BRACKET, '\\]');
}

/**
 * Escapes text for a heading, a paragraph or a list item: on one line (line
 * breaks become spaces), with no markup, and safe at the start of a line,
 * where `- `, `1. `, `# ` or `[ ]` would otherwise start a block.
 */
export function escapeMarkdownText(text: string | number): string {
  const oneLine = String(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
  return (
    escapeCharacters(oneLine)
      // A heading's closing `#`s would be dropped, so every `#` is escaped.
      .replace(/#/g, '\\#')
      // List, setext underline, task or link definition at the start of a line.
      .replace(/^[-+=[]/, c => `\\${c}`)
      // An ordered list item: "1. " or "1) ".
      .replace(/^(\d{1,9})([.)])/, '$1\\$2')
  );
}

/**
 * Escapes text for a table cell: no markup, a `|` cannot end the cell, and a
 * line break becomes `<br>` (the only HTML the reports write) instead of
 * ending the row. Block markers need no escaping, cells hold inline text only.
 */
export function escapeTableCell(text: string | number): string {
  return escapeCharacters(String(text)).replace(/\r?\n|\r/g, '<br>');
}

/** The URL when it is an absolute `http:` or `https:` URL, normalised; otherwise null. */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // The URL parser percent-encodes spaces, quotes and angle brackets; what it
  // leaves that could end the link destination or a table cell is encoded here.
  return parsed.href.replace(
    /[()\\|<>\s]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * A link to `url` labelled `label` when the URL is http(s); any other URL
 * (`javascript:`, `data:`, relative, malformed) is written as escaped text,
 * `label (url)`, so that it can be read but not followed.
 */
export function markdownLink(label: string, url: string): string {
  const href = safeLinkUrl(url);
  const shownLabel = label.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (href === null) {
    return escapeMarkdownText(
      shownLabel && shownLabel !== url.trim() ? `${shownLabel} (${url})` : url,
    );
  }
  // Every bracket of the label is escaped: a `]` would end the link text early.
  return `[${escapeCharacters(shownLabel || href, true)}](${href})`;
}
