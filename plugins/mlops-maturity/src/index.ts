/**
 * MLOps maturity scorecards for ML services in the Backstage catalog.
 *
 * @packageDocumentation
 */

export {
  mlopsMaturityPlugin,
  EntityMlopsMaturityCard,
  EntityMlopsMaturityContent,
  EntityMlopsMaturityGroupCard,
  MlopsMaturityOrganisationPage,
} from './plugin';
export {
  rootRouteRef as mlopsMaturityRouteRef,
  organisationRouteRef as mlopsMaturityOrganisationRouteRef,
} from './routes';
export { isMlService } from './isMlService';
export {
  EntityMaturityLevelPicker,
  EntityMaturityStatusPicker,
  EntityMaturityLevelFilter,
  EntityMaturityStatusFilter,
  createMaturityLevelColumn,
  type MaturityEntityFilters,
} from './components/CatalogMaturity';
export {
  mlopsMaturityApiRef,
  MlopsMaturityClient,
  isConflictError,
  isNotAllowedError,
} from './api';
export type {
  LocalizedMaturityModel,
  MlopsEntityRef,
  MlopsMaturityApi,
  MlopsMaturityClientOptions,
  OverviewEntitiesRequest,
  OverviewExportRequest,
  OverviewFilters,
  OverviewRequest,
  OverviewSortKey,
  OverviewTrendsRequest,
  TeamReportOptions,
  ReportFormat,
  RoadmapResponse,
} from './api';
export type { MlopsMaturityCardProps } from './components/MlopsMaturityCard';
