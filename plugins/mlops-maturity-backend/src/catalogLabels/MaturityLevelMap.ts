import type { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { ServiceLevelEntry } from '@mlops-maturity/plugin-mlops-maturity-common';

/** The key of a service in the map: its ref, lower-cased as the catalog compares refs. */
export function levelMapKey(entityRef: string): string {
  return entityRef.toLocaleLowerCase('en-US');
}

/**
 * Every ML service's level as last loaded from the plugin. A load replaces
 * the whole map at once; a failed load keeps the previous map (levels a
 * refresh interval old are closer to the truth than none). Before the
 * first successful load nothing is known, and `get` says so.
 */
export class MaturityLevelMap {
  private entries: Map<string, ServiceLevelEntry> | undefined;

  constructor(
    private readonly load: () => Promise<ServiceLevelEntry[]>,
    private readonly logger: Pick<LoggerService, 'info' | 'warn'>,
  ) {}

  /** Loads every level again; on failure logs and keeps what it had. Never throws. */
  async refresh(): Promise<void> {
    try {
      const loaded = await this.load();
      this.entries = new Map(loaded.map(e => [levelMapKey(e.entityRef), e]));
    } catch (error) {
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
