/**
 * Figures measured along the e2e journey (timings are reported, never
 * asserted): printed and kept in .out/e2e/figures.json.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './portal';

const FILE = join(OUT_DIR, 'figures.json');

/** Records one figure under `name`, keeping those of earlier steps. */
export function recordFigure(name: string, value: unknown) {
  mkdirSync(OUT_DIR, { recursive: true });
  const figures = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {};
  figures[name] = value;
  figures.measuredAt = new Date().toISOString();
  writeFileSync(FILE, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`[figure] ${name}: ${JSON.stringify(value)}`);
}
