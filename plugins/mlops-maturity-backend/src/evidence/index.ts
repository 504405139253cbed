export {
  DefaultEvidenceService,
  DEFAULT_CATALOG_TIMEOUT_MS,
  type EntityEvidenceResult,
  type EvidenceService,
} from './EvidenceService';
export {
  fetchRelatedEntities,
  RELATED_ENTITY_FIELDS,
} from './fetchRelatedEntities';
export { DEFAULT_COLLECTOR_TIMEOUT_MS } from './runCollectors';
