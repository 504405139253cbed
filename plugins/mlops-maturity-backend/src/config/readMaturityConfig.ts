import { DEFAULT_PERMISSION_CACHE_SECONDS } from '../access/PolicyDecisionCache';
import type { RootConfigService } from '@backstage/backend-plugin-api';
import { DEFAULT_CATALOG_TIMEOUT_SECONDS } from '../evidence/EvidenceService';
import { DEFAULT_EVIDENCE_MAX_AGE_MINUTES } from '../evidence/SnapshotEvidence';
import {
  DEFAULT_ENTITY_SELECTORS,
  DEFAULT_MINIMUM_ASSESSED_FOR_MEDIAN,
  DEFAULT_MINIMUM_COMPLETENESS,
  type EntitySelector,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** Default age in days after which a submission is stale. */
export const DEFAULT_STALE_AFTER_DAYS = 180;

/** The plugin's settings from `mlopsMaturity.*`, with defaults applied. */
export interface MaturityConfig {
  /** Which entities are ML services (`mlopsMaturity.entities`). */
  entities: EntitySelector[];
  /** `mlopsMaturity.staleAfterDays`. */
  staleAfterDays: number;
  /** `mlopsMaturity.evidence.maxAgeMinutes`: how old a scorecard's evidence may be before a read looks at the catalog again. */
  evidenceMaxAgeMinutes: number;
  /** `mlopsMaturity.catalogTimeoutSeconds`: the deadline of each catalog request. */
  catalogTimeoutSeconds: number;
  /** `mlopsMaturity.collectorTimeoutMs`; undefined: the evidence service's default. */
  collectorTimeoutMs?: number;
  /** `mlopsMaturity.permissions.cacheSeconds`: how long a caller's read decisions are reused; 0: never. */
  permissionCacheSeconds: number;
  /** `mlopsMaturity.submission.minimumCompleteness`: the share of applicable criteria a submission must cover. */
  minimumCompleteness: number;
  /** `mlopsMaturity.overview.minimumAssessedForMedian`: services with a level a group needs for a median. */
  minimumAssessedForMedian: number;
  /** `mlopsMaturity.model.file`, as written in the config. */
  modelFile?: string;
  /** `mlopsMaturity.seed.file`, as written in the config. */
  seedFile?: string;
}

function positiveNumber(
  config: RootConfigService,
  key: string,
): number | undefined {
  const value = config.getOptionalNumber(key);
  if (value !== undefined && !(value > 0)) {
    throw new Error(
      `Invalid config ${key}: must be a number above 0, got ${value}`,
    );
  }
  return value;
}

/**
 * Longest deadline accepted, in seconds: Node runs a timer longer than about
 * 24.8 days at once, and a deadline of hours would hold requests anyway.
 */
export const MAX_CATALOG_TIMEOUT_SECONDS = 3600;

function catalogTimeoutSeconds(config: RootConfigService): number {
  const key = 'mlopsMaturity.catalogTimeoutSeconds';
  const value = positiveNumber(config, key) ?? DEFAULT_CATALOG_TIMEOUT_SECONDS;
  if (value > MAX_CATALOG_TIMEOUT_SECONDS) {
    throw new Error(
      `Invalid config ${key}: must be at most ${MAX_CATALOG_TIMEOUT_SECONDS} seconds, got ${value}`,
    );
  }
  return value;
}

function minimumCompleteness(config: RootConfigService): number {
  const key = 'mlopsMaturity.submission.minimumCompleteness';
  const value = config.getOptionalNumber(key);
  if (value === undefined) return DEFAULT_MINIMUM_COMPLETENESS;
  if (!(value >= 0 && value <= 1)) {
    throw new Error(
      `Invalid config ${key}: must be a share from 0 to 1, got ${value}`,
    );
  }
  return value;
}

function minimumAssessedForMedian(config: RootConfigService): number {
  const key = 'mlopsMaturity.overview.minimumAssessedForMedian';
  const value = config.getOptionalNumber(key);
  if (value === undefined) return DEFAULT_MINIMUM_ASSESSED_FOR_MEDIAN;
  if (!(Number.isInteger(value) && value >= 1)) {
    throw new Error(
      `Invalid config ${key}: must be a whole number of services, at least 1, got ${value}`,
    );
  }
  return value;
}

/** Longest reuse of policy decisions accepted, in seconds: a policy change must take effect within minutes. */
export const MAX_PERMISSION_CACHE_SECONDS = 300;

function permissionCacheSeconds(config: RootConfigService): number {
  const key = 'mlopsMaturity.permissions.cacheSeconds';
  const value = config.getOptionalNumber(key);
  if (value === undefined) return DEFAULT_PERMISSION_CACHE_SECONDS;
  if (!(value >= 0 && value <= MAX_PERMISSION_CACHE_SECONDS)) {
    throw new Error(
      `Invalid config ${key}: must be a number of seconds from 0 (no reuse) to ${MAX_PERMISSION_CACHE_SECONDS}, got ${value}`,
    );
  }
  return value;
}

function readEntitySelectors(config: RootConfigService): EntitySelector[] {
  const key = 'mlopsMaturity.entities';
  const entries = config.getOptionalConfigArray(key);
  if (!entries) return DEFAULT_ENTITY_SELECTORS;
  if (entries.length === 0) {
    throw new Error(
      `Invalid config ${key}: list at least one { kind, types? } selector, or remove the key to use the default`,
    );
  }
  return entries.map(entry => {
    const kind = entry.getString('kind');
    const types = entry.getOptionalStringArray('types');
    return types ? { kind, types } : { kind };
  });
}

/**
 * Reads `mlopsMaturity.*`. Throws at start-up, naming the key, when a value
 * is out of range.
 */
export function readMaturityConfig(config: RootConfigService): MaturityConfig {
  return {
    entities: readEntitySelectors(config),
    staleAfterDays:
      positiveNumber(config, 'mlopsMaturity.staleAfterDays') ??
      DEFAULT_STALE_AFTER_DAYS,
    evidenceMaxAgeMinutes:
      positiveNumber(config, 'mlopsMaturity.evidence.maxAgeMinutes') ??
      DEFAULT_EVIDENCE_MAX_AGE_MINUTES,
    catalogTimeoutSeconds: catalogTimeoutSeconds(config),
    collectorTimeoutMs: positiveNumber(
      config,
      'mlopsMaturity.collectorTimeoutMs',
    ),
    permissionCacheSeconds: permissionCacheSeconds(config),
    minimumCompleteness: minimumCompleteness(config),
    minimumAssessedForMedian: minimumAssessedForMedian(config),
    modelFile: config.getOptionalString('mlopsMaturity.model.file'),
    seedFile: config.getOptionalString('mlopsMaturity.seed.file'),
  };
}
