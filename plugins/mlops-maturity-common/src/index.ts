/**
 * The MLOps maturity model, its schema and the pure scoring engine, shared by
 * the frontend and backend plugins.
 *
 * @packageDocumentation
 */

/** The plugin id shared by every package of the MLOps maturity family. @public */
export const MLOPS_MATURITY_PLUGIN_ID = 'mlops-maturity';
