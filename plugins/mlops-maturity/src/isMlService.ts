import type { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_ENTITY_SELECTORS,
  matchesEntitySelectors,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * True for the entities the default model assesses: Components of type
 * `ml-service`, `model-server` or `ml-pipeline`. Use it with `EntitySwitch`
 * (legacy) or as the filter of the card and tab (it is their default in the
 * new frontend system).
 * @public
 */
export function isMlService(entity: Entity): boolean {
  return matchesEntitySelectors(entity, DEFAULT_ENTITY_SELECTORS);
}
