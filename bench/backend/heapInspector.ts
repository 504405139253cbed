/**
 * After the measurements, forces a full garbage collection in the backend
 * through its inspector (started with `--inspect=127.0.0.1:0`, local only)
 * and reads the live heap. Resident memory alone cannot tell memory the
 * backend needs from garbage V8 has not collected yet: with gigabytes of
 * free RAM, V8 grows the heap rather than collect.
 */

import type { BackendHandle } from './backendProcess';
import { residentMemoryMiB } from './memorySampler';

/** Memory after a forced full garbage collection. */
export interface AfterGcMemory {
  /** Bytes of live JavaScript objects. */
  heapUsedMB: number;
  /** Resident memory of the process right after the collection, in MB. */
  residentMB: number;
}

/** Finds the inspector's WebSocket URL in what Node prints on stderr. */
export function inspectorUrl(stderrText: string): string | undefined {
  return /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/.exec(
    stderrText,
  )?.[1];
}

/** Sends Chrome DevTools Protocol commands over one WebSocket connection. */
async function withInspector<T>(
  url: string,
  use: (
    call: (method: string) => Promise<Record<string, unknown>>,
  ) => Promise<T>,
): Promise<T> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener(
      'error',
      () => reject(new Error(`Cannot connect to ${url}`)),
      { once: true },
    );
  });
  const pending = new Map<number, (result: Record<string, unknown>) => void>();
  socket.addEventListener('message', event => {
    const message = JSON.parse(String(event.data)) as {
      id?: number;
      result?: Record<string, unknown>;
    };
    if (message.id !== undefined)
      pending.get(message.id)?.(message.result ?? {});
  });
  let nextId = 1;
  const call = (method: string) =>
    new Promise<Record<string, unknown>>(resolve => {
      const id = nextId++;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method }));
    });
  try {
    return await use(call);
  } finally {
    socket.close();
  }
}

/** Collects garbage in the backend and returns its live heap and resident memory. */
export async function memoryAfterGc(
  url: string,
  resident: () => number | undefined,
): Promise<AfterGcMemory> {
  return withInspector(url, async call => {
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    // Let V8 hand freed pages back to the system before reading VmRSS.
    await new Promise(r => setTimeout(r, 1000));
    return {
      heapUsedMB: Number(usage.usedSize) / 1e6,
      residentMB: resident() ?? NaN,
    };
  });
}

/** {@link memoryAfterGc} of a running backend, or undefined when its inspector is unavailable. */
export async function liveMemoryOf(
  backend: BackendHandle,
): Promise<AfterGcMemory | undefined> {
  if (!backend.inspectorUrl) return undefined;
  try {
    return await memoryAfterGc(backend.inspectorUrl, () => {
      const mib = residentMemoryMiB(backend.pid);
      return mib === undefined ? undefined : (mib * 1024 * 1024) / 1e6;
    });
  } catch {
    return undefined;
  }
}
