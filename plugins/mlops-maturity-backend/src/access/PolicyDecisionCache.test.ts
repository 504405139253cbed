import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { CacheService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { PolicyDecisionCache } from './PolicyDecisionCache';

const read = createPermission({ name: 'x.read', attributes: {} });
const edit = createPermission({ name: 'x.edit', attributes: {} });

/** A cache store in memory that honours nothing but get and set, like a real store would with a long TTL. */
function memoryCache(): CacheService & { ttls: unknown[] } {
  const values = new Map<string, unknown>();
  const ttls: unknown[] = [];
  const cache = {
    ttls,
    get: async (key: string) => values.get(key) as any,
    set: async (key: string, value: unknown, options?: { ttl?: unknown }) => {
      values.set(key, value);
      ttls.push(options?.ttl);
    },
    delete: async (key: string) => {
      values.delete(key);
    },
    withOptions: () => cache,
  };
  return cache;
}

describe('PolicyDecisionCache', () => {
  const logger = mockServices.logger.mock();
  const allow = [{ result: AuthorizeResult.ALLOW }] as const;

  it('asks the permission backend once per caller and permission set within its lifetime', async () => {
    const cache = memoryCache();
    const decisions = new PolicyDecisionCache(cache, 10_000, logger);
    const ask = jest.fn(async () => [...allow]);
    const ana = mockCredentials.user('user:default/ana');
    await decisions.decide(ana, [read], ask);
    await decisions.decide(ana, [read], ask);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(cache.ttls).toEqual([10_000]);

    // Another user, another permission set: asked again.
    await decisions.decide(
      mockCredentials.user('user:default/bo'),
      [read],
      ask,
    );
    await decisions.decide(ana, [read, edit], async () => [
      { result: AuthorizeResult.ALLOW },
      { result: AuthorizeResult.DENY },
    ]);
    expect(ask).toHaveBeenCalledTimes(2);
    await expect(decisions.decide(ana, [read, edit], ask)).resolves.toEqual([
      { result: AuthorizeResult.ALLOW },
      { result: AuthorizeResult.DENY },
    ]);
  });

  it('never reuses with a lifetime of 0 or without a cache', async () => {
    const ask = jest.fn(async () => [...allow]);
    const ana = mockCredentials.user('user:default/ana');
    for (const decisions of [
      new PolicyDecisionCache(memoryCache(), 0, logger),
      new PolicyDecisionCache(undefined, 10_000, logger),
    ]) {
      await decisions.decide(ana, [read], ask);
      await decisions.decide(ana, [read], ask);
    }
    expect(ask).toHaveBeenCalledTimes(4);
  });

  it('asks the permission backend when the cache fails, and does not fail the request', async () => {
    const broken: CacheService = {
      get: async () => {
        throw new Error('ECONNREFUSED');
      },
      set: async () => {
        throw new Error('ECONNREFUSED');
      },
      delete: async () => undefined,
      withOptions: () => broken,
    };
    const decisions = new PolicyDecisionCache(broken, 10_000, logger);
    const ask = jest.fn(async () => [...allow]);
    await expect(
      decisions.decide(mockCredentials.user(), [read], ask),
    ).resolves.toEqual([{ result: AuthorizeResult.ALLOW }]);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('does not keep decisions for a caller without an identity', async () => {
    const cache = memoryCache();
    const decisions = new PolicyDecisionCache(cache, 10_000, logger);
    const ask = jest.fn(async () => [...allow]);
    await decisions.decide(mockCredentials.none(), [read], ask);
    await decisions.decide(mockCredentials.none(), [read], ask);
    expect(ask).toHaveBeenCalledTimes(2);
    expect(cache.ttls).toEqual([]);
  });
});
