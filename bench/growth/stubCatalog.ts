/**
 * An in-memory stand-in for the catalog service, for the growth mode's
 * in-process index refresh: it answers `queryEntities` (kind and
 * `spec.type` filters, field selection, cursor paging) and
 * `getEntitiesByRefs` from the generated entities, with the relations the
 * catalog's processors would add (`ownedBy`, `partOf`, `dependsOn`). What a
 * refresh then costs is the plugin's own work (comparing, scoring, writing)
 * plus copying entities, without the catalog's database and HTTP.
 */
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

type Filter = Record<string, string | string[]>;

function refOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

function targetRef(value: unknown, defaultKind: string): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  return stringifyEntityRef(
    parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
  );
}

/** The entity with the relations the catalog would have added. */
function withRelations(entity: Entity): Entity {
  const spec = entity.spec ?? {};
  const relations = [
    ['ownedBy', targetRef(spec.owner, 'Group')],
    ['partOf', targetRef(spec.system, 'System')],
    ...((spec.dependsOn as string[] | undefined) ?? []).map(d => [
      'dependsOn',
      targetRef(d, 'Component'),
    ]),
  ].flatMap(([type, target]) =>
    target ? [{ type: type!, targetRef: target }] : [],
  );
  return { ...entity, relations };
}

function valueAt(entity: Entity, path: string): unknown {
  let value: unknown = entity;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A copy holding only the given fields, as the catalog returns it. */
function pickFields(entity: Entity, fields?: string[]): Entity {
  if (!fields?.length) return structuredClone(entity);
  const out: Record<string, unknown> = {};
  for (const path of fields) {
    const value = valueAt(entity, path);
    if (value === undefined) continue;
    const keys = path.split('.');
    let target = out;
    for (const key of keys.slice(0, -1)) {
      target = (target[key] ??= {}) as Record<string, unknown>;
    }
    target[keys[keys.length - 1]] = structuredClone(value);
  }
  return out as unknown as Entity;
}

function matches(entity: Entity, filter: Filter): boolean {
  return Object.entries(filter).every(([key, wanted]) => {
    const value = valueAt(entity, key);
    const values = (Array.isArray(wanted) ? wanted : [wanted]).map(v =>
      v.toLocaleLowerCase('en-US'),
    );
    return (
      typeof value === 'string' &&
      values.includes(value.toLocaleLowerCase('en-US'))
    );
  });
}

/** A catalog service over the given entities (only the calls a refresh makes). */
export function stubCatalog(entities: Entity[]): CatalogService {
  const all = entities.map(withRelations);
  const byRef = new Map(all.map(e => [refOf(e), e]));
  const queries = new Map<string, { matching: Entity[]; fields?: string[] }>();
  let nextQuery = 0;
  const page = (id: string, offset: number, limit: number) => {
    const { matching, fields } = queries.get(id)!;
    const items = matching
      .slice(offset, offset + limit)
      .map(e => pickFields(e, fields));
    const more = offset + limit < matching.length;
    if (!more) queries.delete(id);
    return {
      items,
      totalItems: matching.length,
      pageInfo: more ? { nextCursor: `${id}:${offset + limit}` } : {},
    };
  };
  const service = {
    async queryEntities(request: {
      filter?: Filter | Filter[];
      fields?: string[];
      limit?: number;
      cursor?: string;
    }) {
      const limit = request.limit ?? 1000;
      if (request.cursor) {
        const [id, offset] = request.cursor.split(':');
        return page(id, Number(offset), limit);
      }
      const filters = request.filter ? [request.filter].flat() : [{} as Filter];
      const id = String(nextQuery++);
      queries.set(id, {
        matching: all.filter(e => filters.some(f => matches(e, f))),
        fields: request.fields,
      });
      return page(id, 0, limit);
    },
    async getEntitiesByRefs(request: {
      entityRefs: string[];
      fields?: string[];
    }) {
      return {
        items: request.entityRefs.map(ref => {
          const found = byRef.get(ref.toLocaleLowerCase('en-US'));
          return found ? pickFields(found, request.fields) : undefined;
        }),
      };
    },
  };
  return service as unknown as CatalogService;
}
