import { createBackendModule } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  catalogCollatorExtensionPoint,
  defaultCatalogCollatorEntityTransformer,
} from '@backstage/plugin-search-backend-module-catalog';
import {
  MATURITY_OVERALL_LEVEL_LABEL,
  MATURITY_STATUS_LABEL,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * The catalog's search document of an entity, as Backstage's default
 * transformer makes it, with the entity's maturity labels (written by
 * `catalogModuleMlopsMaturityLabels`) added to its text: the default
 * transformer indexes no labels, so without this a search for "managed"
 * or "provisional" would not find the ML services at that level.
 */
export function maturitySearchDocument(entity: Entity) {
  const document = defaultCatalogCollatorEntityTransformer(entity);
  const level = entity.metadata.labels?.[MATURITY_OVERALL_LEVEL_LABEL];
  const status = entity.metadata.labels?.[MATURITY_STATUS_LABEL];
  if (!level && !status) return document;
  const words = [
    'MLOps maturity',
    level && `level ${level}`,
    status && status.replace('-', ' '),
  ].filter(Boolean);
  return {
    ...document,
    text: [document.text, words.join(' ')].filter(Boolean).join(' : '),
  };
}

/**
 * Demo search module: the catalog collator indexes each ML service's
 * maturity level and status with the entity, so that the search finds
 * services by level.
 */
export default createBackendModule({
  pluginId: 'search',
  moduleId: 'demo-maturity-labels',
  register(env) {
    env.registerInit({
      deps: { collator: catalogCollatorExtensionPoint },
      async init({ collator }) {
        collator.setEntityTransformer(maturitySearchDocument);
      },
    });
  },
});
