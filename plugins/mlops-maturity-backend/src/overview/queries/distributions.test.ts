import {
  distributionOf,
  meanOf,
  medianLevelOf,
  shareOf,
} from './distributions';

const LEVELS = ['basic', 'intermediate', 'advanced'];

function dist(...counts: number[]) {
  return distributionOf(
    LEVELS,
    new Map(LEVELS.map((id, i) => [id, counts[i]])),
    counts[3] ?? 0,
  );
}

describe('medianLevelOf', () => {
  it.each([
    [[1, 1, 1], 'intermediate'],
    [[1, 0, 1], 'basic'], // even count: the lower of the two middle services
    [[0, 2, 2], 'intermediate'],
    [[1, 1, 2], 'intermediate'],
    [[1, 0, 2], 'advanced'],
    [[0, 0, 1], 'advanced'],
    [[3, 0, 0, 50], 'basic'], // services without a level do not count
    [[0, 0, 0, 4], null],
  ])('of %j is %p', (counts, expected) => {
    expect(medianLevelOf(dist(...counts))).toBe(expected);
  });
});

describe('distributionOf', () => {
  it('lists every level in order with zeros, then the services without a level', () => {
    expect(
      distributionOf(
        LEVELS,
        new Map([
          ['advanced', 2],
          ['retired', 5],
        ]),
        1,
      ),
    ).toEqual([
      { levelId: 'basic', count: 0 },
      { levelId: 'intermediate', count: 0 },
      { levelId: 'advanced', count: 2 },
      { levelId: null, count: 1 },
    ]);
  });
});

describe('meanOf and shareOf', () => {
  it('rounds means to one decimal and has no mean without values', () => {
    expect(meanOf(160, 3)).toBe(53.3);
    expect(meanOf(0, 0)).toBeNull();
  });

  it('gives 0 as the share of nothing', () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBe(0);
  });
});
