import type {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  type BasicPermission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { mlopsMaturityOverviewReadPermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Request } from 'express';
import { catalogReadVisibility } from '../access/catalogReadVisibility';
import { withPermissionDeadline } from '../access/permissionDeadline';
import type { RequestFilters } from '../overview/queries/filters';
import type { EntityVisibility } from '../overview/queries/visibility';
import type { RouterOptions } from './RouterOptions';

const DAY_MS = 24 * 60 * 60 * 1000;

type Credentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/** A permission call of an organisation route: 503 when it fails or takes longer than the deadline. */
function ask<T>(options: RouterOptions, fn: () => Promise<T>): Promise<T> {
  return withPermissionDeadline(fn, {
    logger: options.logger,
    failure: 'Permissions for the organisation views could not be checked',
    message: 'Permissions could not be checked; try again shortly',
  });
}

/** 403 unless the decision allows the basic permission. */
function requireAllowed(
  decision: PolicyDecision,
  permission: BasicPermission,
): void {
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`You are not allowed to ${permission.name}`);
  }
}

/**
 * The checks of an organisation route without entities (the index
 * refresh): credentials of a user or a service (401 without), then the
 * basic permission (403 when denied, 503 without an answer in time).
 */
export async function requireOverviewPermission(
  options: RouterOptions,
  req: Request,
  permission: BasicPermission,
): Promise<Credentials> {
  const credentials = await options.httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  const [decision] = await ask(options, () =>
    options.permissions.authorize([{ permission }], { credentials }),
  );
  requireAllowed(decision, permission);
  return credentials;
}

/** A caller allowed to read the organisation views. */
export interface OverviewReader {
  credentials: Credentials;
  /**
   * The services this caller may see among those matching `scope` (the
   * request's filters; they limit which services need a look when the
   * catalog's decision has conditions the index cannot apply).
   */
  visibleTo(scope: {
    filters: RequestFilters;
    staleBefore: Date;
  }): Promise<EntityVisibility>;
}

/**
 * The checks of every organisation read: credentials (401 without) and
 * `mlops-maturity.overview.read` (403 when denied); then, through
 * {@link OverviewReader.visibleTo}, which services the caller may see, from
 * the catalog's read permission on entities. The permission backend is
 * asked once for that, without an entity (`authorizeConditional`), at the
 * same time as for the overview permission: ALLOW shows every service, DENY
 * none (the views answer, empty), and conditions are applied to the index
 * (see `catalogReadVisibility`); only conditions this plugin cannot
 * evaluate make it ask again, per service. Each call has a deadline (503).
 */
export async function authorizeOverviewRead(
  options: RouterOptions,
  req: Request,
): Promise<OverviewReader> {
  const credentials = await options.httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  return authorizeOverviewReadOf(options, credentials);
}

/**
 * {@link authorizeOverviewRead} for a caller whose credentials are already
 * known (an action of the actions registry): the same decisions.
 */
export async function authorizeOverviewReadOf(
  options: RouterOptions,
  credentials: Credentials,
): Promise<OverviewReader> {
  const overviewDecision = ask(options, () =>
    options.permissions.authorize(
      [{ permission: mlopsMaturityOverviewReadPermission }],
      { credentials },
    ),
  );
  const catalogDecision = ask(options, () =>
    options.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    ),
  );
  // Read only after the overview permission allows it (or never, on a 403).
  catalogDecision.catch(() => undefined);
  const [overviewRead] = await overviewDecision;
  requireAllowed(overviewRead, mlopsMaturityOverviewReadPermission);

  const visibleTo = async (scope: {
    filters: RequestFilters;
    staleBefore: Date;
  }): Promise<EntityVisibility> => {
    const [catalogRead] = await catalogDecision;
    const { visibility, cost } = await catalogReadVisibility({
      decision: catalogRead,
      candidates: where =>
        options.overview.visibilityCandidates({ ...scope, where }),
      authorize: async entityRefs => {
        const decisions = await ask(options, () =>
          options.permissions.authorize(
            entityRefs.map(resourceRef => ({
              permission: catalogEntityReadPermission,
              resourceRef,
            })),
            { credentials },
          ),
        );
        return decisions.map(d => d.result === AuthorizeResult.ALLOW);
      },
    });
    if (cost.evaluated) {
      options.logger.debug(
        `Catalog read conditions for the organisation views: ${cost.evaluated} services evaluated on their snapshots, ` +
          `${cost.authorized} of them decided by the permission backend in ${cost.authorizeCalls} calls`,
      );
    }
    return visibility;
  };
  return { credentials, visibleTo };
}

/** The current time and the moment before which a submission is stale. */
export function clock(options: RouterOptions): {
  now: Date;
  staleBefore: Date;
} {
  const now = options.now?.() ?? new Date();
  return {
    now,
    staleBefore: new Date(now.getTime() - options.staleAfterDays * DAY_MS),
  };
}
