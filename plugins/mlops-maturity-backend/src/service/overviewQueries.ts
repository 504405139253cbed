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
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** The most rows one page of `GET /overview/entities` returns (the shared limit). */
export const MAX_PAGE_SIZE = OVERVIEW_MAX_PAGE_SIZE;
/** Rows per page when the request names no size (the shared default). */
export const DEFAULT_PAGE_SIZE = OVERVIEW_DEFAULT_PAGE_SIZE;
/** Longest history `GET /overview/trends` goes back, in months (the shared limit). */
export const MAX_TREND_MONTHS = OVERVIEW_MAX_TREND_MONTHS;

/** `GET /overview`. */
export const overviewQuerySchema = overviewGroupsQuerySchema;

/** `GET /overview/entities`: page/pageSize or offset/limit, not both; sort keys of the model's areas. */
export function entitiesQuerySchema(model: MaturityModel) {
  return overviewEntitiesQuerySchema(model.areas.map(a => a.id));
}

/** `GET /overview/export`: sort keys of the model's areas. */
export function exportQuerySchema(model: MaturityModel) {
  return overviewExportQuerySchema(model.areas.map(a => a.id));
}

/** `GET /overview/trends`. */
export const trendsQuerySchema = overviewTrendsQuerySchema;

/** `GET /team-reports/{namespace}/{name}`. */
export const teamReportQuerySchema = sharedTeamReportQuerySchema;
