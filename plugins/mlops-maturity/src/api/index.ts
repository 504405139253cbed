export { mlopsMaturityApiRef } from './MlopsMaturityApi';
export type {
  LocalizedMaturityModel,
  MlopsEntityRef,
  MlopsMaturityApi,
  ReportFormat,
  RoadmapResponse,
} from './MlopsMaturityApi';
export { MlopsMaturityClient } from './MlopsMaturityClient';
export type { MlopsMaturityClientOptions } from './MlopsMaturityClient';
export { isConflictError, isNotAllowedError } from './errors';
