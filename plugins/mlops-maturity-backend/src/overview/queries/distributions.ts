import type { LevelCount } from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * A distribution over the given level ids, lowest first, followed by `null`
 * for the services without a level. Levels nobody holds count 0; counts of
 * level ids outside the list (a level an older model had) are left out.
 */
export function distributionOf(
  levelIds: string[],
  counts: Map<string | null, number>,
  withoutLevel: number,
): LevelCount[] {
  return [
    ...levelIds.map(levelId => ({ levelId, count: counts.get(levelId) ?? 0 })),
    { levelId: null, count: withoutLevel },
  ];
}

/**
 * The median level of a distribution, ignoring the services without a level:
 * the level of the service in the middle when they are lined up from the
 * lowest level to the highest. For an even count it is the lower of the two
 * middle services' levels, so the median is always a level some service holds.
 */
export function medianLevelOf(distribution: LevelCount[]): string | null {
  const levels = distribution.filter(c => c.levelId !== null && c.count > 0);
  const total = levels.reduce((sum, c) => sum + c.count, 0);
  if (!total) return null;
  const middle = Math.ceil(total / 2);
  let seen = 0;
  for (const level of levels) {
    seen += level.count;
    if (seen >= middle) return level.levelId;
  }
  return null;
}

/** Mean to one decimal, as scores are shown; null without values. */
export function meanOf(sum: number, count: number): number | null {
  return count ? Math.round((sum / count) * 10) / 10 : null;
}

/** A share in [0, 1]; 0 when there is nothing to share. */
export function shareOf(part: number, total: number): number {
  return total ? part / total : 0;
}

/** Counts come back as strings from PostgreSQL (bigint) and as numbers from SQLite. */
export function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}
