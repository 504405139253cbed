import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  matchesEntitySelectors,
  type EntitySelector,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { fetchRelatedEntities } from '../evidence/fetchRelatedEntities';
import {
  GROUP_FIELDS,
  SYSTEM_FIELDS,
  readAllEntities,
  selectorFilter,
  serviceFields,
} from './catalogReader';
import { refOf } from './entityAttributes';
import { buildOrganisation, type Organisation } from './organisation';

/** An ML service read from the catalog, with its ref. */
export interface ServiceEntity {
  ref: string;
  entity: Entity;
}

/** Everything a refresh reads from the catalog before it writes anything. */
export interface CatalogSnapshot {
  services: ServiceEntity[];
  /** Related entities by lower-cased ref, for relation rules. */
  related: Map<string, Entity>;
  organisation: Organisation;
  /** How long the reads took, in milliseconds, for the log. */
  timings: { entities: number; related: number };
}

/**
 * Reads what the index needs from the catalog: every ML service (paged,
 * limited fields), the related entities their relation rules look at (in
 * batches), and all Groups, Systems and Domains. Throws on any catalog
 * error, before anything is written, so a failing catalog leaves the index
 * as it was.
 */
export async function readCatalogForIndex(options: {
  catalog: Pick<CatalogService, 'queryEntities' | 'getEntitiesByRefs'>;
  credentials: BackstageCredentials;
  model: MaturityModel;
  selectors: EntitySelector[];
}): Promise<CatalogSnapshot> {
  const { catalog, credentials, model, selectors } = options;
  const read = (
    filter: Parameters<typeof readAllEntities>[0]['filter'],
    fields: string[],
  ) => readAllEntities({ catalog, credentials, filter, fields });
  const began = performance.now();
  const [found, groups, systems, domains] = await Promise.all([
    read(selectorFilter(selectors), serviceFields(model)),
    read({ kind: 'Group' }, GROUP_FIELDS),
    read({ kind: 'System' }, SYSTEM_FIELDS),
    read({ kind: 'Domain' }, SYSTEM_FIELDS),
  ]);
  const byRef = new Map<string, Entity>();
  for (const entity of found) {
    // The catalog filter should already match; the check keeps one rule for "ML service".
    if (matchesEntitySelectors(entity, selectors))
      byRef.set(refOf(entity), entity);
  }
  const services = [...byRef].map(([ref, entity]) => ({ ref, entity }));
  const readRelated = performance.now();
  const related = await fetchRelatedEntities({
    catalog,
    model,
    entities: services.map(s => s.entity),
    credentials,
  });
  return {
    services,
    related: new Map(related.map(entity => [refOf(entity), entity])),
    organisation: buildOrganisation({ groups, systems, domains }),
    timings: {
      entities: Math.round(readRelated - began),
      related: Math.round(performance.now() - readRelated),
    },
  };
}
