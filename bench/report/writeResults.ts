/**
 * Prints the results and writes them to `.out/bench/results.json` and
 * `.out/bench/results.md`, from which the README's performance section is
 * updated.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from '../paths';
import {
  databaseName,
  markdownTable,
  memoryTable,
  operationsTable,
  plainTable,
  runFacts,
  targetsTable,
} from './formatRun';
import type { BenchResults } from './results';
import { TARGET_ENTITIES } from './targets';

function heading(results: BenchResults): string {
  return (
    `${results.entities.toLocaleString(
      'en-US',
    )} ML services (${results.catalog.entities.toLocaleString(
      'en-US',
    )} catalog entities, ` +
    `${results.seed.submissions.toLocaleString(
      'en-US',
    )} seeded submissions for ${results.seed.assessedServices.toLocaleString(
      'en-US',
    )} services); ` +
    `${results.backendMode}; ${results.machine.cpus} CPUs (${results.machine.cpuModel}), Node ${results.machine.node}`
  );
}

function scaleNote(results: BenchResults): string | undefined {
  if (results.entities === TARGET_ENTITIES) return undefined;
  return `The targets are stated for ${TARGET_ENTITIES.toLocaleString(
    'en-US',
  )} services; this run had ${results.entities.toLocaleString('en-US')}.`;
}

/** The results as console text. */
export function consoleReport(results: BenchResults): string {
  const parts = [heading(results)];
  for (const run of results.runs) {
    parts.push(
      `\n== ${databaseName(run)} ==`,
      ...runFacts(run, results),
      '',
      plainTable(operationsTable(run)),
      '',
      plainTable(targetsTable(run)),
    );
    const memory = memoryTable(run);
    if (memory) parts.push('', plainTable(memory));
  }
  const note = scaleNote(results);
  if (note) parts.push('', note);
  return parts.join('\n');
}

/** The results as Markdown. */
export function markdownReport(results: BenchResults): string {
  const parts = [
    `# Benchmark results`,
    '',
    `\`${results.command}\` on ${results.generatedAt.slice(0, 10)}: ${heading(
      results,
    )}.`,
    `Latencies in ms from the request until the whole body was read; the targets of issue 5 are checked against the sequential runs.`,
  ];
  const note = scaleNote(results);
  if (note) parts.push('', note);
  for (const run of results.runs) {
    parts.push(
      '',
      `## ${databaseName(run)}`,
      '',
      ...runFacts(run, results).map(f => `- ${f}`),
      '',
      markdownTable(operationsTable(run)),
      '',
      markdownTable(targetsTable(run)),
    );
    const memory = memoryTable(run);
    if (memory) parts.push('', markdownTable(memory));
  }
  return `${parts.join('\n')}\n`;
}

/** Writes results.json and results.md; returns their paths. */
export function writeResults(results: BenchResults): string[] {
  mkdirSync(OUT_DIR, { recursive: true });
  const json = join(OUT_DIR, 'results.json');
  const md = join(OUT_DIR, 'results.md');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(md, markdownReport(results));
  return [json, md];
}
