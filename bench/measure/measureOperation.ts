/**
 * Measures one operation: prepares it, then runs it sequentially and
 * concurrently (load operations) or a few times in a row (single
 * operations). Never throws: a missing endpoint or a failure is recorded.
 */
import {
  MissingEndpointError,
  type BenchOperation,
  type OperationContext,
} from '../operations';
import { loadPlan, singleRuns, type BenchOptions } from '../options';
import type { OperationResult } from '../report/results';
import { runLoad } from './runLoad';
import { runSingle } from './runSingle';

/** Measures `op` as the options say. */
export async function measureOperation(
  op: BenchOperation,
  ctx: OperationContext,
  options: BenchOptions,
): Promise<OperationResult> {
  const base = { id: op.id, label: op.label };
  try {
    if (op.kind === 'single') {
      const run = await op.prepare(ctx);
      if ('missing' in run)
        return { ...base, status: 'missing', note: run.missing };
      return {
        ...base,
        status: 'measured',
        single: await runSingle(run, singleRuns(options)),
      };
    }
    const request = await op.prepare(ctx);
    if ('missing' in request)
      return { ...base, status: 'missing', note: request.missing };
    const sequential = await runLoad(request, loadPlan(options, op.id, 1));
    const concurrent = await runLoad(
      request,
      loadPlan(options, op.id, options.concurrency),
    );
    return { ...base, status: 'measured', sequential, concurrent };
  } catch (error) {
    if (error instanceof MissingEndpointError)
      return { ...base, status: 'missing', note: error.message };
    return {
      ...base,
      status: 'failed',
      note: (error as Error).message.slice(0, 300),
    };
  }
}
