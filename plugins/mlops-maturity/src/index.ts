/**
 * MLOps maturity scorecards for ML services in the Backstage catalog.
 *
 * @packageDocumentation
 */

export { mlopsMaturityPlugin } from './plugin';
