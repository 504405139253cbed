import type {
  BackstageCredentials,
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type {
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';

/** How long a caller's policy decisions are reused, by default. */
export const DEFAULT_PERMISSION_CACHE_SECONDS = 10;

/** Who the decisions are for; undefined for a caller that is not cached. */
function principalKey(credentials: BackstageCredentials): string | undefined {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return `user:${principal.userEntityRef}`;
  }
  if (principal.type === 'service' && principal.subject) {
    return `service:${principal.subject}`;
  }
  return undefined;
}

/**
 * Reuses a caller's policy decisions (from `authorizeConditional`, which
 * names no entity) for a few seconds. A policy answers those from who the
 * caller is, not from the entity: conditions that depend on the entity come
 * back as conditions and are applied to each entity afresh. So the cache
 * only delays, by at most its lifetime, the effect of a policy change or of
 * a change in the caller's groups; writes are never decided from it.
 *
 * It goes through Backstage's cache service, so replicas that share a cache
 * store (Redis, Valkey, Memcache) share the decisions too. A cache that
 * fails is skipped: the permission backend is asked, as without a cache.
 */
export class PolicyDecisionCache {
  constructor(
    private readonly cache: CacheService | undefined,
    private readonly ttlMs: number,
    private readonly logger: LoggerService,
  ) {}

  /** The decisions for `permissions`, from the cache or from `ask`. */
  async decide(
    credentials: BackstageCredentials,
    permissions: Permission[],
    ask: () => Promise<PolicyDecision[]>,
  ): Promise<PolicyDecision[]> {
    const who = principalKey(credentials);
    if (!this.cache || this.ttlMs <= 0 || !who) return ask();
    const key = `policy-decisions:${who}:${permissions
      .map(p => p.name)
      .join(',')}`;
    const cached = await this.cache
      .get<PolicyDecision[]>(key)
      .catch(error => this.skip('read', error));
    if (Array.isArray(cached) && cached.length === permissions.length) {
      return cached;
    }
    const decisions = await ask();
    await this.cache
      .set(key, decisions as any, { ttl: this.ttlMs })
      .catch(error => this.skip('write', error));
    return decisions;
  }

  private skip(what: string, error: unknown): undefined {
    this.logger.warn(
      `Could not ${what} cached permission decisions: ${stringifyError(error)}`,
    );
    return undefined;
  }
}
