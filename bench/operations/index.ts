/** The measured operations, in the order they run. */
import type { BenchOperation } from './benchOperation';
import { campaignProgress } from './campaignOperations';
import {
  catalogEntityRead,
  draftSave,
  scorecardRead,
  submission,
} from './entityOperations';
import { levelsLoad } from './levelsOperations';
import {
  catalogRefresh,
  csvExport,
  entitiesPage,
  overviewByOwner,
} from './overviewOperations';

/**
 * Writes first, then the refresh, so that the organisation views are read
 * from an index that holds every ingested service.
 */
export const OPERATIONS: BenchOperation[] = [
  scorecardRead,
  catalogEntityRead,
  draftSave,
  submission,
  catalogRefresh,
  overviewByOwner,
  campaignProgress,
  entitiesPage,
  csvExport,
  levelsLoad,
];

export * from './benchOperation';
export { MissingEndpointError } from './overviewOperations';
