import {
  OVERVIEW_LEVEL_FILTERS,
  OVERVIEW_OVERALL_SCOPE,
  parseOverviewLevelCondition,
  type MaturityModel,
  type OverviewFilters,
  type OverviewLevelFilterKey,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { z } from 'zod';

/** A level condition with the rank the index stores: `areaId` null for the overall level. */
export interface ResolvedLevelCondition {
  areaId: string | null;
  rank: number;
}

/** The level filters of a request, resolved against the model. */
export type ResolvedLevelFilters = Partial<
  Record<OverviewLevelFilterKey, ResolvedLevelCondition[]>
>;

/**
 * Resolves the request's `levelBelow` / `levelAtLeast` values against the
 * model (area ids, level ids, overall level ids) into the ranks the index
 * stores. A value naming no area or level of the model is an issue on its
 * parameter (a 400 naming it through the route's parser).
 */
export function resolveLevelFilters(
  model: MaturityModel,
  filters: OverviewFilters,
  ctx: z.RefinementCtx,
): ResolvedLevelFilters {
  const resolved: ResolvedLevelFilters = {};
  for (const key of OVERVIEW_LEVEL_FILTERS) {
    const values = filters[key];
    if (!values?.length) continue;
    resolved[key] = values.flatMap(value => {
      const condition = parseOverviewLevelCondition(value);
      const overall = condition?.scope === OVERVIEW_OVERALL_SCOPE;
      const ladder = overall ? model.overallLevels : model.levels;
      const known = overall || model.areas.some(a => a.id === condition?.scope);
      const rank = ladder.findIndex(l => l.id === condition?.levelId);
      if (!condition || !known || rank < 0) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [key],
          message: `'${value}' names no ${
            overall ? 'overall level' : 'area and level'
          } of the model; use <area>:<level> with an area (${model.areas
            .map(a => a.id)
            .join(', ')}) and a level (${model.levels
            .map(l => l.id)
            .join(
              ', ',
            )}), or ${OVERVIEW_OVERALL_SCOPE}:<level> (${model.overallLevels
            .map(l => l.id)
            .join(', ')})`,
        });
        return [];
      }
      return [{ areaId: overall ? null : condition.scope, rank }];
    });
  }
  return resolved;
}

/**
 * Restricts a query over `entity_index` (aliased `e`) to the services whose
 * level matches the resolved level filters: for each filter any of its
 * conditions; a service without a level there matches none.
 */
export function applyLevelFilters(
  query: Knex.QueryBuilder,
  levels: ResolvedLevelFilters,
): void {
  for (const key of OVERVIEW_LEVEL_FILTERS) {
    const conditions = levels[key];
    if (!conditions?.length) continue;
    const op = key === 'levelBelow' ? '<' : '>=';
    query.where(inner => {
      for (const { areaId, rank } of conditions) {
        if (areaId === null) {
          inner.orWhere('e.overall_rank', op, rank);
        } else {
          inner.orWhereIn('e.entity_ref', sub =>
            sub
              .select('entity_ref')
              .from('entity_area_index')
              .where('area_id', areaId)
              .andWhere('level_rank', op, rank),
          );
        }
      }
    });
  }
}
