/** Latency statistics of a measured operation. */

/** Summary of a series of request latencies. */
export interface LatencySummary {
  /** Requests that succeeded. */
  count: number;
  /** Requests that failed (unexpected status or network error). */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** Successful requests per second of wall time. */
  throughput: number;
  wallMs: number;
}

/** The value below which `share` of the sorted values fall (nearest rank). */
export function percentile(sorted: number[], share: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil(share * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Summarises latencies (ms) measured over `wallMs` of wall time. */
export function summarise(
  latencies: number[],
  errors: number,
  wallMs: number,
): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: sorted.length
      ? sorted.reduce((a, b) => a + b, 0) / sorted.length
      : NaN,
    throughput: wallMs > 0 ? (sorted.length * 1000) / wallMs : NaN,
    wallMs,
  };
}
