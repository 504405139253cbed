import type { ModelIndex } from './modelIndex';
import type { OverallResult } from './scorecardTypes';

/**
 * The overall level: the highest level whose requirements, and those of every
 * level below it, hold. A not-assessed area satisfies no requirement; with no
 * assessed area at all there is no overall level.
 *
 * @param assessed - per area index, whether the area is assessed
 * @param ranks - per area index, the rank of the level reached
 */
export function overallResult(
  index: ModelIndex,
  assessed: boolean[],
  ranks: number[],
): OverallResult {
  if (!assessed.includes(true)) return { levelId: null };
  let reached = 0;
  for (let o = 1; o < index.overallLevels.length; o++) {
    const holds = index.overallLevels[o].requirements.every(req =>
      req.areaIndexes.every(
        a => a >= 0 && assessed[a] && ranks[a] >= req.minRank,
      ),
    );
    if (!holds) break;
    reached = o;
  }
  const level = index.overallLevels[reached];
  return level.crosswalk
    ? { levelId: level.id, crosswalk: level.crosswalk }
    : { levelId: level.id };
}
