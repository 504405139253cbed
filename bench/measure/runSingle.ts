/**
 * Runs a long operation a few times, one request after the other, after one
 * warm-up run, and keeps every run's time and what its response said.
 */
import type { SingleRun } from '../operations/benchOperation';
import { percentile } from './statistics';

/** The runs of a single operation and their median and maximum. */
export interface SingleResult {
  runs: SingleRun[];
  medianMs: number;
  maxMs: number;
}

/** Runs `run` once unmeasured, then `times` times measured. */
export async function runSingle(
  run: () => Promise<SingleRun>,
  times: number,
): Promise<SingleResult> {
  await run();
  const runs: SingleRun[] = [];
  for (let i = 0; i < times; i++) runs.push(await run());
  const sorted = runs.map(r => r.ms).sort((a, b) => a - b);
  return {
    runs,
    medianMs: percentile(sorted, 0.5),
    maxMs: sorted[sorted.length - 1],
  };
}
