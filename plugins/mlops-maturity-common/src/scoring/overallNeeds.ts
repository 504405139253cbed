import type { OverallRequirement } from '../model/types';

/**
 * The part of a model (localized or not) that the overall-level rules read:
 * the area ladder, the areas and the overall levels with their requirements.
 * @public
 */
export interface OverallRulesModel {
  levels: ReadonlyArray<{ id: string }>;
  areas: ReadonlyArray<{ id: string }>;
  overallLevels: ReadonlyArray<{
    id: string;
    requirements: ReadonlyArray<OverallRequirement>;
  }>;
}

/** An area below what an overall level needs. @public */
export interface AreaShortfall {
  areaId: string;
  /** The area's level today; null when the area is not assessed. */
  levelId: string | null;
  /** The lowest area level that satisfies the overall level and every level below it. */
  requiredLevelId: string;
}

/** One rung of the overall ladder. @public */
export interface OverallLadderStep {
  overallLevelId: string;
  /** The service holds this level (it is at or below the current overall level). */
  reached: boolean;
  /** Areas that must rise, in model order, to hold this level; empty when reached. */
  shortfalls: AreaShortfall[];
}

/** Where a service stands on the overall ladder and what the next level needs. @public */
export interface OverallNeeds {
  /** The overall level reached; null when no area is assessed. */
  currentLevelId: string | null;
  /** Every overall level, lowest first. */
  ladder: OverallLadderStep[];
  /** The next overall level to reach; null at the top. */
  next: OverallLadderStep | null;
}

/**
 * What each overall level needs of a service's areas, from the model's
 * overall-level rules (a level holds when its requirements and those of every
 * level below it hold; a not-assessed area satisfies no requirement; with no
 * assessed area there is no overall level). Pure: the frontend reads levels
 * from here and never applies the rules itself.
 *
 * @param model - the model's levels, areas and overall levels
 * @param areaLevels - each area's level from the scorecard (null when not assessed)
 * @public
 */
export function overallNeeds(
  model: OverallRulesModel,
  areaLevels: ReadonlyArray<{ areaId: string; levelId: string | null }>,
): OverallNeeds {
  const rank = new Map(model.levels.map((l, i) => [l.id, i]));
  const levelOf = new Map(areaLevels.map(a => [a.areaId, a.levelId]));
  const areaIds = model.areas.map(a => a.id);
  const anyAssessed = areaLevels.some(a => a.levelId !== null);

  // Per area, the minimum rank needed so far (cumulative over the ladder).
  const needed = new Map<string, number>();
  let holdsSoFar = anyAssessed;
  let currentLevelId: string | null = null;
  const ladder: OverallLadderStep[] = model.overallLevels.map(overall => {
    for (const req of overall.requirements) {
      const ids = req.areas === 'all' ? areaIds : req.areas;
      const min = rank.get(req.atLeast) ?? Number.MAX_SAFE_INTEGER;
      for (const id of ids) needed.set(id, Math.max(needed.get(id) ?? -1, min));
    }
    const shortfalls: AreaShortfall[] = [];
    const ordered = [
      ...areaIds.filter(id => needed.has(id)),
      ...[...needed.keys()].filter(id => !areaIds.includes(id)),
    ];
    for (const areaId of ordered) {
      const min = needed.get(areaId)!;
      const levelId = levelOf.get(areaId) ?? null;
      const have = levelId === null ? -1 : rank.get(levelId) ?? -1;
      if (have < min) {
        shortfalls.push({
          areaId,
          levelId,
          requiredLevelId: model.levels[min]?.id ?? '',
        });
      }
    }
    holdsSoFar = holdsSoFar && shortfalls.length === 0;
    if (holdsSoFar) currentLevelId = overall.id;
    return {
      overallLevelId: overall.id,
      reached: holdsSoFar,
      shortfalls: holdsSoFar ? [] : shortfalls,
    };
  });
  const next = ladder.find(step => !step.reached) ?? null;
  return { currentLevelId, ladder, next };
}
