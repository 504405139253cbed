/**
 * Extension points for the MLOps maturity backend plugin.
 *
 * @packageDocumentation
 */

export { MLOPS_MATURITY_PLUGIN_ID } from '@mlops-maturity/plugin-mlops-maturity-common';
