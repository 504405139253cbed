import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  relatedEntityRefsFor,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * The only fields relation rules read from a related entity: enough to
 * know its ref, its kind and its `spec.type`. Asking for less keeps the
 * catalog response small.
 */
export const RELATED_ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.type',
];

/** Refs per catalog request; keeps a batch refresh within request size limits. */
const REFS_PER_REQUEST = 500;

/**
 * Fetches the related entities that the model's relation rules need for the
 * given entities, with one `getEntitiesByRefs` call per 500 distinct refs
 * (one call for a single entity). Refs the catalog does not know are left
 * out, which the rules treat as "not matching". Catalog errors are thrown to
 * the caller, which decides what "unavailable" means for it.
 *
 * @param options.entities - one entity for a scorecard read, many for a batch refresh
 * @returns the related entities, reduced to {@link RELATED_ENTITY_FIELDS}
 */
export async function fetchRelatedEntities(options: {
  catalog: Pick<CatalogService, 'getEntitiesByRefs'>;
  model: MaturityModel;
  entities: Entity[];
  credentials: BackstageCredentials;
}): Promise<Entity[]> {
  const { catalog, model, entities, credentials } = options;
  const refs = [
    ...new Set(entities.flatMap(entity => relatedEntityRefsFor(model, entity))),
  ];
  const related: Entity[] = [];
  for (let start = 0; start < refs.length; start += REFS_PER_REQUEST) {
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: refs.slice(start, start + REFS_PER_REQUEST),
        fields: RELATED_ENTITY_FIELDS,
      },
      { credentials },
    );
    related.push(...items.filter((item): item is Entity => Boolean(item)));
  }
  return related;
}
