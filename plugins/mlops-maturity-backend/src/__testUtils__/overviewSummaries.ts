import {
  defaultModel,
  type LevelCount,
  type OverviewGroup,
  type OverviewSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';

const LEVELS = [...defaultModel.levels.map(l => l.id), null];
const OVERALL = [...defaultModel.overallLevels.map(o => o.id), null];

/** A distribution over `ids` with the given counts (keys: level ids, `null`). */
function dist(
  counts: Record<string, number>,
  ids: (string | null)[],
): LevelCount[] {
  return ids.map(levelId => ({
    levelId,
    count: counts[String(levelId)] ?? 0,
  }));
}

/**
 * The figures of a set of services for the action tests: every area has
 * `mean` and `median` (by area id, else the defaults), two services with a
 * level of four.
 */
export function summaryWith(options: {
  means?: Record<string, number | null>;
  medians?: Record<string, string | null>;
  overallMedian?: string | null;
  services?: number;
}): OverviewSummary {
  const services = options.services ?? 4;
  return {
    covers: 'assessed',
    coverage: {
      inScope: services,
      assessed: 2,
      stale: 0,
      provisional: 1,
      reviewed: 0,
    },
    services,
    assessed: 2,
    stale: 0,
    assessedShare: 2 / services,
    staleShare: 0,
    overall: dist({ initial: 1, reproducible: 1, null: services - 2 }, OVERALL),
    medianOverallLevelId:
      options.overallMedian === undefined ? 'initial' : options.overallMedian,
    areas: defaultModel.areas.map(area => ({
      areaId: area.id,
      distribution: dist(
        { basic: 1, intermediate: 1, null: services - 2 },
        LEVELS,
      ),
      medianLevelId:
        options.medians?.[area.id] === undefined
          ? 'basic'
          : options.medians[area.id],
      meanScore:
        options.means?.[area.id] === undefined ? 40 : options.means[area.id],
    })),
  };
}

/** An owner group of `GET /overview` with {@link summaryWith}'s figures. */
export function groupWith(
  name: string,
  options: Parameters<typeof summaryWith>[0],
): OverviewGroup {
  return {
    ...summaryWith(options),
    ref: `group:default/${name}`,
    title: name.toUpperCase(),
    type: 'team',
    parentRef: null,
  };
}
