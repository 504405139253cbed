import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  NotFoundError,
  ServiceUnavailableError,
  stringifyError,
} from '@backstage/errors';
import type { Entity } from '@backstage/catalog-model';
import {
  matchesEntitySelectors,
  type EntitySelector,
  type EvidenceSet,
  type EvidenceStatus,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { unavailableEvidence, type EvidenceService } from './EvidenceService';
import {
  snapshotEntity,
  type EvidenceSnapshot,
  type EvidenceSnapshotStore,
} from './EvidenceSnapshotStore';

/** How old a snapshot may be before a read looks at the sources again, by default. */
export const DEFAULT_EVIDENCE_MAX_AGE_MINUTES = 60;

/** An entity's evidence as a scorecard uses it, with where it came from. */
export interface EntityEvidence {
  /**
   * The entity (reduced to what scoring and permission conditions read);
   * null when the catalog could not be read and no snapshot exists.
   */
  entity: Entity | null;
  evidence: EvidenceSet;
  /** See {@link EvidenceStatus}. */
  status: EvidenceStatus;
  /** When the sources were read (ISO 8601); null when they never were. */
  asOf: string | null;
}

/** An entity's evidence read from its sources just now: the entity is known. */
export interface FreshEntityEvidence extends EntityEvidence {
  entity: Entity;
  /** The entity as the catalog returned it, for the organisation index. */
  fullEntity: Entity;
}

/** What {@link SnapshotEvidence} needs. */
export interface SnapshotEvidenceOptions {
  model: MaturityModel;
  store: Pick<EvidenceSnapshotStore, 'get' | 'put'>;
  /** Reads the sources: the catalog, related entities and collectors. */
  sources: EvidenceService;
  auth: Pick<AuthService, 'getOwnServiceCredentials'>;
  /** `mlopsMaturity.entities`: only ML services get a snapshot. */
  selectors: EntitySelector[];
  /** `mlopsMaturity.evidence.maxAgeMinutes` in milliseconds. */
  maxAgeMs: number;
  logger: LoggerService;
  now?: () => Date;
}

/**
 * An entity's evidence, served from the `evidence_snapshots` table so that
 * a scorecard read does not wait on the catalog or on collectors. The
 * snapshots are kept current by the scheduled refresh (which reads every
 * ML service) and by every write; a read finds the sources again itself
 * only when the snapshot is missing or older than the maximum age, and
 * when they cannot be read it answers from the old snapshot marked `stale`.
 *
 * The sources are read with the plugin's own credentials, so a snapshot is
 * the same whoever caused it to be read; whether a caller may see the entity
 * is decided by the permission checks (including the catalog's read
 * permission), not by what the catalog returns to them.
 */
export class SnapshotEvidence {
  constructor(private readonly options: SnapshotEvidenceOptions) {}

  /**
   * Evidence for a read. Throws NotFoundError when the catalog has no such
   * entity or it is not an ML service; never throws for unavailable sources.
   */
  async forRead(entityRef: string): Promise<EntityEvidence> {
    const snapshot = await this.storedSnapshot(entityRef);
    if (snapshot && this.isFresh(snapshot)) return fromSnapshot(snapshot);
    const loaded = await this.load(entityRef);
    if (loaded.entity) return loaded;
    if (snapshot) {
      this.options.logger.warn(
        `The sources of ${entityRef}'s evidence could not be read; answering from the snapshot of ${snapshot.takenAt.toISOString()}`,
      );
      return { ...fromSnapshot(snapshot), status: 'stale' };
    }
    return loaded;
  }

  /**
   * Evidence read from the sources now, for a write: a change is only
   * stored for an entity known to be an ML service, so a source that cannot
   * be read is a 503 and nothing is written.
   */
  async forWrite(entityRef: string): Promise<FreshEntityEvidence> {
    const loaded = await this.load(entityRef);
    if (!loaded.entity || !loaded.fullEntity) {
      throw new ServiceUnavailableError(
        `The catalog could not be read to check ${entityRef}, so nothing was saved; try again shortly`,
      );
    }
    return loaded as FreshEntityEvidence;
  }

  private isFresh(snapshot: EvidenceSnapshot): boolean {
    const age = this.now().getTime() - snapshot.takenAt.getTime();
    return age <= this.options.maxAgeMs;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** A snapshot that cannot be read is treated as missing: the sources still can be. */
  private async storedSnapshot(
    entityRef: string,
  ): Promise<EvidenceSnapshot | undefined> {
    try {
      return await this.options.store.get(entityRef);
    } catch (error) {
      this.options.logger.warn(
        `The evidence snapshot of ${entityRef} could not be read: ${stringifyError(
          error,
        )}`,
      );
      return undefined;
    }
  }

  private async load(
    entityRef: string,
  ): Promise<EntityEvidence & { fullEntity?: Entity }> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const takenAt = this.now();
    let result;
    try {
      result = await this.options.sources.load(entityRef, credentials);
    } catch (error) {
      if (!isSourceFailure(error)) throw error;
      // The evidence service reports source failures in its result; should
      // one escape, the scorecard still comes from the stored answers.
      this.options.logger.warn(
        `Evidence for ${entityRef} failed: ${stringifyError(error)}`,
      );
      result = {
        entity: null,
        evidence: unavailableEvidence(
          this.options.model,
          entityRef,
          'evidence failed',
        ),
      };
    }
    if (!result.entity) {
      return {
        entity: null,
        evidence: result.evidence,
        status: 'unavailable',
        asOf: null,
      };
    }
    checkMlService(entityRef, result.entity, this.options.selectors);
    const status = result.status === 'partial' ? 'partial' : 'available';
    const snapshot: EvidenceSnapshot = {
      entityRef,
      entity: snapshotEntity(result.entity),
      evidence: result.evidence,
      status,
      takenAt,
    };
    try {
      await this.options.store.put([snapshot]);
    } catch (error) {
      // The snapshot is a copy of the sources; the next read tries again.
      this.options.logger.warn(
        `The evidence snapshot of ${entityRef} could not be written: ${stringifyError(
          error,
        )}`,
      );
    }
    return { ...fromSnapshot(snapshot), fullEntity: result.entity };
  }
}

function fromSnapshot(snapshot: EvidenceSnapshot): EntityEvidence {
  return {
    entity: snapshot.entity,
    evidence: snapshot.evidence,
    status: snapshot.status,
    asOf: snapshot.takenAt.toISOString(),
  };
}

/** 404 unless the entity is an ML service per `mlopsMaturity.entities`. */
export function checkMlService(
  entityRef: string,
  entity: Entity,
  selectors: EntitySelector[],
): void {
  if (matchesEntitySelectors(entity, selectors)) return;
  const described = selectors
    .map(s => (s.types ? `${s.kind} of type ${s.types.join(' | ')}` : s.kind))
    .join('; ');
  throw new NotFoundError(
    `${entityRef} is not an ML service: only entities matching mlopsMaturity.entities (${described}) have a maturity scorecard`,
  );
}

/**
 * Whether an error comes from a failing source (catalog, network) rather
 * than answering the request (404, 400, 401, 403).
 */
function isSourceFailure(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name;
  return ![
    'NotFoundError',
    'InputError',
    'AuthenticationError',
    'NotAllowedError',
  ].includes(name as string);
}
