import type {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  type BasicPermission,
} from '@backstage/plugin-permission-common';
import type { Request } from 'express';
import type { RouterOptions } from './RouterOptions';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The checks of every organisation route: credentials of a user or a service
 * (401 without), then the basic permission (403 when denied).
 */
export async function requireOverviewPermission(
  options: RouterOptions,
  req: Request,
  permission: BasicPermission,
): Promise<
  BackstageCredentials<BackstageUserPrincipal | BackstageServicePrincipal>
> {
  const credentials = await options.httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  const [decision] = await options.permissions.authorize([{ permission }], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`You are not allowed to ${permission.name}`);
  }
  return credentials;
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
