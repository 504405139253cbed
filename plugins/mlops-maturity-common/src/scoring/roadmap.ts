import type { ModelIndex } from './modelIndex';
import type { CriterionResult, RoadmapItem } from './scorecardTypes';

/**
 * Gaps and roadmap in one pass over the model's precomputed roadmap order
 * (lower level first, then area order, then effort, then model order), with
 * disputed criteria moved to the front (in that order among themselves): a
 * reviewer's dispute is the first thing the team should answer.
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
  const disputedGaps: RoadmapItem[] = [];
  const disputedRoadmap: RoadmapItem[] = [];
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
    const disputed = r.provenance === 'disputed';
    if (disputed && r.review?.note) item.reviewNote = r.review.note;
    (disputed ? disputedGaps : gaps).push(item);
    if (c.levelRank <= targetRanks[c.areaIndex])
      (disputed ? disputedRoadmap : roadmap).push(item);
  }
  if (!disputedGaps.length) return { gaps, roadmap };
  return {
    gaps: [...disputedGaps, ...gaps],
    roadmap: [...disputedRoadmap, ...roadmap],
  };
}
