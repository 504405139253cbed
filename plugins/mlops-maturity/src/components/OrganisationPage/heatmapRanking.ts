/**
 * How the heatmap orders and compares groups. Everything here is
 * presentation of the backend's figures (means, medians, counts): nothing
 * derives a level; a level is only ever the backend's median.
 */
import {
  DEFAULT_MINIMUM_ASSESSED_FOR_MEDIAN,
  type OverviewGroup,
  type OverviewResponse,
  type OverviewSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';

/**
 * A heatmap column to sort by: the group's title, its services, its assessed
 * share, its median overall level, or one area's mean score or median level.
 */
export type HeatmapSortKey =
  | 'group'
  | 'services'
  | 'coverage'
  | 'overall'
  | `area:${string}:mean`
  | `area:${string}:median`;

/** The heatmap's sort: a column and a direction. */
export interface HeatmapSort {
  key: HeatmapSortKey;
  order: 'asc' | 'desc';
}

/** The sort the heatmap starts with: the backend's order, by title. */
export const DEFAULT_HEATMAP_SORT: HeatmapSort = { key: 'group', order: 'asc' };

/**
 * How many services of a group must have a level in an area before the
 * group's median there is shown: the API's `minimumAssessedForMedian`
 * (`mlopsMaturity.overview.minimumAssessedForMedian`), or its default when
 * an older backend does not send it.
 */
export function medianThreshold(overview: OverviewResponse): number {
  const fromApi = overview.minimumAssessedForMedian;
  return typeof fromApi === 'number' && fromApi >= 1
    ? fromApi
    : DEFAULT_MINIMUM_ASSESSED_FOR_MEDIAN;
}

/** One area of a summary: its backend figures and how many services it covers. */
export interface AreaFigures {
  medianLevelId: string | null;
  meanScore: number | null;
  /** Services with a level in this area (every distribution entry but `null`). */
  assessed: number;
  services: number;
}

/** The figures of one area of a group or of the organisation. */
export function areaFigures(
  summary: OverviewSummary,
  areaId: string,
): AreaFigures {
  const area = summary.areas.find(a => a.areaId === areaId);
  const assessed = (area?.distribution ?? [])
    .filter(d => d.levelId !== null)
    .reduce((n, d) => n + d.count, 0);
  return {
    medianLevelId: area?.medianLevelId ?? null,
    meanScore: area?.meanScore ?? null,
    assessed,
    services: summary.services,
  };
}

/**
 * The one rule for the "below the organisation" marker: the group's mean
 * score in the area is lower than the organisation's mean score in that
 * area. The cell's tint is that same mean, so the marker never contradicts
 * what the cell shows. No mean on either side: no marker.
 */
export function isBelowOrganisation(
  group: AreaFigures,
  organisation: AreaFigures,
): boolean {
  return (
    group.meanScore !== null &&
    organisation.meanScore !== null &&
    group.meanScore < organisation.meanScore
  );
}

/**
 * The value a group sorts by under `key`; null sorts last in either
 * direction (a group without a mean is not "the weakest").
 */
function sortValue(
  model: LocalizedMaturityModel,
  group: OverviewGroup,
  key: HeatmapSortKey,
): number | null {
  if (key === 'services') return group.services;
  if (key === 'coverage') return group.services ? group.assessedShare : null;
  if (key === 'overall') {
    const index = model.overallLevels.findIndex(
      l => l.id === group.medianOverallLevelId,
    );
    return index >= 0 ? index : null;
  }
  const [, areaId, what] = key.split(':');
  const figures = areaFigures(group, areaId);
  if (what === 'mean') return figures.meanScore;
  // The model's order of the backend's median level; no level is derived.
  const index = model.levels.findIndex(l => l.id === figures.medianLevelId);
  return index >= 0 ? index : null;
}

/**
 * The groups in the order of `sort`. Ties keep the backend's order (by
 * title), so a sorted heatmap is stable between loads.
 */
export function sortGroups(
  model: LocalizedMaturityModel,
  groups: OverviewGroup[],
  sort: HeatmapSort,
  titleOf: (group: OverviewGroup) => string,
  locale?: string,
): OverviewGroup[] {
  const direction = sort.order === 'asc' ? 1 : -1;
  const indexed = groups.map((group, index) => ({ group, index }));
  if (sort.key === 'group') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    indexed.sort(
      (a, b) =>
        direction * collator.compare(titleOf(a.group), titleOf(b.group)) ||
        a.index - b.index,
    );
    return indexed.map(i => i.group);
  }
  const values = new Map(
    groups.map(g => [g, sortValue(model, g, sort.key)] as const),
  );
  indexed.sort((a, b) => {
    const va = values.get(a.group) ?? null;
    const vb = values.get(b.group) ?? null;
    if (va === null && vb === null) return a.index - b.index;
    if (va === null) return 1;
    if (vb === null) return -1;
    return direction * (va - vb) || a.index - b.index;
  });
  return indexed.map(i => i.group);
}

/** The weakest groups of one area: every group with the lowest mean. */
export interface WeakestInArea {
  areaId: string;
  areaTitle: string;
  mean: number;
  groups: Array<{ group: OverviewGroup; figures: AreaFigures }>;
}

/**
 * Per area of the model, the groups with the lowest mean score (all of
 * them on a tie). Needs two groups with a mean to compare; areas without
 * that are left out.
 */
export function weakestGroups(
  model: LocalizedMaturityModel,
  groups: OverviewGroup[],
): WeakestInArea[] {
  return model.areas.flatMap(area => {
    const scored = groups
      .map(group => ({ group, figures: areaFigures(group, area.id) }))
      .filter(g => g.figures.meanScore !== null);
    if (scored.length < 2) return [];
    const mean = Math.min(...scored.map(g => g.figures.meanScore as number));
    return [
      {
        areaId: area.id,
        areaTitle: area.title,
        mean,
        groups: scored.filter(g => g.figures.meanScore === mean),
      },
    ];
  });
}
