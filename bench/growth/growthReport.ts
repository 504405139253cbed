/**
 * The growth mode's report: per database, a table of services (N) by
 * operation with p50 / p95 in milliseconds, and the backend's peak
 * resident memory per operation; written to `.out/bench/growth.md` and
 * `.out/bench/growth.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchDatabase } from '../backend/databases';
import { OUT_DIR } from '../paths';
import type { GrowthPoint } from './runGrowth';

function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  return value >= 100 ? String(Math.round(value)) : value.toFixed(1);
}

function pair(p50?: number, p95?: number): string {
  return `${ms(p50)} / ${ms(p95)}`;
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The latency table of one database (p50 / p95 in ms; single runs: median / slowest). */
function latencyTable(points: GrowthPoint[]): string {
  return table(
    [
      'N services',
      'submissions',
      'scorecard, in-process',
      'overview by owner',
      'entities page (50)',
      'CSV export (median / slowest)',
      'index build, in-process',
      'index refresh, nothing changed, in-process',
    ],
    points.map(p => [
      p.services.toLocaleString('en-US'),
      p.written ? p.written.submissions.toLocaleString('en-US') : 'n/a',
      pair(p.scorecard?.p50, p.scorecard?.p95),
      pair(p.overview?.p50, p.overview?.p95),
      pair(p.entities?.p50, p.entities?.p95),
      pair(p.export?.medianMs, p.export?.maxMs),
      ms(p.refresh?.build.ms),
      ms(p.refresh?.unchanged.ms),
    ]),
  );
}

/** Memory per operation: the backend's peak VmRSS, and the in-process refresh's heap growth. */
function memoryTable(points: GrowthPoint[]): string {
  return table(
    [
      'N services',
      'backend start',
      'overview',
      'entities',
      'export',
      'after GC (live heap)',
      'refresh heap growth: build / unchanged',
    ],
    points.map(p => [
      p.services.toLocaleString('en-US'),
      String(p.memoryMB?.startup ?? 'n/a'),
      String(p.memoryMB?.overview ?? 'n/a'),
      String(p.memoryMB?.entities ?? 'n/a'),
      String(p.memoryMB?.export ?? 'n/a'),
      p.afterGc
        ? `${Math.round(p.afterGc.residentMB)} (${Math.round(
            p.afterGc.heapUsedMB,
          )})`
        : 'n/a',
      p.refresh
        ? `${Math.round(p.refresh.build.heapGrowthMB)} / ${Math.round(
            p.refresh.unchanged.heapGrowthMB,
          )}`
        : 'n/a',
    ]),
  );
}

/** The whole report as Markdown. */
export function growthReport(
  points: GrowthPoint[],
  meta: { command: string; generatedAt: string; machine: string },
): string {
  const parts = [
    `# Growth with the number of services (${meta.command})`,
    '',
    `${meta.generatedAt}; ${meta.machine}. Latencies in ms, p50 / p95 of sequential requests ` +
      '(export: median / slowest run). Scorecard and refresh figures are measured in the ' +
      "benchmark's own process on the plugin's tables (no catalog calls); the other columns " +
      'are HTTP requests to the production backend. Memory in MB (10^6 bytes).',
  ];
  const databases = [...new Set(points.map(p => p.database))];
  for (const database of databases as BenchDatabase[]) {
    const mine = points.filter(p => p.database === database);
    const load = mine
      .map(
        p =>
          `${p.loadAverage.start.toFixed(1)}-${p.loadAverage.end?.toFixed(1)}`,
      )
      .join(', ');
    parts.push(
      '',
      `## ${database}`,
      '',
      `Load average (1 min) at start-end of each size: ${load}.`,
      '',
      latencyTable(mine),
      '',
      'Memory: backend peak VmRSS per phase (MB); in-process refresh: JavaScript heap growth above its start (MB).',
      '',
      memoryTable(mine),
    );
    for (const p of mine.filter(p => p.error)) {
      parts.push('', `${p.services} services stopped early: ${p.error}`);
    }
  }
  return `${parts.join('\n')}\n`;
}

/** Writes growth.md and growth.json to `.out/bench/`; returns their paths. */
export function writeGrowthResults(
  points: GrowthPoint[],
  markdown: string,
): string[] {
  mkdirSync(OUT_DIR, { recursive: true });
  const md = join(OUT_DIR, 'growth.md');
  const json = join(OUT_DIR, 'growth.json');
  writeFileSync(md, markdown);
  writeFileSync(json, `${JSON.stringify(points, null, 2)}\n`);
  return [md, json];
}
