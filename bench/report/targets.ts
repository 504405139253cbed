/**
 * The targets of issue 5 (for 10,000 services on a 2-core machine, on both
 * databases) and their check against a run. Latency targets are checked
 * against the sequential run; the long operations against their slowest run;
 * memory against the peak while the operations were measured.
 */
import type { DatabaseRun, OperationResult, TargetCheck } from './results';

/** The number of services the targets are stated for. */
export const TARGET_ENTITIES = 10000;

const P95_TARGETS: { id: string; what: string; ms: number }[] = [
  { id: 'scorecard', what: 'Scorecard read p95', ms: 10 },
  { id: 'overview', what: 'Overview by owner p95', ms: 300 },
  { id: 'campaign-progress', what: 'Campaign progress p95', ms: 300 },
  { id: 'entities', what: 'Entities page p95', ms: 50 },
  { id: 'submission', what: 'Submission p95', ms: 50 },
];

/** Backend memory target in MB. */
export const MEMORY_TARGET_MB = 600;

function ms(value: number): string {
  return `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
}

function check(
  what: string,
  limit: number,
  op: OperationResult | undefined,
  measure: (op: OperationResult) => number | undefined,
): TargetCheck {
  const target = `<= ${ms(limit)}`;
  if (!op || op.status !== 'measured') {
    return {
      what,
      target,
      measured: op?.status === 'missing' ? 'endpoint missing' : 'not measured',
      met: null,
    };
  }
  const value = measure(op);
  if (value === undefined || Number.isNaN(value))
    return { what, target, measured: 'no successful request', met: false };
  const errors = op.sequential?.errors ?? 0;
  if (errors)
    return {
      what,
      target,
      measured: `${ms(value)}, ${errors} failed requests`,
      met: false,
    };
  return { what, target, measured: ms(value), met: value <= limit };
}

/** Checks a run against the targets. */
export function checkTargets(run: DatabaseRun): TargetCheck[] {
  const byId = new Map(run.operations.map(op => [op.id, op]));
  const checks = P95_TARGETS.map(t =>
    check(t.what, t.ms, byId.get(t.id), op => op.sequential?.p95),
  );
  checks.push(
    check(
      'CSV export of all rows',
      2000,
      byId.get('export'),
      op => op.single?.maxMs,
    ),
  );
  const refreshLimit = run.database === 'sqlite' ? 2500 : 4000;
  checks.push(
    check(
      'Catalog refresh of all services',
      refreshLimit,
      byId.get('refresh'),
      op => op.single?.maxMs,
    ),
  );
  const memory = run.memory?.measuredPeakMB;
  checks.push({
    what: 'Backend memory (peak RSS while measuring)',
    target: `<= ${MEMORY_TARGET_MB} MB`,
    measured: memory ? `${Math.round(memory)} MB` : 'not measured',
    met: memory ? memory <= MEMORY_TARGET_MB : null,
  });
  return checks;
}
