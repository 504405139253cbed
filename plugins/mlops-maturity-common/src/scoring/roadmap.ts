import type { ModelIndex } from './modelIndex';
import type { CriterionResult, RoadmapItem } from './scorecardTypes';

/**
 * Gaps and roadmap in one pass over the model's precomputed roadmap order
 * (lower level first, then area order, then effort, then model order).
 * - gaps: unmet applicable criteria of every level above the area's current one;
 * - roadmap: the gaps up to and including the area's target level.
 *
 * @param results - criterion results in model order
 * @param ranks - per area index, the rank of the level reached
 * @param targetRanks - per area index, the rank of the target level
 */
export function collectGaps(
  index: ModelIndex,
  results: CriterionResult[],
  ranks: number[],
  targetRanks: number[],
): { gaps: RoadmapItem[]; roadmap: RoadmapItem[] } {
  const gaps: RoadmapItem[] = [];
  const roadmap: RoadmapItem[] = [];
  for (const i of index.roadmapOrder) {
    const r = results[i];
    if (!r.applicable || r.met) continue;
    const c = index.criteria[i];
    if (c.levelRank <= ranks[c.areaIndex]) continue;
    const item: RoadmapItem = {
      criterionId: c.id,
      areaId: c.areaId,
      levelId: c.levelId,
      effort: c.def.effort,
      credit: r.credit,
      provenance: r.provenance,
    };
    gaps.push(item);
    if (c.levelRank <= targetRanks[c.areaIndex]) roadmap.push(item);
  }
  return { gaps, roadmap };
}
