/** The shape of the benchmark's results, as written to `.out/bench/results.json`. */
import type { BenchDatabase } from '../backend/databases';
import type { IngestionResult } from '../catalog/waitForIngestion';
import type { LoadResult } from '../measure/runLoad';
import type { SingleResult } from '../measure/runSingle';
import type { SeedSummary } from '../seed/seedFile';

/** One operation on one database. */
export interface OperationResult {
  id: string;
  label: string;
  /** `missing`: the endpoint does not exist; `failed`: preparing or running it threw. */
  status: 'measured' | 'missing' | 'failed';
  note?: string;
  sequential?: LoadResult;
  concurrent?: LoadResult;
  single?: SingleResult;
}

/** A target of issue 5 and whether the run met it (null: not measured). */
export interface TargetCheck {
  what: string;
  target: string;
  measured: string;
  met: boolean | null;
}

/** Resident memory of the backend process in MB (10^6 bytes). */
export interface MemoryFigures {
  /** Maximum from the start until the catalog held every entity (seed import, ingestion). */
  startupPeakMB: number;
  /** Maximum while the operations were measured. */
  measuredPeakMB: number;
  /** Maximum per phase. */
  byPhase: Record<string, number>;
  /**
   * Per measured operation group: the memory after a forced full garbage
   * collection just before it (what the backend still held from earlier
   * work) and the peak while it ran, so that each group's own growth shows.
   */
  byOperation?: OperationMemory[];
  /** Live heap and resident memory after a forced full garbage collection at the end. */
  afterGc?: { heapUsedMB: number; residentMB: number };
}

/** The backend's memory around one operation group, in MB. */
export interface OperationMemory {
  id: string;
  /** VmRSS and live heap right after a full GC before the group started. */
  before?: { heapUsedMB: number; residentMB: number };
  /** Peak VmRSS while the group ran. */
  peakMB: number;
}

/** Everything measured on one database. */
export interface DatabaseRun {
  database: BenchDatabase;
  /**
   * The machine's 1-minute load average when the run started and ended: the
   * figures are only comparable between runs made under similar load.
   */
  loadAverage: { start: number; end?: number };
  /** Milliseconds from the backend's start until its readiness check answered. */
  readyAfterMs?: number;
  ingestion?: IngestionResult;
  operations: OperationResult[];
  memory?: MemoryFigures;
  targets: TargetCheck[];
  /** Set when the run stopped early. */
  error?: string;
}

/** The whole benchmark. */
export interface BenchResults {
  generatedAt: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string };
  backendMode: string;
  backendBuildMs: number;
  entities: number;
  quick: boolean;
  concurrency: number;
  catalog: {
    entities: number;
    components: number;
    teams: number;
    guestTeam: string;
    writableServices: number;
  };
  seed: SeedSummary;
  runs: DatabaseRun[];
}
