/**
 * Samples the resident memory (VmRSS in /proc/<pid>/status) of the backend
 * process every 200 ms and keeps the maximum per phase of the run, so that
 * start-up (seed import, catalog ingestion) and the measured requests can be
 * told apart.
 */
import { readFileSync } from 'node:fs';

/** Resident memory of a process in MiB, or undefined when it is gone. */
export function residentMemoryMiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the largest resident memory seen per phase. */
export class MemorySampler {
  private readonly peaks = new Map<string, number>();
  private phase = 'startup';
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number, intervalMs = 200) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  /** Samples now and records it under the current phase. */
  sample(): number | undefined {
    const rss = residentMemoryMiB(this.pid);
    if (rss !== undefined) {
      this.peaks.set(
        this.phase,
        Math.max(this.peaks.get(this.phase) ?? 0, rss),
      );
    }
    return rss;
  }

  /** Starts a new phase; later samples count towards it. */
  enter(phase: string): void {
    this.sample();
    this.phase = phase;
    this.sample();
  }

  /** The maximum per phase, in MiB. */
  peakByPhase(): Record<string, number> {
    return Object.fromEntries(this.peaks);
  }

  /** The maximum over the phases whose name passes `filter`, in MiB. */
  peak(filter: (phase: string) => boolean = () => true): number {
    return Math.max(
      0,
      ...[...this.peaks].filter(([p]) => filter(p)).map(([, v]) => v),
    );
  }

  /** Stops sampling. */
  stop(): void {
    clearInterval(this.timer);
  }
}
