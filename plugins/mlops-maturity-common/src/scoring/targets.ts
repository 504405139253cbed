import type { MaturityModel } from '../model/types';
import { indexModel, type ModelIndex } from './modelIndex';
import { own } from './criterionResult';

/**
 * Rank of the level an area aims for: the explicit target when it names a
 * level of the model, otherwise the next level above the current one (the top
 * stays the top). A not-assessed area (rank null) aims for the level above the floor.
 */
export function targetRank(
  index: ModelIndex,
  currentRank: number | null,
  explicit: string | undefined,
): number {
  if (explicit !== undefined) {
    const rank = index.levelRank.get(explicit);
    if (rank !== undefined) return rank;
  }
  const top = index.levelIds.length - 1;
  return Math.min((currentRank ?? 0) + 1, top);
}

/**
 * The target level in force for every area of the model: the explicit target
 * where one is set (and names a level of the model), otherwise the default,
 * the next level above the area's current level, or the top level when the area
 * is already there. A not-assessed area defaults to the level above the floor.
 *
 * @param areaLevels - current level per area id; null or absent = not assessed
 * @param targets - explicit targets per area id; unknown areas are ignored
 * @public
 */
export function effectiveTargets(
  model: MaturityModel,
  areaLevels: Record<string, string | null>,
  targets?: Record<string, string>,
): Record<string, string> {
  const index = indexModel(model);
  const effective: Record<string, string> = {};
  for (const areaId of index.areaIds) {
    const level = own(areaLevels, areaId);
    const current = level ? index.levelRank.get(level) ?? null : null;
    const explicit = targets ? own(targets, areaId) : undefined;
    effective[areaId] = index.levelIds[targetRank(index, current, explicit)];
  }
  return effective;
}
