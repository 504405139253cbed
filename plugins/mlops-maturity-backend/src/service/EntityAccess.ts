import type {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
  stringifyError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import { matchesEntitySelectors } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Request } from 'express';
import type { EntityEvidenceResult } from '../evidence';
import { entityRefFromPath, type EntityPathParams } from './entityRef';
import {
  isSourceFailure,
  unavailableEvidence,
  withTimeout,
} from './evidenceFallback';
import type { RouterOptions } from './RouterOptions';

type EntityPermission = ResourcePermission<'catalog-entity'>;

/** How long an entity lookup may take before the catalog counts as unavailable. */
const CATALOG_TIMEOUT_MS = 5000;

/** Whether a request only reads (catalog failures tolerated) or writes (they are not). */
export type AccessMode = 'read' | 'write';

/**
 * The checks every entity route makes, in order: a well-formed ref, who is
 * calling (401), what they may do (403), and whether the entity exists and is
 * an ML service (404).
 */
export class EntityAccess {
  constructor(private readonly options: RouterOptions) {}

  /** The normalised entity ref of the request's path (400 when malformed). */
  entityRef(req: Request): string {
    return entityRefFromPath(req.params as unknown as EntityPathParams);
  }

  /** Credentials of a user or service; 401 without. */
  readerCredentials(
    req: Request,
  ): Promise<
    BackstageCredentials<BackstageUserPrincipal | BackstageServicePrincipal>
  > {
    return this.options.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
  }

  /** Credentials of a user, who is recorded as the author; 401 without credentials, 403 for a service. */
  writerCredentials(
    req: Request,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    return this.options.httpAuth.credentials(req, { allow: ['user'] });
  }

  /** Throws `NotAllowedError` (403) unless the permission is granted on the entity. */
  async require(
    permission: EntityPermission,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.options.permissions.authorize(
      [{ permission, resourceRef: entityRef }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You are not allowed to ${permission.name} on ${entityRef}`,
      );
    }
  }

  /**
   * Whether a user may write (for `canEdit`). A failing permission check
   * only hides the edit controls; it never fails the read around it.
   */
  async canEdit(
    permission: EntityPermission,
    entityRef: string,
    credentials: BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >,
  ): Promise<boolean> {
    if (credentials.principal.type !== 'user') return false;
    try {
      const [decision] = await this.options.permissions.authorize(
        [{ permission, resourceRef: entityRef }],
        { credentials },
      );
      return decision.result === AuthorizeResult.ALLOW;
    } catch (error) {
      this.options.logger.warn(
        `Could not check ${permission.name} on ${entityRef}: ${stringifyError(
          error,
        )}`,
      );
      return false;
    }
  }

  /**
   * Reads the entity from the catalog and checks it is an ML service. When
   * the catalog cannot be reached, reads go on with what is stored (null) and
   * writes fail with 503, since nothing is written for an unchecked entity.
   */
  async entity(
    entityRef: string,
    credentials: BackstageCredentials,
    mode: AccessMode,
  ): Promise<Entity | null> {
    let entity: Entity | undefined;
    try {
      entity = await withTimeout(
        this.options.catalog.getEntityByRef(entityRef, { credentials }),
        CATALOG_TIMEOUT_MS,
      );
    } catch (error) {
      return this.catalogUnavailable(entityRef, mode, stringifyError(error));
    }
    if (!entity) {
      throw new NotFoundError(`The catalog has no entity ${entityRef}`);
    }
    this.checkMlService(entityRef, entity);
    return entity;
  }

  /** The entity with its evidence, checked like {@link EntityAccess.entity}. */
  async evidence(
    entityRef: string,
    credentials: BackstageCredentials,
    mode: AccessMode,
  ): Promise<EntityEvidenceResult> {
    let result: EntityEvidenceResult;
    try {
      result = await this.options.evidence.load(entityRef, credentials);
    } catch (error) {
      if (!isSourceFailure(error)) throw error;
      // The evidence service is meant to report source failures in its
      // result; should one escape, the scorecard still comes from the stored answers.
      this.options.logger.warn(
        `Evidence for ${entityRef} failed: ${stringifyError(error)}`,
      );
      result = unavailableEvidence(this.options.model, entityRef);
    }
    if (result.entity) {
      this.checkMlService(entityRef, result.entity);
    } else if (mode === 'write') {
      // The evidence service has logged why the catalog failed.
      this.catalogUnavailable(entityRef, mode, 'the catalog did not answer');
    }
    return result;
  }

  private checkMlService(entityRef: string, entity: Entity) {
    if (!matchesEntitySelectors(entity, this.options.entities)) {
      const selectors = this.options.entities
        .map(s =>
          s.types ? `${s.kind} of type ${s.types.join(' | ')}` : s.kind,
        )
        .join('; ');
      throw new NotFoundError(
        `${entityRef} is not an ML service: only entities matching mlopsMaturity.entities (${selectors}) have a maturity scorecard`,
      );
    }
  }

  private catalogUnavailable(
    entityRef: string,
    mode: AccessMode,
    cause: string,
  ) {
    if (mode === 'write') {
      throw new ServiceUnavailableError(
        `The catalog could not be read to check ${entityRef}, so nothing was saved; try again shortly (${cause})`,
      );
    }
    this.options.logger.warn(
      `The catalog could not be read for ${entityRef}; answering from stored data (${cause})`,
    );
    return null;
  }
}
