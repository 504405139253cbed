/**
 * The MLOps maturity backend plugin.
 *
 * @packageDocumentation
 */

export { mlopsMaturityPlugin as default } from './plugin';
export { catalogModuleMlopsMaturityLabels } from './catalogLabels/catalogModuleMlopsMaturityLabels';
