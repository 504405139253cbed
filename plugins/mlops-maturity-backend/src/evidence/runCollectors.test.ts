import { mockServices } from '@backstage/backend-test-utils';
import type { CollectedEvidence } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { EvidenceCollector } from '@mlops-maturity/plugin-mlops-maturity-node';
import { scorerEntity } from './__fixtures__/evidenceFixtures';
import { runCollector, runCollectors } from './runCollectors';

const found: CollectedEvidence = {
  status: 'found',
  items: [{ source: 'collector', label: 'Argo CD app', url: 'https://argo/x' }],
};

function collector(
  id: string,
  collect: EvidenceCollector['collect'],
  timeoutMs?: number,
): EvidenceCollector {
  return { id, collect, timeoutMs };
}

describe('runCollector', () => {
  it('returns what a well-behaved collector reports', async () => {
    const result = await runCollector(
      collector('ok', async () => found),
      scorerEntity,
      1000,
    );
    expect(result).toEqual(found);
  });

  it('hands the entity to the collector', async () => {
    const collect = jest.fn(async () => found);
    await runCollector(collector('ok', collect), scorerEntity, 1000);
    expect(collect).toHaveBeenCalledWith(
      expect.objectContaining({ entity: scorerEntity }),
    );
  });

  it('turns a rejection into unavailable with the cause', async () => {
    const result = await runCollector(
      collector('broken', async () => {
        throw new Error('registry returned 502');
      }),
      scorerEntity,
      1000,
    );
    expect(result.status).toBe('unavailable');
    expect(result.items).toEqual([]);
    expect(result.message).toMatch(/broken.*registry returned 502/);
  });

  it('turns a synchronous throw into unavailable', async () => {
    const result = await runCollector(
      collector('sync', () => {
        throw new TypeError('boom');
      }),
      scorerEntity,
      1000,
    );
    expect(result).toMatchObject({ status: 'unavailable' });
    expect(result.message).toContain('boom');
  });

  it('gives up after the timeout and aborts the signal', async () => {
    let signal: AbortSignal | undefined;
    const result = await runCollector(
      collector('slow', options => {
        signal = options.signal;
        return new Promise(() => {});
      }),
      scorerEntity,
      20,
    );
    expect(result.status).toBe('unavailable');
    expect(result.message).toMatch(/slow.*20 ms/);
    expect(signal?.aborted).toBe(true);
  });

  it.each([
    ['undefined', undefined],
    ['an unknown status', { status: 'maybe', items: [] }],
    ['items that are not a list', { status: 'found', items: 'x' }],
    ['an item without a label', { status: 'found', items: [{ source: 'c' }] }],
  ])('rejects a result with %s', async (_, value) => {
    const result = await runCollector(
      collector('odd', async () => value as unknown as CollectedEvidence),
      scorerEntity,
      1000,
    );
    expect(result).toEqual({
      status: 'unavailable',
      items: [],
      message: "Collector 'odd' returned an invalid result",
    });
  });
});

describe('runCollectors', () => {
  it('runs collectors in parallel, each with its own timeout', async () => {
    const logger = mockServices.logger.mock();
    const started: string[] = [];
    const slow = collector(
      'slow',
      async () => {
        started.push('slow');
        return new Promise(() => {});
      },
      30,
    );
    const fast = collector('fast', async () => {
      started.push('fast');
      return found;
    });
    const begin = Date.now();
    const results = await runCollectors({
      collectorIds: ['slow', 'fast', 'missing'],
      collectors: new Map([
        ['slow', slow],
        ['fast', fast],
      ]),
      entity: scorerEntity,
      defaultTimeoutMs: 5000,
      logger,
    });
    // The slow collector's 30 ms timeout applies, not the 5 s default.
    expect(Date.now() - begin).toBeLessThan(2000);
    expect(started.sort()).toEqual(['fast', 'slow']);
    expect(results.fast).toEqual(found);
    expect(results.slow.status).toBe('unavailable');
    expect(results.missing).toEqual({
      status: 'unavailable',
      items: [],
      message: "No evidence collector with id 'missing' is installed",
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        "'slow' gave no evidence for component:default/fraud-scorer",
      ),
    );
  });
});
