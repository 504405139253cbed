import {
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { CatalogProcessor } from '@backstage/plugin-catalog-node';
import {
  MATURITY_LABELS,
  matchesEntitySelectors,
  maturityLabelsOf,
  type EntitySelector,
  type ServiceLevelEntry,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * A catalog processor that writes each ML service's maturity status and
 * overall level as labels (see `maturityLabelsOf`), from levels looked up
 * in memory: it never calls the plugin itself, so processing costs no
 * request per entity. Labels of these keys that an entity's own source
 * sets are replaced, or removed while the level is not known, so that a
 * label never states a level the plugin did not give.
 */
export class MaturityLabelProcessor implements CatalogProcessor {
  constructor(
    private readonly options: {
      /** Which entities are ML services (`mlopsMaturity.entities`). */
      selectors: readonly EntitySelector[];
      /** The service's entry, or undefined when its level is not known. */
      lookup: (entityRef: string) => ServiceLevelEntry | undefined;
    },
  ) {}

  getProcessorName(): string {
    return 'MlopsMaturityLabelProcessor';
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    if (!matchesEntitySelectors(entity, this.options.selectors)) return entity;
    const ref = stringifyEntityRef({
      kind: entity.kind,
      namespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE,
      name: entity.metadata.name,
    });
    const labels = Object.fromEntries(
      Object.entries(entity.metadata.labels ?? {}).filter(
        ([key]) => !(MATURITY_LABELS as readonly string[]).includes(key),
      ),
    );
    Object.assign(labels, maturityLabelsOf(this.options.lookup(ref)));
    const { labels: _previous, ...metadata } = entity.metadata;
    return {
      ...entity,
      metadata: Object.keys(labels).length ? { ...metadata, labels } : metadata,
    };
  }
}
