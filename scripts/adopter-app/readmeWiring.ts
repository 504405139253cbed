/**
 * What ties the adopter app to the READMEs: the lines of the template marked
 * `// README <file>` must be in one of that README's code blocks, and the
 * catalog entity of the root README's "Getting started" is taken from the
 * README itself, so that the app is wired with what an adopter reads.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A `// README <file>` marker that is not in a code block of that README. */
export interface WiringProblem {
  file: string;
  line: number;
  readme: string;
  text: string;
}

/** Fenced code blocks of a Markdown text, in order. */
export function codeBlocks(markdown: string): string[] {
  return [
    ...markdown.matchAll(
      /^[ \t]*(```|~~~)[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm,
    ),
  ].map(match => match[2]);
}

/**
 * Code reduced to what formatting cannot change: no comments, no whitespace,
 * no semicolons, no trailing commas. A README line wrapped by a formatter
 * still matches the one-line form of the template, and the README's
 * `// ...` and `{/* ... *\/}` placeholders fall away.
 */
export function normalizeCode(code: string): string {
  return code
    .replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s+/g, '')
    .replace(/;/g, '')
    .replace(/,(?=[)\]}>])/g, '');
}

/**
 * Drops closing parentheses that the marked lines do not open, such as the
 * `)` after a JSX element marked inside `const x = ( ... )`.
 */
function balanced(code: string): string {
  let result = code;
  const count = (c: string) => result.split(c).length - 1;
  while (result.endsWith(')') && count(')') > count('(')) {
    result = result.slice(0, -1);
  }
  return result;
}

/**
 * The statement after each marker: the lines up to the next blank line or
 * comment line.
 */
function markedBlocks(
  source: string,
): Array<{ line: number; readme: string; text: string }> {
  const lines = source.split('\n');
  const blocks: Array<{ line: number; readme: string; text: string }> = [];
  lines.forEach((line, index) => {
    const marker = /^\s*\/\/ README (\S+)\s*$/.exec(line);
    if (!marker) return;
    const body: string[] = [];
    for (let i = index + 1; i < lines.length; i++) {
      if (!lines[i].trim() || /^\s*\/\//.test(lines[i])) break;
      body.push(lines[i]);
    }
    blocks.push({ line: index + 1, readme: marker[1], text: body.join('\n') });
  });
  return blocks;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * Checks every marker under `templateDir` against the READMEs of `repoRoot`.
 * Returns the number of marked statements and the problems.
 */
export function checkWiring(
  templateDir: string,
  repoRoot: string,
): { count: number; problems: WiringProblem[] } {
  const problems: WiringProblem[] = [];
  let count = 0;
  for (const file of sourceFiles(templateDir)) {
    for (const block of markedBlocks(readFileSync(file, 'utf8'))) {
      count++;
      const readme = readFileSync(join(repoRoot, block.readme), 'utf8');
      const wanted = balanced(normalizeCode(block.text));
      const found =
        wanted.length > 0 &&
        codeBlocks(readme).some(code => normalizeCode(code).includes(wanted));
      if (!found) {
        problems.push({
          file: relative(templateDir, file),
          line: block.line,
          readme: block.readme,
          text: block.text,
        });
      }
    }
  }
  return { count, problems };
}

/**
 * The YAML of step 3 of the root README's "Getting started in 5 minutes": the
 * ML service an adopter appends to `examples/entities.yaml`.
 */
export function gettingStartedEntity(rootReadme: string): string {
  const section = /^## Getting started in 5 minutes\n([\s\S]*?)^## /m.exec(
    rootReadme,
  );
  if (!section) {
    throw new Error('README.md has no "## Getting started in 5 minutes"');
  }
  const yaml = [
    ...section[1].matchAll(/^([ \t]*)```yaml\n([\s\S]*?)^[ \t]*```[ \t]*$/gm),
  ].map(([, indent, body]) =>
    body
      .split('\n')
      .map(line => line.slice(indent.length))
      .join('\n'),
  );
  const entity = yaml.find(block => /^kind: Component$/m.test(block));
  if (!entity) {
    throw new Error(
      'README.md "Getting started in 5 minutes" has no yaml block with a Component',
    );
  }
  return entity;
}
