import type { LocalizedMaturityModel } from '../../api';

/** Where a level sits on its ladder, which picks its colour. */
export type LevelTone = 'none' | 'low' | 'middle' | 'high';

function toneOf(index: number, count: number): LevelTone {
  if (index < 0) return 'none';
  if (index === count - 1 && count > 1) return 'high';
  return index === 0 ? 'low' : 'middle';
}

/** Title, description and tone of an area level id; null id = not assessed. */
export function areaLevelInfo(
  model: LocalizedMaturityModel,
  levelId: string | null,
) {
  const index = levelId ? model.levels.findIndex(l => l.id === levelId) : -1;
  const level = index >= 0 ? model.levels[index] : undefined;
  return {
    title: level?.title,
    description: level?.description,
    tone: toneOf(index, model.levels.length),
    index,
  };
}

/** Title, description and tone of an overall level id; null id = not assessed. */
export function overallLevelInfo(
  model: LocalizedMaturityModel,
  levelId: string | null,
) {
  const index = levelId
    ? model.overallLevels.findIndex(l => l.id === levelId)
    : -1;
  const level = index >= 0 ? model.overallLevels[index] : undefined;
  return {
    title: level?.title,
    description: level?.description,
    crosswalk: level?.crosswalk,
    tone: toneOf(index, model.overallLevels.length),
    index,
  };
}

/** The area of the model with this id, if any. */
export function findArea(model: LocalizedMaturityModel, areaId: string) {
  return model.areas.find(a => a.id === areaId);
}

/** Every criterion of the model by id, with its area. */
export function criteriaById(model: LocalizedMaturityModel) {
  const map = new Map<
    string,
    {
      criterion: LocalizedMaturityModel['areas'][number]['criteria'][number];
      area: LocalizedMaturityModel['areas'][number];
    }
  >();
  for (const area of model.areas) {
    for (const criterion of area.criteria) {
      map.set(criterion.id, { criterion, area });
    }
  }
  return map;
}
