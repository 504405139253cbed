/**
 * Extension points for the MLOps maturity backend plugin: backend modules use
 * them to add evidence collectors.
 *
 * @packageDocumentation
 */

export { MLOPS_MATURITY_PLUGIN_ID } from '@mlops-maturity/plugin-mlops-maturity-common';
export {
  mlopsMaturityEvidenceCollectorExtensionPoint,
  type EvidenceCollector,
  type EvidenceCollectorOptions,
  type MlopsMaturityEvidenceCollectorExtensionPoint,
} from './extensions';
