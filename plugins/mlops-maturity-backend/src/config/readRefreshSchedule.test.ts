import { mockServices } from '@backstage/backend-test-utils';
import { readRefreshSchedule } from './readRefreshSchedule';

function read(refresh?: object) {
  return readRefreshSchedule(
    mockServices.rootConfig({
      data: refresh ? { mlopsMaturity: { refresh } } : {},
    }),
  );
}

describe('readRefreshSchedule', () => {
  it('refreshes every 30 minutes, first after 10 seconds, on one replica', () => {
    expect(read()).toEqual({
      frequency: { minutes: 30 },
      timeout: { minutes: 10 },
      initialDelay: { seconds: 10 },
      scope: 'global',
    });
  });

  it('reads durations, cron expressions and manual triggering', () => {
    expect(
      read({
        frequency: { hours: 1, minutes: 15 },
        timeout: { minutes: 2 },
        initialDelay: { seconds: 0 },
      }),
    ).toEqual({
      frequency: { hours: 1, minutes: 15 },
      timeout: { minutes: 2 },
      initialDelay: { seconds: 0 },
      scope: 'global',
    });
    expect(read({ frequency: { cron: '0 * * * *' } }).frequency).toEqual({
      cron: '0 * * * *',
    });
    // A manual refresh runs only on request: no run after start-up.
    expect(read({ frequency: { trigger: 'manual' } })).toEqual({
      frequency: { trigger: 'manual' },
      timeout: { minutes: 10 },
      scope: 'global',
    });
  });

  it.each([
    [
      { frequency: { fortnights: 1 } },
      /mlopsMaturity.refresh.frequency: unknown unit 'fortnights'/,
    ],
    [
      { frequency: { minutes: 0 } },
      /mlopsMaturity.refresh.frequency: the duration must be above 0/,
    ],
    [
      { timeout: { seconds: -1 } },
      /mlopsMaturity.refresh.timeout.seconds: must be 0 or more/,
    ],
  ])('refuses %j, naming the key', (refresh, message) => {
    expect(() => read(refresh)).toThrow(message);
  });
});
