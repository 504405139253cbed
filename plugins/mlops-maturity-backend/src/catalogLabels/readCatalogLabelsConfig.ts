import type { RootConfigService } from '@backstage/backend-plugin-api';
import { OVERVIEW_LEVELS_DEFAULT_LIMIT } from '@mlops-maturity/plugin-mlops-maturity-common';

/** Default seconds between two loads of every service's level. */
export const DEFAULT_LABELS_REFRESH_SECONDS = 60;
/** Default deadline of each page request, in seconds. */
export const DEFAULT_LABELS_TIMEOUT_SECONDS = 10;

/** The catalog labels module's settings from `mlopsMaturity.catalogLabels.*`. */
export interface CatalogLabelsConfig {
  /** `refreshIntervalSeconds`: how often every service's level is loaded again. */
  refreshIntervalSeconds: number;
  /** `timeoutSeconds`: the deadline of each page request to the plugin. */
  timeoutSeconds: number;
  /** `pageSize`: services per request. */
  pageSize: number;
}

function positive(
  config: RootConfigService,
  key: string,
  max: number,
  fallback: number,
): number {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return fallback;
  if (!(value > 0 && value <= max)) {
    throw new Error(
      `Invalid config ${key}: must be a number above 0 and at most ${max}, got ${value}`,
    );
  }
  return value;
}

/** Reads `mlopsMaturity.catalogLabels.*`; throws naming the key when a value is out of range. */
export function readCatalogLabelsConfig(
  config: RootConfigService,
): CatalogLabelsConfig {
  const prefix = 'mlopsMaturity.catalogLabels';
  const pageSize = positive(
    config,
    `${prefix}.pageSize`,
    5000,
    OVERVIEW_LEVELS_DEFAULT_LIMIT,
  );
  if (!Number.isInteger(pageSize)) {
    throw new Error(
      `Invalid config ${prefix}.pageSize: must be a whole number, got ${pageSize}`,
    );
  }
  return {
    refreshIntervalSeconds: positive(
      config,
      `${prefix}.refreshIntervalSeconds`,
      24 * 3600,
      DEFAULT_LABELS_REFRESH_SECONDS,
    ),
    timeoutSeconds: positive(
      config,
      `${prefix}.timeoutSeconds`,
      3600,
      DEFAULT_LABELS_TIMEOUT_SECONDS,
    ),
    pageSize,
  };
}
