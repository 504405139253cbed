/**
 * The elements of a JSON array, parsed one at a time: the scanner finds
 * where each top-level element ends (tracking strings and nesting) and
 * `JSON.parse`s only that slice, so a large file is never one object tree
 * in memory. Whatever the caller does not keep can be collected while the
 * next elements are read.
 *
 * Throws a `SyntaxError` when the text is not a JSON array or an element is
 * not valid JSON.
 */
export function* jsonArrayElements(text: string): Generator<unknown> {
  let at = skipSpace(text, 0);
  if (text[at] !== '[') {
    throw new SyntaxError('Expected a JSON array at the start of the file');
  }
  at = skipSpace(text, at + 1);
  if (text[at] === ']') {
    assertEnd(text, at + 1);
    return;
  }
  for (;;) {
    const end = elementEnd(text, at);
    yield JSON.parse(text.slice(at, end));
    at = skipSpace(text, end);
    if (text[at] === ',') {
      at = skipSpace(text, at + 1);
    } else if (text[at] === ']') {
      assertEnd(text, at + 1);
      return;
    } else {
      throw new SyntaxError(
        `Expected ',' or ']' after an array element at position ${at}`,
      );
    }
  }
}

const SPACE = new Set([' ', '\t', '\n', '\r', '\ufeff']);

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && SPACE.has(text[at])) at++;
  return at;
}

function assertEnd(text: string, from: number) {
  if (skipSpace(text, from) !== text.length) {
    throw new SyntaxError(`Unexpected text after the JSON array at ${from}`);
  }
}

/**
 * The position just after the element starting at `from`: an object or an
 * array ends where its bracket closes, anything else (a string, number,
 * literal) at the next comma or closing bracket outside a string.
 * `JSON.parse` checks the slice itself.
 */
function elementEnd(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (inString) {
      if (char === '\\') at++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      if (depth === 0) return at; // the closing bracket of the outer array
      depth--;
      if (depth === 0) return at + 1;
    } else if (char === ',' && depth === 0) return at;
  }
  throw new SyntaxError('Unexpected end of the JSON array');
}
