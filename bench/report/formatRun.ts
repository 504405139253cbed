/**
 * Turns results into tables: plain text for the console and Markdown for
 * `.out/bench/results.md` (and the README's performance section).
 */
import type { LoadResult } from '../measure/runLoad';
import type { SingleRun } from '../operations';
import type { BenchResults, DatabaseRun, OperationResult } from './results';

/** A table as header and rows of cells. */
export interface Table {
  header: string[];
  rows: string[][];
}

const DATABASE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** The display name of a database. */
export function databaseName(run: DatabaseRun): string {
  return DATABASE_NAMES[run.database];
}

function num(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '-';
  return value >= 100
    ? Math.round(value).toLocaleString('en-US')
    : value.toFixed(digits);
}

function loadRow(label: string, run: string, r: LoadResult): string[] {
  return [
    label,
    run,
    String(r.count),
    num(r.p50),
    num(r.p95),
    num(r.p99),
    num(r.throughput),
    String(r.errors),
  ];
}

/** Every run's time, then each response fact: once when all runs agree, else per run. */
function singleDetails(runs: SingleRun[]): string {
  const perRun = (values: (number | string)[]) =>
    new Set(values).size === 1 ? String(values[0]) : values.join(' / ');
  const keys = Object.keys(runs[0].details).filter(k => k !== 'contentType');
  return [
    `runs ${perRun(runs.map(r => num(r.ms)))} ms`,
    ...keys.map(k => `${k} ${perRun(runs.map(r => r.details[k]))}`),
  ].join(', ');
}

function operationRows(op: OperationResult): string[][] {
  if (op.status !== 'measured') {
    return [[op.label, op.status, '', '', '', '', '', op.note ?? '']];
  }
  if (op.single) {
    const { runs, medianMs, maxMs } = op.single;
    const details = singleDetails(runs);
    return [
      [
        op.label,
        `${runs.length} single`,
        String(runs.length),
        num(medianMs),
        num(maxMs),
        num(maxMs),
        '',
        details,
      ],
    ];
  }
  return [
    ...(op.sequential ? [loadRow(op.label, 'sequential', op.sequential)] : []),
    ...(op.concurrent
      ? [loadRow('', `${op.concurrent.concurrency} concurrent`, op.concurrent)]
      : []),
  ];
}

/** The operations of a run: latency in ms and throughput in requests per second. */
export function operationsTable(run: DatabaseRun): Table {
  return {
    header: [
      'Operation',
      'Run',
      'n',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'req/s',
      'Errors / details',
    ],
    rows: run.operations.flatMap(operationRows),
  };
}

/** The targets of a run. */
export function targetsTable(run: DatabaseRun): Table {
  const verdict = (met: boolean | null) =>
    met === null ? 'n/a' : met ? 'met' : 'MISSED';
  return {
    header: ['Target', 'Limit', 'Measured', 'Verdict'],
    rows: run.targets.map(t => [t.what, t.target, t.measured, verdict(t.met)]),
  };
}

const count = (value: number) => value.toLocaleString('en-US');
const seconds = (ms: number) => `${num(ms / 1000)} s`;

function memoryFacts(memory: NonNullable<DatabaseRun['memory']>): string[] {
  const facts = [
    `Backend resident memory (VmRSS): peak ${Math.round(
      memory.measuredPeakMB,
    )} MB while measuring, ` +
      `peak ${Math.round(
        memory.startupPeakMB,
      )} MB during start-up and ingestion`,
  ];
  if (memory.afterGc) {
    const { residentMB, heapUsedMB } = memory.afterGc;
    facts.push(
      `After a forced full garbage collection at the end: ${Math.round(
        residentMB,
      )} MB resident, ` +
        `${Math.round(heapUsedMB)} MB of live JavaScript heap`,
    );
  }
  return facts;
}

/**
 * The backend's memory per measured operation group: resident memory and
 * live heap after a forced full GC just before the group, and the peak
 * resident memory while it ran (MB).
 */
export function memoryTable(run: DatabaseRun): Table | undefined {
  const ops = run.memory?.byOperation;
  if (!ops?.length) return undefined;
  const label = new Map(run.operations.map(o => [o.id, o.label]));
  const mb = (value: number | undefined) =>
    value === undefined || Number.isNaN(value)
      ? 'n/a'
      : String(Math.round(value));
  return {
    header: [
      'Memory (MB)',
      'VmRSS after GC before',
      'live heap before',
      'peak VmRSS during',
      'growth',
    ],
    rows: ops.map(op => [
      label.get(op.id) ?? op.id,
      mb(op.before?.residentMB),
      mb(op.before?.heapUsedMB),
      mb(op.peakMB),
      op.before ? `+${mb(op.peakMB - op.before.residentMB)}` : 'n/a',
    ]),
  };
}

/** One-line facts of a run: start-up, ingestion, memory and machine load. */
export function runFacts(run: DatabaseRun, results: BenchResults): string[] {
  const facts: string[] = [];
  if (run.readyAfterMs !== undefined) {
    facts.push(
      `Backend ready ${seconds(run.readyAfterMs)} after start ` +
        `(includes the seed import of ${count(
          results.seed.submissions,
        )} submissions)`,
    );
  }
  if (run.ingestion?.reused) {
    facts.push(
      `Catalog ingestion: not timed; the catalog database of an earlier run was reused (--reuse-catalog)`,
    );
  } else if (run.ingestion) {
    const { allAfterMs, componentsAfterMs, entities } = run.ingestion;
    facts.push(
      `Catalog ingestion: ${count(entities)} entities in ${seconds(
        allAfterMs,
      )} from the backend's start ` +
        `(${num(
          (entities * 1000) / allAfterMs,
        )} entities/s; all Components after ${seconds(componentsAfterMs)})`,
    );
  }
  if (run.memory) facts.push(...memoryFacts(run.memory));
  const { start, end } = run.loadAverage;
  facts.push(
    `Machine load average (1 min): ${start.toFixed(1)} at the start, ${
      end?.toFixed(1) ?? '-'
    } at the end ` + `(${results.machine.cpus} CPUs, shared with other work)`,
  );
  if (run.error) facts.push(`Stopped early: ${run.error}`);
  return facts;
}

/** A table as aligned plain text. */
export function plainTable(table: Table): string {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, i) =>
    Math.max(...all.map(row => (row[i] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) =>
        i >= 2 && i <= 6 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]),
      )
      .join('  ')
      .trimEnd();
  return [
    line(table.header),
    widths.map(w => '-'.repeat(w)).join('  '),
    ...table.rows.map(line),
  ].join('\n');
}

/** A table as Markdown. */
export function markdownTable(table: Table): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    `| ${table.header.join(' | ')} |`,
    `|${table.header
      .map((_, i) => (i >= 2 && i <= 6 ? ' ---: ' : ' --- '))
      .join('|')}|`,
    ...table.rows.map(row => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}
