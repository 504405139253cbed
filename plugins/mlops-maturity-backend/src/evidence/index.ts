export {
  DefaultEvidenceService,
  DEFAULT_CATALOG_TIMEOUT_MS,
  DEFAULT_CATALOG_TIMEOUT_SECONDS,
  type EntityEvidenceResult,
  type EvidenceService,
} from './EvidenceService';
export {
  fetchRelatedEntities,
  RELATED_ENTITY_FIELDS,
} from './fetchRelatedEntities';
export { DEFAULT_COLLECTOR_TIMEOUT_MS } from './runCollectors';
