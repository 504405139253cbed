/**
 * MLOps maturity scorecards for ML services in the Backstage catalog.
 *
 * @packageDocumentation
 */

export {
  mlopsMaturityPlugin,
  EntityMlopsMaturityCard,
  EntityMlopsMaturityContent,
} from './plugin';
export { rootRouteRef as mlopsMaturityRouteRef } from './routes';
export { isMlService } from './isMlService';
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
  ReportFormat,
  RoadmapResponse,
} from './api';
export type { MlopsMaturityCardProps } from './components/MlopsMaturityCard';
