import { tinyModel } from '../__fixtures__/models';
import { NOW, score } from '../__testUtils__/scoring';
import type { Staleness } from './scorecardTypes';
import { DEFAULT_STALE_AFTER_DAYS } from './staleness';

const DAY = 86_400_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

describe('staleness (README: the scoring rules)', () => {
  it('defaults to 180 days', () => {
    expect(DEFAULT_STALE_AFTER_DAYS).toBe(180);
  });

  it.each<[string, string | null | undefined, number | undefined, Staleness]>([
    [
      'never submitted',
      undefined,
      undefined,
      { submittedAt: null, staleAt: null, isStale: false },
    ],
    [
      'submitted at null',
      null,
      undefined,
      { submittedAt: null, staleAt: null, isStale: false },
    ],
    [
      'an unreadable date',
      'last spring',
      undefined,
      { submittedAt: null, staleAt: null, isStale: false },
    ],
    [
      'submitted 179 days ago',
      ago(179 * DAY),
      undefined,
      {
        submittedAt: ago(179 * DAY),
        staleAt: new Date(NOW.getTime() + DAY).toISOString(),
        isStale: false,
      },
    ],
    [
      'exactly 180 days ago: not yet older than the limit',
      ago(180 * DAY),
      undefined,
      {
        submittedAt: ago(180 * DAY),
        staleAt: NOW.toISOString(),
        isStale: false,
      },
    ],
    [
      'a millisecond past 180 days',
      ago(180 * DAY + 1),
      undefined,
      { submittedAt: ago(180 * DAY + 1), staleAt: ago(1), isStale: true },
    ],
    [
      'a configured age of 30 days',
      ago(31 * DAY),
      30,
      { submittedAt: ago(31 * DAY), staleAt: ago(DAY), isStale: true },
    ],
  ])('%s', (_name, submittedAt, staleAfterDays, expected) => {
    expect(
      score(tinyModel(), {}, {}, { submittedAt, staleAfterDays }).staleness,
    ).toEqual(expected);
  });

  it('keeps scoring a stale assessment as it is', () => {
    const answers = {
      'dev-vcs': { value: 'yes' },
      'dev-tracking': { value: 'automated' },
    };
    const fresh = score(tinyModel(), answers, {}, { submittedAt: ago(DAY) });
    const stale = score(
      tinyModel(),
      answers,
      {},
      { submittedAt: ago(400 * DAY) },
    );
    expect(stale.staleness.isStale).toBe(true);
    expect(stale.areas).toEqual(fresh.areas);
    expect(stale.overall).toEqual(fresh.overall);
  });
});
