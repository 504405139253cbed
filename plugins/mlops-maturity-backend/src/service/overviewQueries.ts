/**
 * The query schemas of the organisation routes, bound to the model's areas.
 * The parameters, sort keys and limits themselves are the shared contract in
 * `@mlops-maturity/plugin-mlops-maturity-common` (`api/overviewContract.ts`),
 * which the frontend builds its requests with.
 */
import {
  OVERVIEW_DEFAULT_PAGE_SIZE,
  OVERVIEW_MAX_PAGE_SIZE,
  OVERVIEW_MAX_TREND_MONTHS,
  overviewEntitiesQuerySchema,
  overviewExportQuerySchema,
  overviewGroupsQuerySchema,
  overviewTrendsQuerySchema,
  teamReportQuerySchema as sharedTeamReportQuerySchema,
  type MaturityModel,
  type OverviewFilters,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { z } from 'zod';
import { resolveLevelFilters } from '../overview/queries/levelFilters';

/** The most rows one page of `GET /overview/entities` returns (the shared limit). */
export const MAX_PAGE_SIZE = OVERVIEW_MAX_PAGE_SIZE;
/** Rows per page when the request names no size (the shared default). */
export const DEFAULT_PAGE_SIZE = OVERVIEW_DEFAULT_PAGE_SIZE;
/** Longest history `GET /overview/trends` goes back, in months (the shared limit). */
export const MAX_TREND_MONTHS = OVERVIEW_MAX_TREND_MONTHS;

/**
 * A route's query schema with its level filters (`levelBelow`,
 * `levelAtLeast`) resolved against the model into `levels`, the ranks the
 * index stores; a value naming no area or level of the model is a 400
 * naming the parameter.
 */
function withLevels<T extends z.ZodType<OverviewFilters, any, any>>(
  schema: T,
  model: MaturityModel,
) {
  return schema.transform((query, ctx) => ({
    ...(query as z.output<T>),
    levels: resolveLevelFilters(model, query, ctx),
  }));
}

/** `GET /overview`. */
export function overviewQuerySchema(model: MaturityModel) {
  return withLevels(overviewGroupsQuerySchema, model);
}

/** `GET /overview/entities`: page/pageSize or offset/limit, not both; sort keys of the model's areas. */
export function entitiesQuerySchema(model: MaturityModel) {
  return withLevels(
    overviewEntitiesQuerySchema(model.areas.map(a => a.id)),
    model,
  );
}

/** `GET /overview/export`: sort keys of the model's areas. */
export function exportQuerySchema(model: MaturityModel) {
  return withLevels(
    overviewExportQuerySchema(model.areas.map(a => a.id)),
    model,
  );
}

/** `GET /overview/trends`. */
export function trendsQuerySchema(model: MaturityModel) {
  return withLevels(overviewTrendsQuerySchema, model);
}

/** `GET /team-reports/{namespace}/{name}`. */
export const teamReportQuerySchema = sharedTeamReportQuerySchema;
