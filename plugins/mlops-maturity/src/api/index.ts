export { mlopsMaturityApiRef } from './MlopsMaturityApi';
export type {
  LocalizedMaturityModel,
  MlopsEntityRef,
  MlopsMaturityApi,
  OverviewEntitiesRequest,
  OverviewExportRequest,
  OverviewFilters,
  OverviewRequest,
  OverviewSortKey,
  OverviewTrendsRequest,
  ReportFormat,
  RoadmapResponse,
  TeamReportOptions,
} from './MlopsMaturityApi';
export { MlopsMaturityClient } from './MlopsMaturityClient';
export type { MlopsMaturityClientOptions } from './MlopsMaturityClient';
export { isConflictError, isNotAllowedError } from './errors';
