import type {
  Crosswalk,
  CriterionDefinition,
  Effort,
  MaturityModel,
  MlTestScoreSection,
} from '../model/types';
import { creditTable } from '../answers/answerDefinitions';

/** A criterion with everything scoring needs resolved to numbers. */
export interface IndexedCriterion {
  def: CriterionDefinition;
  id: string;
  areaIndex: number;
  areaId: string;
  levelRank: number;
  levelId: string;
  /** Whether the model declares evidence rules for it. */
  hasRules: boolean;
  /** Credit per valid answer value. */
  credits: Map<string, number>;
  /** Index into `ModelIndex.mlSections`, or -1. */
  mlSection: number;
  /** The id is also the name of an inherited object member (`constructor`, `toString`). */
  shadowsMember: boolean;
}

/** An overall level's requirements as area indexes and a minimum level rank. */
export interface IndexedOverallLevel {
  id: string;
  crosswalk?: Crosswalk;
  requirements: { areaIndexes: number[]; minRank: number }[];
}

/** Lookups computed once per model object and reused by every scorecard. */
export interface ModelIndex {
  levelIds: string[];
  levelRank: Map<string, number>;
  areaIds: string[];
  areaIndex: Map<string, number>;
  /** Criteria in model order: areas in order, then each area's criteria in order. */
  criteria: IndexedCriterion[];
  criterionById: Map<string, IndexedCriterion>;
  /** Indexes into `criteria` in roadmap order. */
  roadmapOrder: number[];
  overallLevels: IndexedOverallLevel[];
  /** ML Test Score sections the model's criteria are tagged with, in the paper's order. */
  mlSections: MlTestScoreSection[];
}

const EFFORT_RANK: Record<Effort, number> = { low: 0, medium: 1, high: 2 };
const ML_SECTIONS: MlTestScoreSection[] = [
  'data',
  'model',
  'infrastructure',
  'monitoring',
];

function buildIndex(model: MaturityModel): ModelIndex {
  const levelIds = model.levels.map(l => l.id);
  const levelRank = new Map(levelIds.map((id, rank) => [id, rank]));
  const areaIds = model.areas.map(a => a.id);
  const areaIndex = new Map(areaIds.map((id, i) => [id, i]));
  const usedSections = new Set<MlTestScoreSection>();
  model.areas.forEach(area =>
    area.criteria.forEach(c => {
      if (c.mlTestScoreSection) usedSections.add(c.mlTestScoreSection);
    }),
  );
  const mlSections = ML_SECTIONS.filter(s => usedSections.has(s));

  const criteria: IndexedCriterion[] = [];
  model.areas.forEach((area, a) => {
    for (const def of area.criteria) {
      criteria.push({
        def,
        id: def.id,
        areaIndex: a,
        areaId: area.id,
        // Validated models only reference existing levels; -1 keeps a bad one out of every level.
        levelRank: levelRank.get(def.levelId) ?? -1,
        levelId: def.levelId,
        hasRules: Boolean(def.evidence?.rules.length),
        credits: creditTable(def),
        shadowsMember: def.id in Object.prototype || def.id === '__proto__',
        mlSection: def.mlTestScoreSection
          ? mlSections.indexOf(def.mlTestScoreSection)
          : -1,
      });
    }
  });

  // Roadmap order is fixed by the model: lower level first, then area order,
  // then effort, then the model's own order. Computing it once means each
  // scorecard only filters.
  const roadmapOrder = criteria
    .map((_, i) => i)
    .sort((x, y) => {
      const a = criteria[x];
      const b = criteria[y];
      return (
        a.levelRank - b.levelRank ||
        a.areaIndex - b.areaIndex ||
        EFFORT_RANK[a.def.effort] - EFFORT_RANK[b.def.effort] ||
        x - y
      );
    });

  const overallLevels = model.overallLevels.map(overall => ({
    id: overall.id,
    ...(overall.crosswalk ? { crosswalk: overall.crosswalk } : {}),
    requirements: overall.requirements.map(req => ({
      areaIndexes:
        req.areas === 'all'
          ? areaIds.map((_, i) => i)
          : req.areas.map(id => areaIndex.get(id) ?? -1),
      minRank: levelRank.get(req.atLeast) ?? Number.MAX_SAFE_INTEGER,
    })),
  }));

  return {
    levelIds,
    levelRank,
    areaIds,
    areaIndex,
    criteria,
    criterionById: new Map(criteria.map(c => [c.id, c])),
    roadmapOrder,
    overallLevels,
    mlSections,
  };
}

const cache = new WeakMap<MaturityModel, ModelIndex>();

/**
 * The index of a model, built on first use. Models are treated as immutable:
 * a changed model must be a new object.
 */
export function indexModel(model: MaturityModel): ModelIndex {
  let index = cache.get(model);
  if (!index) {
    index = buildIndex(model);
    cache.set(model, index);
  }
  return index;
}
