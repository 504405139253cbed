import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { ServiceLevelEntry } from '@mlops-maturity/plugin-mlops-maturity-common';

/** The key of a service in the map: its ref, lower-cased as the catalog compares refs. */
export function levelMapKey(entityRef: string): string {
  return entityRef.toLocaleLowerCase('en-US');
}

/**
 * How long after start-up a failed first load is normal: the catalog and
 * this plugin start together, and the plugin answers 503 until its model
 * and index are ready. Within it, failures before the first successful load
 * are logged as information; after it, as warnings.
 */
export const LEVELS_START_UP_GRACE_MS = 5 * 60_000;

/**
 * Every ML service's level as last loaded from the plugin. A load replaces
 * the whole map at once; a failed load keeps the previous map (levels a
 * refresh interval old are closer to the truth than none). Before the
 * first successful load nothing is known, and `get` says so.
 */
export class MaturityLevelMap {
  private entries: Map<string, ServiceLevelEntry> | undefined;
  private readonly startedAt: number;

  constructor(
    private readonly load: () => Promise<ServiceLevelEntry[]>,
    private readonly logger: Pick<LoggerService, 'info' | 'warn'>,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** Loads every level again; on failure logs and keeps what it had. Never throws. */
  async refresh(): Promise<void> {
    try {
      const loaded = await this.load();
      this.entries = new Map(loaded.map(e => [levelMapKey(e.entityRef), e]));
    } catch (error) {
      if (
        !this.entries &&
        this.now() - this.startedAt < LEVELS_START_UP_GRACE_MS
      ) {
        this.logger.info(
          `The MLOps maturity levels for the catalog labels are not available yet (the plugin may still be starting); trying again at the next refresh: ${stringifyError(
            error,
          )}`,
        );
        return;
      }
      this.logger.warn(
        `Could not load the MLOps maturity levels for the catalog labels; ${
          this.entries
            ? 'keeping the levels loaded before'
            : 'no labels until a load succeeds'
        }: ${stringifyError(error)}`,
      );
    }
  }

  /** The service's entry; undefined when it is not known (no load yet, or not in the last one). */
  get(entityRef: string): ServiceLevelEntry | undefined {
    return this.entries?.get(levelMapKey(entityRef));
  }

  /** How many services the last successful load listed; undefined before one. */
  get size(): number | undefined {
    return this.entries?.size;
  }
}
