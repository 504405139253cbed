import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';

/**
 * Where an entity that the catalog has not processed yet (no `relations`)
 * declares the targets of a relation, and the kind a bare name refers to.
 * Mirrors the catalog's own processing of Component, API and Resource specs.
 */
const SPEC_FIELDS_BY_RELATION: Record<
  string,
  { field: string; defaultKind?: string }[]
> = {
  dependsOn: [{ field: 'dependsOn' }],
  providesApi: [{ field: 'providesApis', defaultKind: 'API' }],
  consumesApi: [{ field: 'consumesApis', defaultKind: 'API' }],
  ownedBy: [{ field: 'owner', defaultKind: 'Group' }],
  partOf: [
    { field: 'system', defaultKind: 'System' },
    { field: 'subcomponentOf', defaultKind: 'Component' },
  ],
};

function refsFromSpec(entity: Entity, relation: string): string[] {
  const sources = SPEC_FIELDS_BY_RELATION[relation];
  if (!sources) return [];
  const defaultNamespace = entity.metadata.namespace ?? 'default';
  const refs: string[] = [];
  for (const { field, defaultKind } of sources) {
    const raw = entity.spec?.[field];
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (typeof value !== 'string' || !value) continue;
      try {
        refs.push(
          stringifyEntityRef(
            parseEntityRef(value, { defaultKind, defaultNamespace }),
          ),
        );
      } catch {
        // A ref without a kind where none can be assumed is not a relation the catalog would make.
      }
    }
  }
  return refs;
}

/**
 * The lower-case entity refs the entity points at through a relation type,
 * from `relations` when the catalog has processed the entity, otherwise from
 * the spec fields the catalog would turn into that relation.
 */
export function relationTargets(entity: Entity, relation: string): string[] {
  const relations = entity.relations;
  if (relations && relations.length) {
    return relations
      .filter(r => r.type === relation)
      .map(r => r.targetRef.toLocaleLowerCase('en-US'));
  }
  return refsFromSpec(entity, relation);
}

/** The kind part of an entity ref, lower case. */
export function kindOfRef(ref: string): string {
  const colon = ref.indexOf(':');
  return colon < 0 ? '' : ref.slice(0, colon).toLocaleLowerCase('en-US');
}
