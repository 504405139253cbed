import type {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  LoggerService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import { mlopsMaturityScorecardReadPermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Request } from 'express';
import type { PolicyDecisionCache } from '../access/PolicyDecisionCache';
import { evaluateCatalogCriteria } from '../access/catalogConditions';
import { withPermissionDeadline } from '../access/permissionDeadline';
import type {
  EntityEvidence,
  FreshEntityEvidence,
  SnapshotEvidence,
} from '../evidence/SnapshotEvidence';
import { entityRefFromPath, type EntityPathParams } from './entityRef';

type EntityPermission = ResourcePermission<'catalog-entity'>;

/** How long a permission decision may take before the request answers 503 (shared with the organisation views). */
export { PERMISSION_TIMEOUT_MS } from '../access/permissionDeadline';

/** A caller allowed to read an entity, with the entity's evidence. */
export interface ReadAccess {
  entityRef: string;
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >;
  evidence: EntityEvidence;
  /** Whether the caller may also make the write the route asked about. */
  canEdit: boolean;
}

/** A user allowed to write to an ML service, with its evidence read just now. */
export interface WriteAccess {
  entityRef: string;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  evidence: FreshEntityEvidence;
}

/** What {@link EntityAccess} needs. */
export interface EntityAccessOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  snapshots: SnapshotEvidence;
  /** Reuses a caller's read decisions for a few seconds (`mlopsMaturity.permissions.cacheSeconds`). */
  decisions: PolicyDecisionCache;
  logger: LoggerService;
}

/**
 * The checks of every entity route: a well-formed ref, who is calling (401),
 * what they may do (403) and whether the entity exists, may be seen and is
 * an ML service (404).
 *
 * Reads ask the permission backend once, for every permission the response
 * depends on (the plugin's read permission, the catalog's read permission
 * and, for the edit controls, the write permission), without naming the
 * entity; conditional answers are applied here to the entity's snapshot,
 * with the catalog's own rules, so a read makes no call to the catalog. A
 * condition this plugin cannot evaluate is sent back to the permission
 * backend with the entity's ref, which decides it exactly. Writes always
 * ask with the entity's ref, so they are decided on the entity as the
 * catalog holds it now.
 */
export class EntityAccess {
  constructor(private readonly options: EntityAccessOptions) {}

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

  /**
   * Authorises a read of the request's entity: 403 without the plugin's
   * read permission, 404 when the catalog's read permission hides the
   * entity or it is not an ML service. With `edit`, also tells whether a
   * user may make that write (services never may).
   */
  async authorizeRead(
    req: Request,
    edit?: EntityPermission,
  ): Promise<ReadAccess> {
    const entityRef = this.entityRef(req);
    const credentials = await this.readerCredentials(req);
    return this.authorizeReadOf(entityRef, credentials, edit);
  }

  /**
   * {@link EntityAccess.authorizeRead} for a caller whose credentials are
   * already known (an action of the actions registry): the same decisions,
   * on a normalised entity ref.
   */
  async authorizeReadOf(
    entityRef: string,
    credentials: BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >,
    edit?: EntityPermission,
  ): Promise<ReadAccess> {
    const asked: EntityPermission[] = [
      mlopsMaturityScorecardReadPermission,
      catalogEntityReadPermission,
    ];
    if (edit && credentials.principal.type === 'user') asked.push(edit);
    // The evidence is read while the permission backend decides, but
    // nothing is answered before the decision allows it.
    const evidencePending = this.options.snapshots.forRead(entityRef);
    evidencePending.catch(() => undefined);
    const decisions = await this.options.decisions.decide(
      credentials,
      asked,
      () =>
        this.call('read', entityRef, () =>
          this.options.permissions.authorizeConditional(
            asked.map(permission => ({ permission })),
            { credentials },
          ),
        ),
    );
    refuse(entityRef, decisions[0], decisions[1]);
    const evidence = await evidencePending;
    const [read, seen, canEdit = false] = await this.resolve(
      entityRef,
      credentials,
      asked,
      decisions,
      evidence.entity,
    );
    refuse(entityRef, read, seen);
    return { entityRef, credentials, evidence, canEdit };
  }

  /**
   * Authorises a user's write to an entity, decided by the permission
   * backend on the entity as the catalog holds it (403 / 404), and reads
   * the entity's evidence from its sources (404 when it is no ML service,
   * 503 when the catalog cannot be read: nothing is written unchecked).
   */
  async authorizeWrite(
    entityRef: string,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    permission: EntityPermission,
  ): Promise<WriteAccess> {
    const decisions = await this.call('write', entityRef, () =>
      this.options.permissions.authorize(
        [permission, catalogEntityReadPermission].map(p => ({
          permission: p,
          resourceRef: entityRef,
        })),
        { credentials },
      ),
    );
    refuse(entityRef, decisions[0], decisions[1], permission);
    const evidence = await this.options.snapshots.forWrite(entityRef);
    return { entityRef, credentials, evidence };
  }

  /**
   * Turns each decision into allowed or not: conditional ones are applied
   * to the entity here, and those that cannot be are asked again, together,
   * with the entity's ref.
   */
  private async resolve(
    entityRef: string,
    credentials: BackstageCredentials,
    asked: EntityPermission[],
    decisions: PolicyDecision[],
    entity: Entity | null,
  ): Promise<boolean[]> {
    const verdicts = decisions.map(decision => {
      if (decision.result === AuthorizeResult.ALLOW) return true;
      if (decision.result !== AuthorizeResult.CONDITIONAL) return false;
      return entity
        ? evaluateCatalogCriteria(decision.conditions, entity)
        : undefined;
    });
    const open = asked.filter((_, i) => verdicts[i] === undefined);
    if (!open.length) return verdicts as boolean[];
    let exact: boolean[];
    try {
      const answers = await this.call('read', entityRef, () =>
        this.options.permissions.authorize(
          open.map(permission => ({ permission, resourceRef: entityRef })),
          { credentials },
        ),
      );
      exact = answers.map(a => a.result === AuthorizeResult.ALLOW);
    } catch (error) {
      // Only the edit decision open: failing it hides the edit controls
      // and never fails the read around it.
      if (verdicts[0] === undefined || verdicts[1] === undefined) throw error;
      exact = open.map(() => false);
    }
    let next = 0;
    return verdicts.map(verdict => verdict ?? exact[next++]);
  }

  /** A permission call with a deadline; a failure or a timeout is a 503. */
  private async call<T>(
    mode: 'read' | 'write',
    entityRef: string,
    fn: () => Promise<T>,
  ): Promise<T> {
    return withPermissionDeadline(fn, {
      logger: this.options.logger,
      failure: `Permissions for ${entityRef} could not be checked`,
      message: `Permissions could not be checked for ${entityRef}${
        mode === 'write' ? ', so nothing was saved' : ''
      }; try again shortly`,
    });
  }
}

type Verdict = PolicyDecision | boolean;

function denied(verdict: Verdict): boolean {
  return typeof verdict === 'boolean'
    ? !verdict
    : verdict.result === AuthorizeResult.DENY;
}

/**
 * 403 when the plugin's permission is refused; 404, as the catalog itself
 * would answer, when the catalog's read permission hides the entity.
 */
function refuse(
  entityRef: string,
  permitted: Verdict,
  seen: Verdict,
  permission: EntityPermission = mlopsMaturityScorecardReadPermission,
): void {
  if (denied(permitted)) {
    throw new NotAllowedError(
      `You are not allowed to ${permission.name} on ${entityRef}`,
    );
  }
  if (denied(seen)) {
    throw new NotFoundError(`The catalog has no entity ${entityRef}`);
  }
}
