import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { InputError, NotFoundError, stringifyError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  collectorIdsFor,
  evaluateEvidence,
  type CollectedEvidence,
  type EvidenceSet,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { EvidenceCollector } from '@mlops-maturity/plugin-mlops-maturity-node';
import { fetchRelatedEntities } from './fetchRelatedEntities';
import { DEFAULT_COLLECTOR_TIMEOUT_MS, runCollectors } from './runCollectors';
import { withTimeout } from '../deadlines/withTimeout';
import {
  indexCollectors,
  markRelationEvidenceUnavailable,
} from './evidenceHelpers';
import {
  logMissingCollectors,
  withInstalledCollectors,
} from './installedCollectors';

/**
 * How long, in seconds, a catalog request may take by default
 * (`mlopsMaturity.catalogTimeoutSeconds`): a read's evidence then counts as
 * unavailable, a write or an index refresh answers 503.
 */
export const DEFAULT_CATALOG_TIMEOUT_SECONDS = 5;

/** {@link DEFAULT_CATALOG_TIMEOUT_SECONDS} in milliseconds. */
export const DEFAULT_CATALOG_TIMEOUT_MS =
  DEFAULT_CATALOG_TIMEOUT_SECONDS * 1000;

/**
 * An entity with its evidence, ready for scoring.
 * @public
 */
export interface EntityEvidenceResult {
  /** The entity as the catalog returned it; null when the catalog could not be read. */
  entity: Entity | null;
  evidence: EvidenceSet;
  /**
   * `available`: every source answered. `partial`: the entity was read but a
   * collector or the related entities failed. `unavailable`: the catalog
   * failed, so no evidence at all is known.
   */
  status: 'available' | 'partial' | 'unavailable';
}

/**
 * Gathers the evidence for one entity: catalog rules, related entities and
 * evidence collectors.
 * @public
 */
export interface EvidenceService {
  /**
   * Throws NotFoundError when the catalog has no such entity (or the caller
   * may not see it), and InputError for a malformed ref. Never throws for
   * catalog/collector failures: those are reported in `status` and as
   * `unavailable` evidence.
   */
  load(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityEvidenceResult>;
}

/**
 * The {@link EvidenceService} over the catalog service and the installed
 * evidence collectors.
 * @public
 */
export class DefaultEvidenceService implements EvidenceService {
  /**
   * Throws when two collectors share an id, so a misconfigured backend stops
   * at start-up instead of scoring with the wrong collector. A `collector`
   * rule whose collector is not installed is left out (see
   * `withInstalledCollectors`): it gives no evidence, and one line at
   * creation says so, instead of a warning on every read.
   */
  static create(options: {
    catalog: CatalogService;
    model: MaturityModel;
    collectors: EvidenceCollector[];
    logger: LoggerService;
    /** Timeout of a collector without its own `timeoutMs`; 2000 ms by default. */
    defaultTimeoutMs?: number;
    /** Timeout of each catalog request (`mlopsMaturity.catalogTimeoutSeconds`); 5000 ms by default. */
    catalogTimeoutMs?: number;
  }): DefaultEvidenceService {
    const collectors = indexCollectors(options.collectors);
    const { model, missing } = withInstalledCollectors(
      options.model,
      collectors,
    );
    logMissingCollectors(options.logger, missing);
    return new DefaultEvidenceService(
      options.catalog,
      model,
      collectors,
      collectorIdsFor(model),
      options.logger,
      options.defaultTimeoutMs ?? DEFAULT_COLLECTOR_TIMEOUT_MS,
      options.catalogTimeoutMs ?? DEFAULT_CATALOG_TIMEOUT_MS,
    );
  }

  private constructor(
    private readonly catalog: CatalogService,
    private readonly model: MaturityModel,
    private readonly collectors: ReadonlyMap<string, EvidenceCollector>,
    private readonly collectorIds: string[],
    private readonly logger: LoggerService,
    private readonly defaultTimeoutMs: number,
    private readonly catalogTimeoutMs: number,
  ) {}

  async load(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityEvidenceResult> {
    const ref = normalizeRef(entityRef);

    let entity: Entity | undefined;
    try {
      entity = await withTimeout(
        this.catalog.getEntityByRef(ref, { credentials }),
        this.catalogTimeoutMs,
        'The catalog',
      );
    } catch (error) {
      const message = `The catalog could not be read: ${stringifyError(error)}`;
      this.logger.warn(`Evidence for ${ref} is unavailable. ${message}`);
      return this.catalogUnavailable(ref, message);
    }
    if (!entity) {
      throw new NotFoundError(`The catalog has no entity ${ref}`);
    }

    const [related, collected] = await Promise.all([
      withTimeout(
        fetchRelatedEntities({
          catalog: this.catalog,
          model: this.model,
          entities: [entity],
          credentials,
        }),
        this.catalogTimeoutMs,
        'The catalog',
      ).catch((error: unknown) => {
        this.logger.warn(
          `Related entities of ${ref} could not be read: ${stringifyError(
            error,
          )}`,
        );
        return undefined;
      }),
      runCollectors({
        collectorIds: this.collectorIds,
        collectors: this.collectors,
        entity,
        defaultTimeoutMs: this.defaultTimeoutMs,
        logger: this.logger,
      }),
    ]);

    let evidence = evaluateEvidence(this.model, {
      entity,
      related: related ?? [],
      collected,
    });
    if (!related) {
      evidence = markRelationEvidenceUnavailable(
        this.model,
        evidence,
        'Related entities could not be read from the catalog',
      );
    }
    const collectorFailed = Object.values(collected).some(
      result => result.status === 'unavailable',
    );
    return {
      entity,
      evidence,
      status: related && !collectorFailed ? 'available' : 'partial',
    };
  }

  /** Every rule is unavailable; collectors are not run since they need the entity. */
  private catalogUnavailable(
    ref: string,
    message: string,
  ): EntityEvidenceResult {
    return {
      entity: null,
      evidence: unavailableEvidence(
        this.model,
        ref,
        message,
        this.collectorIds,
      ),
      status: 'unavailable',
    };
  }
}

/**
 * Evidence of an entity whose catalog entry could not be read: every
 * catalog rule and every collector of `collectorIds` (by default, all the
 * model names) is unavailable with `message`.
 */
export function unavailableEvidence(
  model: MaturityModel,
  ref: string,
  message: string,
  collectorIds: string[] = collectorIdsFor(model),
): EvidenceSet {
  const { kind, namespace, name } = parseEntityRef(ref);
  const collected: Record<string, CollectedEvidence> = Object.fromEntries(
    collectorIds.map(id => [
      id,
      { status: 'unavailable', items: [], message } as CollectedEvidence,
    ]),
  );
  return evaluateEvidence(model, {
    // Only the ref is known; the engine reads no field when the catalog is unavailable.
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name, namespace },
    },
    related: [],
    collected,
    catalogUnavailable: true,
  });
}

function normalizeRef(entityRef: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(entityRef));
  } catch (error) {
    throw new InputError(
      `Malformed entity reference '${entityRef}': ${stringifyError(error)}`,
    );
  }
}
