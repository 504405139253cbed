import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  EntitySelector,
  MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { withTimeout } from '../deadlines/withTimeout';

type QueryRequest = NonNullable<Parameters<CatalogService['queryEntities']>[0]>;
/** The catalog's key-value filter (`EntityFilterQuery` of the catalog client). */
export type EntityFilterQuery = NonNullable<
  Exclude<QueryRequest, { cursor: string }>['filter']
>;

/** A catalog request of the refresh that did not answer within its deadline. */
export class CatalogTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The catalog did not answer within ${timeoutMs / 1000} s`);
    this.name = 'CatalogTimeoutError';
  }
}

/**
 * The catalog with a deadline on each request the refresh makes: a request
 * that has not answered after `timeoutMs` rejects with
 * {@link CatalogTimeoutError}, so a catalog that never answers fails the
 * refresh instead of holding it (and every refresh after it) forever. The
 * abandoned request itself cannot be cancelled through the catalog
 * service; its late answer is ignored.
 */
export function catalogWithDeadline(
  catalog: CatalogService,
  timeoutMs: number,
): Pick<CatalogService, 'queryEntities' | 'getEntitiesByRefs'> {
  const deadline = <T>(pending: Promise<T>): Promise<T> =>
    withTimeout(pending, timeoutMs, () => new CatalogTimeoutError(timeoutMs));
  return {
    queryEntities: (request, options) =>
      deadline(catalog.queryEntities(request, options)),
    getEntitiesByRefs: (request, options) =>
      deadline(catalog.getEntitiesByRefs(request, options)),
  };
}

/** Entities per catalog page; large pages mean fewer round trips. */
export const CATALOG_PAGE_SIZE = 1000;

/** What the index and the evidence rules read from an ML service. */
const SERVICE_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.tags',
  'metadata.annotations',
  // Permission conditions on labels are applied to the evidence snapshot.
  'metadata.labels',
  'metadata.links',
  'spec.type',
  'spec.owner',
  'spec.system',
  'spec.lifecycle',
  // Relation rules read these when the catalog has not processed the entity.
  'spec.dependsOn',
  'spec.providesApis',
  'spec.consumesApis',
  'spec.subcomponentOf',
  'relations',
];

/** The fields to read for ML services: the index's, plus the paths of the model's field rules. */
export function serviceFields(model: MaturityModel): string[] {
  const fields = new Set(SERVICE_FIELDS);
  for (const area of model.areas) {
    for (const criterion of area.criteria) {
      for (const rule of criterion.evidence?.rules ?? []) {
        if (rule.type === 'field') fields.add(rule.path);
      }
    }
  }
  return [...fields];
}

/** Groups are read without relations: `hasMember` can be long and is not needed. */
export const GROUP_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.type',
  'spec.parent',
  'spec.profile.displayName',
];

/** Systems and domains: enough for titles and a system's domain. */
export const SYSTEM_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.domain',
];

/** The catalog filter for the configured selectors: any selector matches. */
export function selectorFilter(selectors: EntitySelector[]): EntityFilterQuery {
  return selectors.map(
    (s): Record<string, string | string[]> =>
      s.types ? { kind: s.kind, 'spec.type': s.types } : { kind: s.kind },
  );
}

/**
 * Reads every entity matching the filter, page by page with the catalog's
 * cursor, asking only for the given fields. Any catalog error is thrown.
 */
export async function readAllEntities(options: {
  catalog: Pick<CatalogService, 'queryEntities'>;
  credentials: BackstageCredentials;
  filter: EntityFilterQuery;
  fields: string[];
  pageSize?: number;
}): Promise<Entity[]> {
  const { catalog, credentials, filter, fields } = options;
  const limit = options.pageSize ?? CATALOG_PAGE_SIZE;
  const entities: Entity[] = [];
  let response = await catalog.queryEntities(
    { filter, fields, limit, totalItems: 'exclude' },
    { credentials },
  );
  entities.push(...response.items);
  while (response.pageInfo.nextCursor) {
    response = await catalog.queryEntities(
      { cursor: response.pageInfo.nextCursor, fields, limit },
      { credentials },
    );
    entities.push(...response.items);
  }
  return entities;
}
